package ru.egais.exchange.common;

/**
 * The request is valid but what it names is not in a state that allows it: cancelling what UTM already took,
 * answering a waybill twice, an externalId that already names another document.
 */
public class StateConflict extends DomainException {
    public StateConflict(String detail) {
        super(Kind.CONFLICT, detail);
    }
}
