package ru.egais.exchange.organization;

/**
 * What the exchange needs to reach one organization's UTM, read once and carried outside transactions.
 * {@code foreignKeyFsrarId}: the UTM holds another organization's key (null when it is ours or not known yet).
 */
public record UtmTarget(String fsrarId, String utmUrl, ExchangeMode mode, boolean enabled, String foreignKeyFsrarId) {

    public UtmTarget(String fsrarId, String utmUrl, ExchangeMode mode, boolean enabled) {
        this(fsrarId, utmUrl, mode, enabled, null);
    }

    /**
     * The service contacts the UTM itself only for enabled organizations whose exchange runs on the server, and
     * never one holding another organization's key: its documents are not ours to load, delete or answer.
     */
    public boolean reachableByService() {
        return enabled && mode == ExchangeMode.SERVER && foreignKeyFsrarId == null;
    }

    /** Why the service does not exchange with this UTM (null when it does). */
    public String whyNotReachable() {
        if (!enabled) {
            return "exchange of " + fsrarId + " is disabled";
        }
        if (mode != ExchangeMode.SERVER) {
            return "exchange of " + fsrarId + " is driven by a workstation";
        }
        return foreignKeyFsrarId == null ? null : foreignKeyReason(fsrarId, utmUrl, foreignKeyFsrarId);
    }

    /** The one wording of "another organization's key", for lastError, the API and the operator's page. */
    public static String foreignKeyReason(String fsrarId, String utmUrl, String keyFsrarId) {
        return "the UTM at " + utmUrl + " holds the key of FSRAR ID " + keyFsrarId + ", not " + fsrarId
                + ": exchange stopped (nothing is loaded, processed, deleted or sent) until utmUrl or the key is corrected";
    }
}
