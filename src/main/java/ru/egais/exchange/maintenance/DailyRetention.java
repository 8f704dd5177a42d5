package ru.egais.exchange.maintenance;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Runs retention once a day, after its time of day (at night, when the store is closed). */
@ApplicationScoped
public class DailyRetention {

    private final RetentionService retention;
    private final MaintenanceRuns runs;
    private final MaintenanceConfig config;
    private final Clock clock;

    public DailyRetention(RetentionService retention, MaintenanceRuns runs, MaintenanceConfig config, Clock clock) {
        this.retention = retention;
        this.runs = runs;
        this.config = config;
        this.clock = clock;
    }

    public Optional<RetentionResult> runIfDue() {
        if (!config.retention().enabled()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant last = runs.last(MaintenanceRun.Kind.RETENTION).map(r -> r.startedAt).orElse(null);
        if (!DailyMoment.due(now, config.retention().timeOfDay(), ZoneId.systemDefault(), last)) {
            return Optional.empty();
        }
        return Optional.of(retention.removeOldBodies(now));
    }
}
