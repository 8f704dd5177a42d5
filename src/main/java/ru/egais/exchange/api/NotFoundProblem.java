package ru.egais.exchange.api;

/** The addressed resource does not exist (404). */
public class NotFoundProblem extends ProblemException {
    public NotFoundProblem(String detail) {
        super(404, "Not found", detail, null);
    }
}
