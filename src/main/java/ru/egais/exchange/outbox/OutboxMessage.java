package ru.egais.exchange.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One queued transmission of a document to its organization's UTM. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    public String id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutboxState state;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    /** A POST may have reached UTM without an answer: look for it in /opt/in before posting again. */
    @Column(name = "in_doubt", nullable = false)
    public boolean inDoubt;

    /**
     * The number of UTM's newest /opt/in entry seen before this transmission's POST could start (null: unknown):
     * only an entry numbered above it can be what this transmission posted.
     */
    @Column(name = "opt_in_mark")
    public Long optInMark;

    @Column(name = "claimed_at")
    public Instant claimedAt;

    /** Who holds the claim: a workstation's id when a workstation carries the message to its UTM. */
    @Column(name = "claimed_by")
    public String claimedBy;

    /** Until when a workstation's claim holds; past it the message returns to the queue, in doubt. */
    @Column(name = "lease_until")
    public Instant leaseUntil;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
