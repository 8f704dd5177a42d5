package ru.egais.exchange.api;

import java.util.List;

/** A failure the API reports to its caller as problem+json with the given status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<ValidationProblem.FieldError> errors;

    public ProblemException(int status, String title, String detail, List<ValidationProblem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<ValidationProblem.FieldError> errors() {
        return errors;
    }
}
