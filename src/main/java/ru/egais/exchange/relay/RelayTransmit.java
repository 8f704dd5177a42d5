package ru.egais.exchange.relay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Head office: an EGAIS document it asked a store to transmit, built and checked here. */
@Entity
@Table(name = "relay_transmit")
public class RelayTransmit {

    @Id
    public String id;

    @Column(name = "node_code", nullable = false)
    public String nodeCode;

    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    @Column(name = "doc_type", nullable = false)
    public String docType;

    @Column(nullable = false)
    public String xml;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
