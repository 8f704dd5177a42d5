package ru.egais.exchange.api;

/** The request cannot be read at all: malformed body, wrong content type, missing body (400). */
public class BadRequestProblem extends ProblemException {
    public BadRequestProblem(String detail) {
        super(400, "Bad request", detail, null);
    }
}
