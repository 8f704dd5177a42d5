package ru.egais.exchange.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.ExchangeLogEntry;

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

    /** The log step {@code step} moved the document from {@code before} (null: it was just created) to its status. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statusChanged(Document document, DocumentStatus before, ExchangeLogEntry step) {
        if (!enabled) {
            return;
        }
        DocumentEvent e = new DocumentEvent();
        e.id = step.id;
        e.documentId = document.id;
        e.fsrarId = document.fsrarId;
        e.docType = document.docType;
        e.externalId = document.externalId;
        e.step = step.step;
        e.statusBefore = before == null ? null : before.name();
        e.statusAfter = document.status.name();
        e.statusEvent = step.statusEvent == null ? null : step.statusEvent.name();
        e.exchangeEvent = step.event.name();
        e.replyId = document.replyId;
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
