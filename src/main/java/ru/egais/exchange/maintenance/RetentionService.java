package ru.egais.exchange.maintenance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Removes bulky bodies older than the configured age (incoming replies such as ReplyRests_v2, waybills' raw XML,
 * the head office's copies of stores' incoming documents) and reclaims their space. Documents, their statuses,
 * tickets and the exchange log are never removed: they have legal weight and are small.
 */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final BodyRemoval removal;
    private final SpaceReclaimer reclaimer;
    private final MaintenanceRuns runs;
    private final DatabaseFile database;
    private final MaintenanceConfig config;
    private final Clock clock;
    private final Counter bodiesRemoved;

    public RetentionService(BodyRemoval removal, SpaceReclaimer reclaimer, MaintenanceRuns runs, DatabaseFile database,
                            MaintenanceConfig config, Clock clock, MeterRegistry registry) {
        this.removal = removal;
        this.reclaimer = reclaimer;
        this.runs = runs;
        this.database = database;
        this.config = config;
        this.clock = clock;
        this.bodiesRemoved = Counter.builder("egais_retention_bodies_removed")
                .description("Bodies of incoming documents and relay copies removed by retention").register(registry);
    }

    /** Runs retention now, by the service's clock. */
    public RetentionResult removeOldBodies() {
        return removeOldBodies(clock.instant());
    }

    /**
     * Runs retention as if it were {@code now}: bodies received before now minus the configured age go, answers to
     * queries before now minus their own (shorter) age.
     */
    public synchronized RetentionResult removeOldBodies(Instant now) {
        Instant startedAt = clock.instant();
        Instant cutoff = now.minus(config.retention().maxAge());
        Duration replyAge = config.retention().replyMaxAge();
        Instant replyCutoff = now.minus(replyAge.compareTo(config.retention().maxAge()) < 0
                ? replyAge : config.retention().maxAge());
        try {
            long bodies = 0;
            long characters = 0;
            for (long[] batch; (batch = removal.removeIncomingBatch(replyCutoff, now, true))[0] > 0; ) {
                bodies += batch[0];
                characters += batch[1];
                bodiesRemoved.increment(batch[0]);
            }
            for (long[] batch; (batch = removal.removeIncomingBatch(cutoff, now, false))[0] > 0; ) {
                bodies += batch[0];
                characters += batch[1];
                bodiesRemoved.increment(batch[0]);
            }
            long relay = 0;
            for (int n; (n = removal.removeRelayCopiesBatch(cutoff, now)) > 0; ) {
                relay += n;
                bodiesRemoved.increment(n);
            }
            if (bodies + relay > 0) {
                reclaimer.reclaim();
            }
            RetentionResult result = new RetentionResult(cutoff, bodies + relay, characters, relay,
                    database.sizeOnDisk().orElse(null));
            runs.recordRetention(startedAt, result);
            LOG.infof("Retention removed %d bodies (%d characters, %d relay copies) received before %s",
                    bodies + relay, characters, relay, cutoff);
            return result;
        } catch (RuntimeException e) {
            runs.recordFailure(MaintenanceRun.Kind.RETENTION, startedAt, null, e.toString());
            throw e;
        }
    }
}
