package ru.egais.exchange.outbox;

/** Where a queued transmission stands. */
public enum OutboxState {
    /** Waiting for its turn (or for the next attempt after UTM could not be reached). */
    PENDING,
    /** Claimed and being posted to UTM right now; after a crash, "in doubt": UTM may or may not have it. */
    SENDING,
    /** UTM answered (with a replyId or with {@code <error>}); never posted again. */
    DONE,
    /** Taken out of the queue before UTM had it. */
    CANCELLED,
    /**
     * Held in doubt: a POST may have reached UTM and /opt/in cannot prove it either way (another program posted the
     * same text in the same window). A document with legal weight is never posted again on a guess: it waits here,
     * visibly, until the operator settles it ("posted" with its replyId, or "post again").
     */
    IN_DOUBT
}
