package ru.egais.exchange.maintenance;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** Every few minutes, takes the day's backup and runs the day's retention once their time of day has passed. */
@ApplicationScoped
public class MaintenanceScheduleJob {

    private static final Logger LOG = Logger.getLogger(MaintenanceScheduleJob.class);

    private final ScheduledBackups backups;
    private final DailyRetention retention;

    public MaintenanceScheduleJob(ScheduledBackups backups, DailyRetention retention) {
        this.backups = backups;
        this.retention = retention;
    }

    @Scheduled(identity = "maintenance", every = "${egais.maintenance.tick:5m}", delayed = "1m",
            skipExecutionIf = Disabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void runDueMaintenance() {
        try {
            backups.takeIfDue();
        } catch (RuntimeException e) {
            LOG.errorf("Scheduled backup failed: %s", e.getMessage());
        }
        try {
            retention.runIfDue();
        } catch (RuntimeException e) {
            LOG.errorf("Retention failed: %s", e.getMessage());
        }
    }

    /** {@code egais.maintenance.schedule-enabled=false} turns the daily jobs off. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        MaintenanceConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.scheduleEnabled();
        }
    }
}
