package ru.egais.exchange.relay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Store: a document the head office asked for that could not be prepared here, reported back with the reason. */
@Entity
@Table(name = "relay_refusal")
public class RelayRefusal {

    @Id
    public String id;

    @Column(name = "node_code", nullable = false)
    public String nodeCode;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    @Column(name = "doc_type")
    public String docType;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
