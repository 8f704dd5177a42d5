package ru.egais.exchange.common;

import java.util.List;

/**
 * Why a request was refused, in the domain's words. Services throw these and never an HTTP type: {@code api} answers
 * each {@link Kind} with its problem+json in one place. Thrown before the service writes anything, so a refused
 * request leaves nothing behind (the group commit relies on that to fail one request alone).
 */
public abstract class DomainException extends RuntimeException {

    /** What went wrong, as coarse as a caller needs to react; each has one answer in {@code api}. */
    public enum Kind {
        /** The request cannot be read at all (no body, not JSON, not well-formed XML). */
        REQUEST_UNREADABLE,
        /** The request is readable but some of its fields are wrong; {@link #errors()} names them. */
        REQUEST_INVALID,
        /** What the request names does not exist. */
        NOT_FOUND,
        /** What the request names is not in a state that allows it (already answered, in doubt, busy…). */
        CONFLICT,
        /** What the request names existed but its content was removed (retention). */
        GONE,
        /** The UTM answered and refused it. */
        REFUSED_BY_UTM,
        /** The UTM could not be reached: nothing arrived there, the same request may be made again. */
        UTM_UNREACHABLE,
        /** The UTM did not answer: it may have what was posted, so it is never posted again. */
        UTM_SILENT,
        /** The UTM failed while the service talked to it on the operator's request. */
        UTM_FAILED,
        /** A cheque was posted earlier and the UTM's answer was lost: it may be signed. */
        CHEQUE_IN_DOUBT,
        /** The same cheque is being posted to the UTM right now. */
        CHEQUE_BEING_SIGNED,
        /** The service cannot store anything until it is restarted. */
        SERVICE_STOPPED
    }

    private final Kind kind;
    private final List<FieldError> errors;
    private final String subject;

    protected DomainException(Kind kind, String detail) {
        this(kind, detail, null, null);
    }

    /**
     * @param errors  the fields at fault, when the request named them
     * @param subject the API path of the thing the problem is about (e.g. the cheque refused), when it is not the
     *                request's own path
     */
    protected DomainException(Kind kind, String detail, List<FieldError> errors, String subject) {
        super(detail);
        this.kind = kind;
        this.errors = errors == null ? null : List.copyOf(errors);
        this.subject = subject;
    }

    public Kind kind() {
        return kind;
    }

    /** The fields at fault, or null when the problem is not about fields. */
    public List<FieldError> errors() {
        return errors;
    }

    /** The API path of what the problem is about, or null for the request's own path. */
    public String subject() {
        return subject;
    }

    /**
     * A stable name of the situation, never reworded (unlike the detail, which is English for the log and the
     * API): what a page in another language translates. The kind's name in lower case (e.g. {@code conflict})
     * unless a subclass names a narrower situation (e.g. {@code document.not-found}).
     */
    public String code() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
