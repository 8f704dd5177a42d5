package ru.egais.exchange.cluster;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.outbox.OutboxRepository;

import java.time.Clock;
import java.time.Instant;

/**
 * While this instance lives, its leases and its claims on queued messages are extended; when it dies they run
 * out, and another instance takes the leases and returns the claimed messages to the queue in doubt.
 */
@ApplicationScoped
public class Heartbeat {

    private final Leases leases;
    private final OutboxRepository outbox;
    private final Instance instance;
    private final InFlight inFlight;
    private final Clock clock;

    public Heartbeat(Leases leases, OutboxRepository outbox, Instance instance, InFlight inFlight, Clock clock) {
        this.inFlight = inFlight;
        this.leases = leases;
        this.outbox = outbox;
        this.instance = instance;
        this.clock = clock;
    }

    @Scheduled(identity = "cluster-heartbeat", every = "${egais.cluster.heartbeat:15s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void beat() {
        Instant until = Instant.now(clock).plus(instance.lease());
        leases.extendHeld(until);
        java.util.List<String> posting = inFlight.snapshot();
        for (int i = 0; i < posting.size(); i += 500) {
            outbox.extendClaims(instance.id(), posting.subList(i, Math.min(posting.size(), i + 500)), until);
        }
    }
}
