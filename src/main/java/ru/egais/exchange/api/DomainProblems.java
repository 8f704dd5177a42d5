package ru.egais.exchange.api;

import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.FieldError;

import java.util.List;

/**
 * The one place a domain refusal becomes an HTTP answer: each {@link DomainException.Kind} has its status and
 * title, the exception gives the detail, the fields at fault and what the problem is about.
 */
public final class DomainProblems {

    private DomainProblems() {
    }

    /** @param instance what the problem is about when the exception names nothing (the request's path, an item) */
    public static Problem of(DomainException e, String instance) {
        List<ValidationProblem.FieldError> errors = e.errors() == null ? null
                : e.errors().stream().map(DomainProblems::fieldError).toList();
        return new Problem("about:blank", title(e.kind()), status(e.kind()), e.getMessage(),
                e.subject() != null ? e.subject() : instance, errors);
    }

    public static int status(DomainException.Kind kind) {
        return switch (kind) {
            case REQUEST_UNREADABLE -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT, CHEQUE_IN_DOUBT, CHEQUE_BEING_SIGNED -> 409;
            case GONE -> 410;
            case REQUEST_INVALID, REFUSED_BY_UTM -> 422;
            case UTM_FAILED -> 502;
            case UTM_UNREACHABLE, UTM_SILENT, SERVICE_STOPPED -> 503;
        };
    }

    static String title(DomainException.Kind kind) {
        return switch (kind) {
            case REQUEST_UNREADABLE -> "Bad request";
            case REQUEST_INVALID -> "Invalid request";
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Conflict";
            case GONE -> "Gone";
            case REFUSED_BY_UTM -> "Refused by UTM";
            case UTM_UNREACHABLE -> "UTM unreachable";
            case UTM_SILENT -> "UTM did not answer";
            case UTM_FAILED -> "UTM unavailable";
            case CHEQUE_IN_DOUBT -> "Cheque in doubt";
            case CHEQUE_BEING_SIGNED -> "Cheque being signed";
            case SERVICE_STOPPED -> "Service unavailable";
        };
    }

    private static ValidationProblem.FieldError fieldError(FieldError e) {
        return new ValidationProblem.FieldError(e.field(), e.message());
    }
}
