package ru.egais.exchange.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import ru.egais.exchange.document.ExchangeLogEntry;
import ru.egais.exchange.document.StatusChanged;

import java.time.Instant;
import java.util.List;

/**
 * The document-event outbox: a status change is written here in the transaction that makes it, so an event
 * exists if and only if the change committed; {@link DocumentEventPublisher} sends it to the broker afterwards.
 * Nothing is written unless {@code egais.events.enabled=true}.
 */
@ApplicationScoped
public class DocumentEvents implements PanacheRepositoryBase<DocumentEvent, String> {

    private final boolean enabled;

    public DocumentEvents(EventsConfig config) {
        this.enabled = config.enabled();
    }

    public boolean enabled() {
        return enabled;
    }

    /**
     * Writes the status change in the transaction that makes it (a synchronous observer), creation included: the
     * event exists if and only if the change commits.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void statusChanged(@Observes StatusChanged change) {
        if (!enabled) {
            return;
        }
        ExchangeLogEntry step = change.step();
        DocumentEvent e = new DocumentEvent();
        e.id = step.id;
        e.documentId = change.documentId();
        e.fsrarId = change.fsrarId();
        e.docType = change.docType();
        e.externalId = change.externalId();
        e.step = step.step;
        e.statusBefore = change.before() == null ? null : change.before().name();
        e.statusAfter = change.after().name();
        e.statusEvent = step.statusEvent == null ? null : step.statusEvent.name();
        e.exchangeEvent = step.event.name();
        e.replyId = change.replyId();
        e.occurredAt = step.at;
        persist(e);
    }

    /** The oldest events not yet published. */
    @Transactional
    public List<DocumentEvent> unpublished(int max) {
        return find("publishedAt is null order by occurredAt, documentId, step").page(0, max).list();
    }

    /** The broker confirmed them. */
    @Transactional
    public void markPublished(List<String> ids, Instant at) {
        update("publishedAt = ?1 where id in ?2", at, ids);
    }
}
