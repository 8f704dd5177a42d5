package ru.egais.exchange.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A document loaded from an organization's UTM (/opt/out); its body is kept by {@link IncomingBodies}. */
@Entity
@Table(name = "incoming_document")
public class IncomingDocument {

    @Id
    public String id;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    /** The URL UTM listed it under (its {N} is UTM-local and may be reused after a UTM reinstall). */
    @Column(name = "utm_url", nullable = false)
    public String utmUrl;

    /** The list's replyId attribute: present when the document answers one of our submissions. */
    @Column(name = "reply_id")
    public String replyId;

    /** SHA-256 of the list's replyId and the raw text: the same delivery seen twice is recognised by it. */
    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** SHA-256 of the bytes as UTM gave them: what is read back before deleting must match it. */
    @Column(name = "bytes_hash")
    public String bytesHash;

    @Column(name = "content_length", nullable = false)
    public long contentLength;

    /** The element under ns:Document, once read. */
    @Column(name = "doc_type")
    public String docType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncomingStatus status;

    /** Our outgoing document this one answers, if any. */
    @Column(name = "document_id")
    public String documentId;

    public String error;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "processed_at")
    public Instant processedAt;

    @Column(name = "deleted_from_utm_at")
    public Instant deletedFromUtmAt;

    /** How its body is kept: {@code deflate} (its bytes, in incoming_body_part) or null (its text, before V21). */
    @Column(name = "body_format")
    public String bodyFormat;

    /** When retention removed its raw text (null: kept); the row itself is kept. */
    @Column(name = "body_removed_at")
    public Instant bodyRemovedAt;

    @Version
    public long version;
}
