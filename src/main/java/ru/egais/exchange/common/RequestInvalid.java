package ru.egais.exchange.common;

import java.util.List;

/** The request is readable but its content is not acceptable; names each field at fault and why. */
public class RequestInvalid extends DomainException {

    /** @param what what was being checked ("invalid relay node"); the fields at fault are appended to it */
    public RequestInvalid(String what, List<FieldError> errors) {
        this(errors, what + ": " + summarize(errors));
    }

    private RequestInvalid(List<FieldError> errors, String detail) {
        super(Kind.REQUEST_INVALID, detail, errors, null);
    }

    /** One field at fault. */
    public static RequestInvalid of(String field, String message) {
        return new RequestInvalid("invalid request", List.of(new FieldError(field, message)));
    }

    /** One field at fault, with a detail of its own instead of the list of fields. */
    public static RequestInvalid withDetail(String detail, String field, String message) {
        return new RequestInvalid(List.of(new FieldError(field, message)), detail);
    }

    private static String summarize(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList());
    }
}
