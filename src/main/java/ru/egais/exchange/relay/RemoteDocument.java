package ru.egais.exchange.relay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ru.egais.exchange.document.DocumentStatus;

import java.time.Instant;

/**
 * Head office: a document of a remote node as its last applied message described it; a document we asked the
 * store to transmit is here from the start (status {@code TO_STORE}, no remote id yet).
 */
@Entity
@Table(name = "relay_remote_document")
public class RemoteDocument {

    /** Not yet reported by the store. */
    public static final String TO_STORE = "TO_STORE";
    /** The store could not prepare it ({@code lastError} says why). */
    public static final String REFUSED_BY_STORE = "REFUSED_BY_STORE";

    @Id
    public String id;

    @Column(name = "node_code", nullable = false)
    public String nodeCode;

    @Column(name = "remote_id")
    public String remoteId;

    @Column(name = "external_id")
    public String externalId;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    @Column(name = "doc_type")
    public String docType;

    /** A {@link DocumentStatus} name, or TO_STORE / REFUSED_BY_STORE. */
    @Column(nullable = false)
    public String status;

    @Column(name = "reply_id")
    public String replyId;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "remote_created_at")
    public Instant remoteCreatedAt;

    @Column(name = "remote_updated_at")
    public Instant remoteUpdatedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
