package ru.egais.exchange.relay;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import ru.egais.exchange.relay.transport.TransportKind;

import java.time.Instant;

/** A peer node of the relay: its code, ours in this pair, how messages travel, and the message numbers. */
@Entity
@Table(name = "relay_node")
public class RelayNode {

    /** The peer's code. */
    @Id
    public String code;

    /** Our code in this pair (a store's code at the head office is the peer's; ours is the head office's). */
    @Column(name = "local_code", nullable = false)
    public String localCode;

    @Column(name = "exchange_name", nullable = false)
    public String exchangeName;

    @Enumerated(EnumType.STRING)
    @Column(name = "peer_role", nullable = false)
    public PeerRole peerRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TransportKind transport;

    /** The transport's settings as JSON. */
    @Column(nullable = false)
    public String settings;

    @Column(name = "interval_seconds", nullable = false)
    public int intervalSeconds;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "last_sent_no", nullable = false)
    public long lastSentNo;

    @Column(name = "last_received_no", nullable = false)
    public long lastReceivedNo;

    @Column(name = "last_acked_no", nullable = false)
    public long lastAckedNo;

    @Column(name = "ack_sent_no", nullable = false)
    public long ackSentNo;

    /** The peer's last applied message carried changes: it waits for our acknowledgement to drop them. */
    @Column(name = "ack_owed", nullable = false)
    public boolean ackOwed;

    /** Messages of the peer never seen (a number skipped): their content came again in a later one. */
    @Column(name = "gaps_seen", nullable = false)
    public long gapsSeen;

    /** Messages of the peer that arrived again or late, after a newer one: ignored. */
    @Column(name = "repeats_ignored", nullable = false)
    public long repeatsIgnored;

    @Column(name = "last_exchange_at")
    public Instant lastExchangeAt;

    /** Consecutive failed exchanges (0 after one without an error). */
    @Column(nullable = false)
    public int failures;

    /** When a later tick tries again after a failure (the transport's retry period); null: at the interval. */
    @Column(name = "retry_at")
    public Instant retryAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
