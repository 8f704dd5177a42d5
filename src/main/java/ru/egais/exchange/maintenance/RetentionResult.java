package ru.egais.exchange.maintenance;

import java.time.Instant;

/** What a retention run removed: bodies received before {@code removedBefore}, and the database's size after. */
public record RetentionResult(Instant removedBefore, long bodiesRemoved, long charactersRemoved,
                              long relayCopiesRemoved, Long databaseBytesAfter) {
}
