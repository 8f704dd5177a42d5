package ru.egais.exchange.maintenance;

import java.time.Instant;

/** A backup written: where, how large, and the moment it holds everything committed before. */
public record BackupResult(String path, long sizeBytes, Instant standsFor, Instant finishedAt) {
}
