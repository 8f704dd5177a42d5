package ru.egais.exchange.api;

import java.util.List;

/** A failure the API reports to its caller as problem+json with the given status. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<ValidationProblem.FieldError> errors;
    private final String instance;

    public ProblemException(int status, String title, String detail, List<ValidationProblem.FieldError> errors) {
        this(status, title, detail, errors, null);
    }

    /** @param instance the resource the problem is about (e.g. the cheque refused), instead of the request's path */
    public ProblemException(int status, String title, String detail, List<ValidationProblem.FieldError> errors,
                            String instance) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors;
        this.instance = instance;
    }

    public String instance() {
        return instance;
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
