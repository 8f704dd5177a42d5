package ru.egais.exchange.utm;

import java.net.URI;

/** Builds UTM URLs from an organization's configured UTM address. */
final class UtmUrls {

    private UtmUrls() {
    }

    static URI resolve(String utmUrl, String pathAndQuery) {
        String base = utmUrl.endsWith("/") ? utmUrl.substring(0, utmUrl.length() - 1) : utmUrl;
        return URI.create(base + pathAndQuery);
    }

    /**
     * A listed URL, checked by {@link UtmListedUrls}: UTM writes its own idea of its host into list URLs (often localhost); we keep only the path and query and use
     * the address we know reaches it.
     */
    static URI rebase(String utmUrl, String listedUrl) throws UtmProtocolException {
        return UtmListedUrls.require(utmUrl, listedUrl, UtmListedUrls.OUT, UtmListedUrls.IN);
    }
}
