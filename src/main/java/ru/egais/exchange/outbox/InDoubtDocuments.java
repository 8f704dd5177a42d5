package ru.egais.exchange.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * Documents whose transmission is in doubt — a POST may have reached UTM unanswered — either waiting for the next
 * pass over UTM's /opt/in or held for the operator: listed for the API and the operator's page and published as
 * {@code egais_documents_in_doubt{fsrarId}} (refreshed on a schedule, so a scrape never queries the database).
 */
@ApplicationScoped
public class InDoubtDocuments {

    private static final String IN_DOUBT = """
            exists (select m from OutboxMessage m where m.documentId = d.id
              and (m.state = :inDoubt or (m.state = :pending and m.inDoubt = true)))""";

    private final DocumentRepository documents;
    private final MultiGauge gauge;

    public InDoubtDocuments(DocumentRepository documents, MeterRegistry metrics) {
        this.documents = documents;
        this.gauge = MultiGauge.builder("egais.documents.in.doubt")
                .description("Documents whose transmission is in doubt (UTM may have them): waiting for a pass over "
                        + "UTM's /opt/in or held for the operator").register(metrics);
    }

    @Transactional
    public List<Document> list(String fsrarId, int limit) {
        String org = fsrarId == null ? "" : " and d.fsrarId = :fsrarId";
        var query = documents.getEntityManager().createQuery("select d from Document d where " + IN_DOUBT + org
                + " order by d.createdAt, d.id", Document.class).setMaxResults(limit)
                .setParameter("inDoubt", OutboxState.IN_DOUBT).setParameter("pending", OutboxState.PENDING);
        if (fsrarId != null) {
            query.setParameter("fsrarId", fsrarId);
        }
        return query.getResultList();
    }

    @Scheduled(identity = "in-doubt-metrics", every = "${egais.monitor.metrics-refresh:15s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void refreshMetrics() {
        java.util.Map<String, Long> byOrg = new java.util.TreeMap<>();
        documents.getEntityManager().createQuery("select o.fsrarId from Organization o", String.class).getResultList()
                .forEach(id -> byOrg.put(id, 0L));
        documents.getEntityManager().createQuery("select d.fsrarId, count(d) from Document d where " + IN_DOUBT
                        + " group by d.fsrarId", Object[].class)
                .setParameter("inDoubt", OutboxState.IN_DOUBT).setParameter("pending", OutboxState.PENDING).getResultList()
                .forEach(c -> byOrg.put((String) c[0], (Long) c[1]));
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        byOrg.forEach((id, n) -> rows.add(MultiGauge.Row.of(Tags.of("fsrarId", id), n)));
        gauge.register(rows, true);
    }
}
