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
     * UTM writes its own idea of its host into list URLs (often localhost); we keep only the path and query and use
     * the address we know reaches it.
     */
    static URI rebase(String utmUrl, String listedUrl) {
        URI listed = URI.create(listedUrl.strip());
        String pathAndQuery = listed.getRawPath() + (listed.getRawQuery() == null ? "" : "?" + listed.getRawQuery());
        return resolve(utmUrl, pathAndQuery);
    }
}
