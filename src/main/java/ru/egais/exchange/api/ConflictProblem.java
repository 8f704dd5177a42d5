package ru.egais.exchange.api;

/** The request is valid but not in the resource's current state, e.g. cancelling what UTM already took (409). */
public class ConflictProblem extends ProblemException {
    public ConflictProblem(String detail) {
        super(409, "Conflict", detail, null);
    }
}
