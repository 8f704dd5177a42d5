package ru.egais.exchange.maintenance;

import java.time.Instant;

/**
 * What GET /api/v1/maintenance shows: the database's size, the oldest body kept, the last backup and the last
 * retention run (each the last attempt; {@code error} set when it failed).
 */
public record MaintenanceStatus(String database, String databaseFile, Long databaseBytes, Instant oldestBodyKept,
                                long retentionMaxAgeDays, long bodiesRemovedTotal, Run lastBackup,
                                Run lastRetention, String backupFolder) {

    /** One run as shown. */
    public record Run(Instant startedAt, Instant finishedAt, Instant standsFor, String path, Long sizeBytes,
                      Long bodiesRemoved, Long charactersRemoved, String error) {

        static Run of(MaintenanceRun r) {
            return new Run(r.startedAt, r.finishedAt, r.standsFor, r.path, r.sizeBytes, r.bodiesRemoved,
                    r.charsRemoved, r.error);
        }
    }
}
