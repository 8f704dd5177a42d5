package ru.egais.exchange.api;

import java.util.List;

/** The request is well-formed but its content is not acceptable (422), with the fields at fault. */
public class ValidationProblem extends ProblemException {

    /** One field at fault, named by its JSON path (e.g. {@code positions[2].informF2RegId}). */
    public record FieldError(String field, String message) {
    }

    public ValidationProblem(String detail, List<FieldError> errors) {
        super(422, "Invalid request", detail + ": " + summarize(errors), errors);
    }

    public static ValidationProblem of(String field, String message) {
        return new ValidationProblem("invalid request", List.of(new FieldError(field, message)));
    }

    private static String summarize(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
    }
}
