package ru.egais.exchange.egais;

/** What the {@code ns:Documents} envelope says of a document: the owner's FSRAR ID and the element under Document. */
public record EnvelopeInfo(String ownerFsrarId, String documentElement, String documentNamespace) {
}
