package ru.egais.exchange.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** Exchange settings of one EGAIS organization (the 1C module's НастройкиОбменаЕГАИС) and its last runs. */
@Entity
@Table(name = "organization")
public class Organization {

    @Id
    @Column(name = "fsrar_id")
    public String fsrarId;

    public String name;

    @Column(name = "utm_url", nullable = false)
    public String utmUrl;

    @Enumerated(EnumType.STRING)
    @Column(name = "exchange_mode", nullable = false)
    public ExchangeMode exchangeMode;

    @Column(name = "poll_interval_seconds", nullable = false)
    public int pollIntervalSeconds;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "last_exchange_at")
    public Instant lastExchangeAt;

    @Column(name = "last_send_at")
    public Instant lastSendAt;

    @Column(name = "last_receive_at")
    public Instant lastReceiveAt;

    /** When the organization's workstation last called (pull, answers, incoming). */
    @Column(name = "last_workstation_call_at")
    public Instant lastWorkstationCallAt;

    /** The FSRAR ID of the key in the UTM when it is another organization's; null when it is ours or unknown. */
    @Column(name = "utm_key_fsrar_id")
    public String utmKeyFsrarId;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public boolean isExchangeDue(Instant now) {
        return enabled && exchangeMode == ExchangeMode.SERVER
                && (lastExchangeAt == null || !lastExchangeAt.plusSeconds(pollIntervalSeconds).isAfter(now));
    }
}
