package ru.egais.exchange.document;

/**
 * A document's status moved from {@code before} to {@code after} (never fired for a document's creation): fired
 * inside the transaction of the change, so an observer of the committed change sees only what really happened.
 */
public record StatusChanged(String documentId, String fsrarId, String docType, String externalId,
                            DocumentStatus before, DocumentStatus after) {
}
