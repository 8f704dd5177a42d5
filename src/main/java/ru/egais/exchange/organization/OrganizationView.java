package ru.egais.exchange.organization;

import java.time.Instant;

/**
 * An organization's exchange settings and last runs as the API shows them; {@code utmKeyFsrarId} names the key
 * found in its UTM when that is another organization's, and {@code warning} says what that means (else both null).
 */
public record OrganizationView(String fsrarId, String name, String utmUrl, ExchangeMode exchangeMode,
                               int pollIntervalSeconds, boolean enabled, Instant lastExchangeAt, Instant lastSendAt,
                               Instant lastReceiveAt, String lastError, String utmKeyFsrarId, String warning) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.fsrarId, o.name, o.utmUrl, o.exchangeMode, o.pollIntervalSeconds, o.enabled,
                o.lastExchangeAt, o.lastSendAt, o.lastReceiveAt, o.lastError, o.utmKeyFsrarId,
                o.utmKeyFsrarId == null ? null : UtmTarget.foreignKeyReason(o.fsrarId, o.utmUrl, o.utmKeyFsrarId));
    }
}
