package ru.egais.exchange.common;

/** The request cannot be read at all: no body, not the JSON or XML expected, not well-formed. */
public class RequestUnreadable extends DomainException {
    public RequestUnreadable(String detail) {
        super(Kind.REQUEST_UNREADABLE, detail);
    }
}
