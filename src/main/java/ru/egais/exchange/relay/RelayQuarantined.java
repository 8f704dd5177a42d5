package ru.egais.exchange.relay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A peer's message file set aside because it could not be applied: it is never read again. */
@Entity
@Table(name = "relay_quarantine")
public class RelayQuarantined {

    /** {@code <node code>/<file name>}. */
    @Id
    public String id;

    @Column(name = "node_code", nullable = false)
    public String nodeCode;

    @Column(name = "file_name", nullable = false)
    public String fileName;

    @Column(nullable = false)
    public String reason;

    @Column(name = "quarantined_at", nullable = false)
    public Instant quarantinedAt;

    static String idOf(String nodeCode, String fileName) {
        return nodeCode + "/" + fileName;
    }
}
