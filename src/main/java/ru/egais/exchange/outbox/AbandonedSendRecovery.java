package ru.egais.exchange.outbox;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;
import ru.egais.exchange.cluster.Instance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Returns transmissions abandoned mid-POST to the queue, in doubt. On the embedded database only this process
 * writes, so at start every SENDING row belongs to a process that died; with several instances on one database a
 * claim is abandoned once its lease ran out (its instance stopped extending it: {@link Heartbeat}),
 * and a claim without a lease once older than {@code egais.outbox.abandoned-after}.
 */
@ApplicationScoped
public class AbandonedSendRecovery {

    private static final Logger LOG = Logger.getLogger(AbandonedSendRecovery.class);

    private final OutboxTransactions transactions;
    private final Clock clock;
    private final Duration abandonedAfter;
    private final boolean singleWriter;

    public AbandonedSendRecovery(OutboxTransactions transactions, Clock clock,
                                 OutboxConfig config, Instance instance) {
        this.transactions = transactions;
        this.clock = clock;
        this.abandonedAfter = config.abandonedAfter();
        this.singleWriter = !instance.sharedDatabase();
    }

    // After the database migration (PLATFORM_BEFORE), before the schedule starts sending.
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        // Both reclaims look only at SENDING rows: after a clean stop there are none, and one cheap look says so.
        if (singleWriter && transactions.anyBeingSent()) {
            int reclaimed = transactions.reclaimDeadProcessClaims() + transactions.reclaimAbandoned(Instant.now(clock));
            if (reclaimed > 0) {
                LOG.warnf("%d document(s) were being posted when the service stopped; they will be looked for in "
                        + "UTM before being sent again", reclaimed);
            }
        }
    }

    @Scheduled(identity = "abandoned-sends", every = "${egais.outbox.reclaim-every:30s}",
            delayed = "${egais.outbox.reclaim-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reclaimExpiredClaims() {
        try {
            int reclaimed = transactions.reclaimAbandoned(Instant.now(clock).minus(abandonedAfter));
            if (reclaimed > 0) {
                LOG.warnf("%d document(s) claimed by an instance that stopped were returned to the queue in doubt",
                        reclaimed);
            }
        } catch (RuntimeException e) {
            // Another instance returned the same rows at the same moment (the version check refused ours).
            LOG.debugf(e, "reclaiming abandoned sends");
        }
    }
}
