package ru.egais.exchange.relay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Head office: a document a remote node loaded from its UTM, with its raw XML. */
@Entity
@Table(name = "relay_remote_incoming")
public class RemoteIncoming {

    @Id
    public String id;

    @Column(name = "node_code", nullable = false)
    public String nodeCode;

    @Column(name = "remote_id", nullable = false)
    public String remoteId;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    @Column(name = "doc_type")
    public String docType;

    @Column(name = "reply_id")
    public String replyId;

    @Column(nullable = false)
    public String status;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(nullable = false)
    public String xml;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
