package ru.egais.exchange.document;

/** A step of an incoming document was logged (stored, processed, deleted from UTM), inside its transaction. */
public record IncomingLogged(String fsrarId, String incomingId, ExchangeEvent event) {
}
