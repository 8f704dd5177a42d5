package ru.egais.exchange.common;

/** What the request names (a document, an organization's settings, a cheque…) does not exist. */
public class NotFound extends DomainException {
    public NotFound(String detail) {
        super(Kind.NOT_FOUND, detail);
    }
}
