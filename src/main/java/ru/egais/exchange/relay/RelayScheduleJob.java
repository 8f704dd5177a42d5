package ru.egais.exchange.relay;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Every tick, exchanges with each relay peer whose interval has passed or that left an upload request. */
@ApplicationScoped
public class RelayScheduleJob {

    private final RelayService relay;

    public RelayScheduleJob(RelayService relay) {
        this.relay = relay;
    }

    @Scheduled(identity = "relay-schedule", every = "${egais.relay.tick}", delayed = "${egais.relay.tick}",
            skipExecutionIf = RelayScheduleDisabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void exchangeDue() {
        relay.exchangeDue();
    }

    /** {@code egais.relay.schedule-enabled=false} turns the background relay off (tests drive it themselves). */
    @Singleton
    public static class RelayScheduleDisabled implements Scheduled.SkipPredicate {

        @Inject
        RelayConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.scheduleEnabled();
        }
    }
}
