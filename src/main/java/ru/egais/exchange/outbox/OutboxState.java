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
    CANCELLED
}
