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
    /** Taken out of the queue before UTM had it. */
    CANCELLED;

    public boolean isFinal() {
        return this == ACCEPTED || this == REJECTED || this == CANCELLED;
    }
}
