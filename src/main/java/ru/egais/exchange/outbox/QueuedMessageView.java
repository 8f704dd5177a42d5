package ru.egais.exchange.outbox;

import java.time.Instant;

/** A transmission waiting in the queue, as the API shows it. */
public record QueuedMessageView(String id, String documentId, String fsrarId, OutboxState state, int attempts,
                                Instant nextAttemptAt, String lastError, Instant createdAt) {
}
