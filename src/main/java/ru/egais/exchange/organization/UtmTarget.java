package ru.egais.exchange.organization;

/** What the exchange needs to reach one organization's UTM, read once and carried outside transactions. */
public record UtmTarget(String fsrarId, String utmUrl, ExchangeMode mode, boolean enabled) {

    /** The service contacts the UTM itself only for enabled organizations whose exchange runs on the server. */
    public boolean reachableByService() {
        return enabled && mode == ExchangeMode.SERVER;
    }
}
