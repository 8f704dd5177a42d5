package ru.egais.exchange.organization;


import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.common.RequestInvalid;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Exchange settings as the API takes them ({@code PUT /api/v1/organizations/{fsrarId}}). */
public record OrganizationSettings(String name, String utmUrl, ExchangeMode exchangeMode, Integer pollIntervalSeconds,
                                   Boolean enabled) {

    static final int DEFAULT_POLL_INTERVAL_SECONDS = 60;
    static final int MIN_POLL_INTERVAL_SECONDS = 1;
    static final int MAX_POLL_INTERVAL_SECONDS = 86_400;

    void validate(String fsrarId) {
        List<FieldError> errors = new ArrayList<>();
        if (!FsrarIds.isValid(fsrarId)) {
            errors.add(new FieldError("fsrarId", FsrarIds.RULE));
        }
        if (utmUrl == null || utmUrl.isBlank()) {
            errors.add(new FieldError("utmUrl", "is required, e.g. http://192.168.1.10:8080"));
        } else if (!isHttpUrl(utmUrl.strip())) {
            errors.add(new FieldError("utmUrl", "must be an http(s) URL with a host, e.g. http://192.168.1.10:8080"));
        }
        if (pollIntervalSeconds != null
                && (pollIntervalSeconds < MIN_POLL_INTERVAL_SECONDS || pollIntervalSeconds > MAX_POLL_INTERVAL_SECONDS)) {
            errors.add(new FieldError("pollIntervalSeconds",
                    "must be between " + MIN_POLL_INTERVAL_SECONDS + " and " + MAX_POLL_INTERVAL_SECONDS));
        }
        if (name != null && name.length() > 255) {
            errors.add(new FieldError("name", "must be at most 255 characters"));
        }
        if (!errors.isEmpty()) {
            throw new RequestInvalid("invalid exchange settings", errors);
        }
    }

    private static boolean isHttpUrl(String s) {
        try {
            URI uri = URI.create(s);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    String normalizedUtmUrl() {
        String s = utmUrl.strip();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    ExchangeMode exchangeModeOrDefault() {
        return exchangeMode == null ? ExchangeMode.SERVER : exchangeMode;
    }

    int pollIntervalSecondsOrDefault() {
        return pollIntervalSeconds == null ? DEFAULT_POLL_INTERVAL_SECONDS : pollIntervalSeconds;
    }

    boolean enabledOrDefault() {
        return enabled == null || enabled;
    }
}
