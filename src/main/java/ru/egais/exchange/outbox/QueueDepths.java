package ru.egais.exchange.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many transmissions wait in each organization's send queue and since when: shown on the operator's page and
 * published as {@code egais_queue_depth} and {@code egais_queue_oldest_seconds} per organization (refreshed on a
 * schedule, so a metrics scrape never queries the database).
 */
@ApplicationScoped
public class QueueDepths {

    /** One organization's queue: messages not yet answered by UTM, and when the oldest was queued (null: none). */
    public record Depth(String fsrarId, long waiting, Instant oldestQueuedAt) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final MultiGauge depth;
    private final MultiGauge oldest;

    public QueueDepths(EntityManager em, Clock clock, MeterRegistry metrics) {
        this.em = em;
        this.clock = clock;
        this.depth = MultiGauge.builder("egais.queue.depth")
                .description("Documents waiting in the organization's send queue").register(metrics);
        this.oldest = MultiGauge.builder("egais.queue.oldest").baseUnit("seconds")
                .description("How long the oldest document in the organization's send queue has waited").register(metrics);
    }

    /** Every organization with settings or queued messages, by FSRAR ID; empty queues included. */
    @Transactional
    public List<Depth> list() {
        Map<String, Depth> byOrg = new TreeMap<>();
        em.createQuery("select o.fsrarId from Organization o", String.class).getResultList()
                .forEach(id -> byOrg.put(id, new Depth(id, 0, null)));
        em.createQuery("""
                        select m.fsrarId, count(m), min(m.createdAt) from OutboxMessage m
                        where m.state in :waiting
                        group by m.fsrarId""", Object[].class)
                .setParameter("waiting", List.of(OutboxState.PENDING, OutboxState.SENDING)).getResultList()
                .forEach(r -> byOrg.put((String) r[0], new Depth((String) r[0], (Long) r[1], (Instant) r[2])));
        return List.copyOf(byOrg.values());
    }

    @Scheduled(identity = "queue-depth-metrics", every = "${egais.monitor.metrics-refresh:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refreshMetrics() {
        Instant now = Instant.now(clock);
        List<MultiGauge.Row<?>> depths = new ArrayList<>();
        List<MultiGauge.Row<?>> ages = new ArrayList<>();
        for (Depth d : list()) {
            Tags org = Tags.of("fsrarId", d.fsrarId());
            depths.add(MultiGauge.Row.of(org, d.waiting()));
            ages.add(MultiGauge.Row.of(org, d.oldestQueuedAt() == null ? 0
                    : Math.max(0, Duration.between(d.oldestQueuedAt(), now).toSeconds())));
        }
        depth.register(depths, true);
        oldest.register(ages, true);
    }
}
