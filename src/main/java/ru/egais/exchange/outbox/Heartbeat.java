package ru.egais.exchange.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.cluster.InFlight;
import ru.egais.exchange.cluster.Instance;
import ru.egais.exchange.cluster.Leases;

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
    void beat() {
        Instant until = Instant.now(clock).plus(instance.lease());
        // Leases and claims in separate transactions: extending claims can deadlock with a drain recording the same
        // rows (PostgreSQL then rolls one back), and that must not cost this instance its leases — a lease that
        // runs out while its holder still works lets a second instance do the same work.
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> leases.extendHeld(until));
        java.util.List<String> posting = inFlight.snapshot();
        for (int i = 0; i < posting.size(); i += 500) {
            java.util.List<String> ids = posting.subList(i, Math.min(posting.size(), i + 500));
            io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() ->
                    outbox.extendClaims(instance.id(), ids, until));
        }
    }
}
