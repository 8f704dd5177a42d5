package ru.egais.exchange.relay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A change registered for a peer and not yet acknowledged by it (1C's регистрация изменений). One row per object:
 * a second change before the next message only clears {@code messageNo}, and every message carries the object's
 * state as it is then.
 */
@Entity
@Table(name = "relay_change")
public class RelayRegistration {

    /** What kind of object changed. */
    public enum Kind { DOCUMENT, INCOMING, TRANSMIT, REFUSAL }

    /** {@code <node>/<kind>/<entity id>}: registering the same object again finds the row. */
    @Id
    public String id;

    @Column(name = "node_code", nullable = false)
    public String nodeCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "entity_id", nullable = false)
    public String entityId;

    /** The first message that carried the current state; null until one does. */
    @Column(name = "message_no")
    public Long messageNo;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;

    static String idOf(String nodeCode, Kind kind, String entityId) {
        return nodeCode + "/" + kind + "/" + entityId;
    }
}
