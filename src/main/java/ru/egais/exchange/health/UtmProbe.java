package ru.egais.exchange.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.organization.MonitorConfig;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Asks one UTM how it is: {@code /api/info/list} (version, RSA and GOST certificate validity and expiry) and
 * {@code /diagnosis} (the FSRAR ID of the key in the token). A certificate expiring within
 * {@code egais.monitor.certificate-warning-days} (14) is a warning.
 */
@ApplicationScoped
public class UtmProbe {

    /** UTM's date format in /api/info/list, e.g. "2027-11-23 10:00:00 +0300" (PROTOCOL.md, [AKM]). */
    private static final DateTimeFormatter UTM_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    private final UtmGateway utm;
    private final ObjectMapper json;
    private final Clock clock;
    private final int warningDays;

    public UtmProbe(UtmGateway utm, ObjectMapper json, Clock clock,
                    MonitorConfig config) {
        this.utm = utm;
        this.json = json;
        this.clock = clock;
        this.warningDays = config.certificateWarningDays();
    }

    public UtmStatus probe(UtmTarget target) {
        Instant now = Instant.now(clock);
        try {
            JsonNode info = json.readTree(utm.info(target.utmUrl()));
            boolean keyMatches = utm.keyIsOf(target.utmUrl(), target.fsrarId());
            return new UtmStatus(target.fsrarId(), target.utmUrl(), now, true, null,
                    info.path("version").asText("?"), keyMatches,
                    certificate("RSA", info.path("rsa"), now), certificate("GOST", info.path("gost"), now));
        } catch (UtmException e) {
            return UtmStatus.unreachable(target.fsrarId(), target.utmUrl(), now, e.getMessage());
        } catch (IOException e) {
            return UtmStatus.unreachable(target.fsrarId(), target.utmUrl(), now,
                    "unreadable /api/info/list: " + e.getMessage());
        }
    }

    private UtmStatus.Certificate certificate(String type, JsonNode node, Instant now) {
        OffsetDateTime expires = parse(node.path("expireDate").asText(null));
        boolean reportedValid = node.path("isValid").asBoolean(true);
        if (expires == null) {
            return new UtmStatus.Certificate(type, reportedValid ? UtmStatus.CertificateState.UNKNOWN
                    : UtmStatus.CertificateState.EXPIRED, null, null);
        }
        // Whole days left, rounded down: 13 days 23 hours is "13 days left", inside a 14-day warning.
        long daysLeft = Math.floorDiv(Duration.between(now, expires.toInstant()).toHours(), 24);
        UtmStatus.CertificateState state = !reportedValid || !expires.toInstant().isAfter(now)
                ? UtmStatus.CertificateState.EXPIRED
                : daysLeft < warningDays ? UtmStatus.CertificateState.EXPIRING : UtmStatus.CertificateState.VALID;
        return new UtmStatus.Certificate(type, state, expires, daysLeft);
    }

    private static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip(), UTM_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
