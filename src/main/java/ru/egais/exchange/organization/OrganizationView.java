package ru.egais.exchange.organization;

import java.time.Instant;

/** An organization's exchange settings and last runs as the API shows them. */
public record OrganizationView(String fsrarId, String name, String utmUrl, ExchangeMode exchangeMode,
                               int pollIntervalSeconds, boolean enabled, Instant lastExchangeAt, Instant lastSendAt,
                               Instant lastReceiveAt, String lastError) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.fsrarId, o.name, o.utmUrl, o.exchangeMode, o.pollIntervalSeconds, o.enabled,
                o.lastExchangeAt, o.lastSendAt, o.lastReceiveAt, o.lastError);
    }
}
