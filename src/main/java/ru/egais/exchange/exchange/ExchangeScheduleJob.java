package ru.egais.exchange.exchange;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** Every tick, requests the exchange of each organization whose own interval has passed. */
@ApplicationScoped
public class ExchangeScheduleJob {

    private final ExchangeDispatcher dispatcher;

    public ExchangeScheduleJob(ExchangeDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(identity = "exchange-schedule", every = "${egais.exchange.tick}", delayed = "${egais.exchange.tick}",
            skipExecutionIf = ScheduleDisabled.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void requestDueExchanges() {
        dispatcher.dispatchDueExchanges();
    }

    /** {@code egais.exchange.schedule-enabled=false} turns the background exchange off (tests drive it by API). */
    @Singleton
    public static class ScheduleDisabled implements Scheduled.SkipPredicate {

        @Inject
        ExchangeConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.scheduleEnabled();
        }
    }
}
