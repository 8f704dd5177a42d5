package ru.egais.exchange.document;

/**
 * A document's status moved from {@code before} (null: the document was just created) to {@code after}, recorded
 * as the log step {@code step}: the one event of a status change, fired synchronously inside the transaction of the
 * change. An observer within that transaction (the document-event outbox) writes with it; one of the committed
 * change ({@code during = AFTER_SUCCESS}) sees only what really happened.
 */
public record StatusChanged(String documentId, String fsrarId, String docType, String externalId,
                            DocumentStatus before, DocumentStatus after, String replyId, ExchangeLogEntry step) {

    /** The document was created with this status rather than moved to it. */
    public boolean created() {
        return before == null;
    }
}
