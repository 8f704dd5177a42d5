package ru.egais.exchange.document;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Documents UTM took but EGAIS has not answered for longer than {@code egais.documents.overdue-after} (24 h by
 * default): EGAIS lost them, or their answer was lost. Listed by the API and counted in the
 * {@code egais_documents_overdue} metric (refreshed every minute, so a metrics scrape never queries the database).
 */
@ApplicationScoped
public class OverdueDocuments {

    private final DocumentRepository documents;
    private final Clock clock;
    private final Duration overdueAfter;
    private final AtomicLong count = new AtomicLong();
    /** Documents EGAIS accepted after they were cancelled as unanswered (egais_documents_conflicts). */
    private final AtomicLong conflicts = new AtomicLong();

    public OverdueDocuments(DocumentRepository documents, Clock clock, MeterRegistry metrics,
                            @ConfigProperty(name = "egais.documents.overdue-after", defaultValue = "24H") Duration overdueAfter) {
        this.documents = documents;
        this.clock = clock;
        this.overdueAfter = overdueAfter;
        metrics.gauge("egais.documents.overdue", count);
        metrics.gauge("egais.documents.conflicts", conflicts);
    }

    public Instant cutoff() {
        return Instant.now(clock).minus(overdueAfter);
    }

    /** Whether a document sent at {@code sentAt} and still SENT is overdue now. */
    public boolean isOverdue(DocumentStatus status, Instant sentAt) {
        return status == DocumentStatus.SENT && sentAt != null && sentAt.isBefore(cutoff());
    }

    @Transactional
    public List<Document> listOverdue(String fsrarId, int limit) {
        String org = fsrarId == null ? "" : " and d.fsrarId = :fsrarId";
        var query = documents.getEntityManager().createQuery("""
                        select d from Document d where d.status = :sent%s and exists (select m from OutboxMessage m
                          where m.documentId = d.id and m.sentAt is not null and m.sentAt < :cutoff)
                        order by d.createdAt, d.id""".formatted(org), Document.class)
                .setParameter("sent", DocumentStatus.SENT).setParameter("cutoff", cutoff()).setMaxResults(limit);
        if (fsrarId != null) {
            query.setParameter("fsrarId", fsrarId);
        }
        return query.getResultList();
    }

    @Scheduled(identity = "overdue-documents", every = "60s", delayed = "10s")
    @Transactional
    public void refreshCount() {
        conflicts.set(documents.getEntityManager().createQuery(
                "select count(d) from Document d where d.conflict is not null", Long.class).getSingleResult());
        count.set(documents.getEntityManager().createQuery("""
                        select count(d) from Document d where d.status = :sent and exists (select m from OutboxMessage m
                          where m.documentId = d.id and m.sentAt is not null and m.sentAt < :cutoff)""", Long.class)
                .setParameter("sent", DocumentStatus.SENT).setParameter("cutoff", cutoff()).getSingleResult());
    }
}
