package ru.egais.exchange.liveness;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;

/**
 * A beat of the scheduler every 10 s: when it stops (the scheduler's thread or periodic task killed, e.g. by an
 * OutOfMemoryError, after which no exchange would ever run again) liveness goes DOWN.
 */
@ApplicationScoped
public class SchedulerHeartbeat {

    private final Clock clock;
    private final Instant started;
    private volatile Instant last;

    public SchedulerHeartbeat(Clock clock) {
        this.clock = clock;
        this.started = Instant.now(clock);
    }

    @Scheduled(identity = "liveness-heartbeat", every = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void beat() {
        last = Instant.now(clock);
    }

    /** The last beat, or the start when none came yet. */
    public Instant lastBeat() {
        Instant beat = last;
        return beat != null ? beat : started;
    }
}
