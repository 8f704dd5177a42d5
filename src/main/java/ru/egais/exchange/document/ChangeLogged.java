package ru.egais.exchange.document;

/**
 * A step of a document ({@code documentId}) or an incoming document ({@code incomingId}) was logged: fired
 * synchronously inside the transaction of the change, so an observer's writes commit with it (the head-office
 * relay registers the change for its peers this way).
 */
public record ChangeLogged(String documentId, String incomingId) {
}
