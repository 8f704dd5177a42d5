package ru.egais.exchange.document;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Outgoing documents counted by organization and status: shown on the operator's page and published as
 * {@code egais_documents{fsrarId,status}} (refreshed on a schedule, so a scrape never queries the database).
 */
@ApplicationScoped
public class StatusCounts {

    /** How many of one organization's documents stand at one status. */
    public record Count(String fsrarId, DocumentStatus status, long documents) {
    }

    private final DocumentRepository documents;
    private final MultiGauge gauge;

    public StatusCounts(DocumentRepository documents, MeterRegistry metrics) {
        this.documents = documents;
        this.gauge = MultiGauge.builder("egais.documents")
                .description("Outgoing documents by organization and status").register(metrics);
    }

    @Transactional
    public List<Count> list() {
        return documents.getEntityManager().createQuery("""
                        select d.fsrarId, d.status, count(d) from Document d
                        group by d.fsrarId, d.status order by d.fsrarId, d.status""", Object[].class)
                .getResultList().stream()
                .map(r -> new Count((String) r[0], (DocumentStatus) r[1], (Long) r[2])).toList();
    }

    @Scheduled(identity = "document-status-metrics", every = "${egais.monitor.metrics-refresh:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refreshMetrics() {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        for (Count c : list()) {
            rows.add(MultiGauge.Row.of(Tags.of("fsrarId", c.fsrarId(), "status", c.status().name()), c.documents()));
        }
        gauge.register(rows, true);
    }
}
