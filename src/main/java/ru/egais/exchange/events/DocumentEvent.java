package ru.egais.exchange.events;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A document's status change waiting to be published (transactional outbox); its id is the idempotency key. */
@Entity
@Table(name = "document_event_outbox")
public class DocumentEvent {

    /** The id of the exchange-log step that changed the status. */
    @Id
    public String id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    @Column(name = "doc_type", nullable = false)
    public String docType;

    @Column(name = "external_id")
    public String externalId;

    @Column(nullable = false)
    public int step;

    @Column(name = "status_before")
    public String statusBefore;

    @Column(name = "status_after", nullable = false)
    public String statusAfter;

    @Column(name = "status_event")
    public String statusEvent;

    @Column(name = "exchange_event", nullable = false)
    public String exchangeEvent;

    @Column(name = "reply_id")
    public String replyId;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "published_at")
    public Instant publishedAt;
}
