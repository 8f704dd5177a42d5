package ru.egais.exchange.document;

/** Where an outgoing document stands in its exchange with EGAIS. */
public enum DocumentStatus {
    /** Stored with its XML and waiting in the queue (also after UTM could not be reached). */
    QUEUED,
    /** UTM took it and gave its replyId; EGAIS has not answered yet. */
    SENT,
    /** EGAIS accepted it, or the reply to a query arrived. */
    ACCEPTED,
    /** A ticket rejected it, or UTM answered {@code <error>}. */
    REJECTED,
    /**
     * Its transmission was withdrawn before UTM had it, or its last operation was cancelled after a rejection:
     * it can be corrected and submitted again.
     */
    CANCELLED,
    /** We asked to repeal it (RequestRepealWB) after EGAIS accepted it. */
    REPEAL_REQUESTED,
    /** The other side confirmed the repeal: the document no longer has effect. */
    REPEALED,
    /** The other side refused the repeal: the document stands. */
    REPEAL_REFUSED;

    /** No further event can change it. */
    public boolean isFinal() {
        return this == REPEALED;
    }
}
