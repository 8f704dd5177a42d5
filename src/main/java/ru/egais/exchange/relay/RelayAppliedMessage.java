package ru.egais.exchange.relay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A message of a peer that was applied: its number's row makes a second application impossible. */
@Entity
@Table(name = "relay_applied_message")
@IdClass(RelayAppliedMessage.Key.class)
public class RelayAppliedMessage {

    @Id
    @Column(name = "node_code")
    public String nodeCode;

    @Id
    @Column(name = "message_no")
    public long messageNo;

    @Column(nullable = false)
    public int changes;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    /** The composite key. */
    public static class Key implements Serializable {
        public String nodeCode;
        public long messageNo;

        public Key() {
        }

        public Key(String nodeCode, long messageNo) {
            this.nodeCode = nodeCode;
            this.messageNo = messageNo;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.messageNo == messageNo && Objects.equals(k.nodeCode, nodeCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nodeCode, messageNo);
        }
    }
}
