package ru.egais.exchange.inbox;

/** Where an incoming document stands on our side. */
public enum IncomingStatus {
    /** Stored raw, not yet processed. */
    STORED,
    /** Processed: its effect (ticket, reply…) is recorded. */
    PROCESSED,
    /** A document type the service does not handle yet: stored and shown, never lost. */
    UNKNOWN,
    /** Could not be read (not XML, not an EGAIS envelope…): kept for an operator with the reason. */
    FAILED,
    /**
     * Could not be taken whole (larger than the limit, not valid in its declared encoding): what could be kept is
     * kept with the reason, and the original is left in UTM for an operator.
     */
    QUARANTINED;

    public boolean isFinal() {
        return this != STORED;
    }
}
