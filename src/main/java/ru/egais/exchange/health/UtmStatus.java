package ru.egais.exchange.health;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * What one organization's UTM said about itself when last probed: reachable or why not, its version, whether the
 * key in the token is this organization's, and the key's RSA (transport) and GOST (signature) certificates.
 */
public record UtmStatus(String fsrarId, String utmUrl, Instant probedAt, boolean reachable, String error,
                        String version, boolean keyMatches, Certificate rsa, Certificate gost) {

    /** How a certificate stands: fine, expiring within the warning period, expired (or reported invalid), unknown. */
    public enum CertificateState { VALID, EXPIRING, EXPIRED, UNKNOWN }

    /** One certificate on the key, as UTM's {@code /api/info/list} reports it; {@code daysLeft} null when unknown. */
    public record Certificate(String type, CertificateState state, OffsetDateTime expiresAt, Long daysLeft) {

        String describe() {
            return switch (state) {
                case UNKNOWN -> type + " expiry unknown";
                case EXPIRED -> type + " NOT valid" + (expiresAt == null ? "" : ", expired " + expiresAt.toLocalDate());
                default -> type + " valid until " + expiresAt.toLocalDate() + ", " + daysLeft + " days left";
            };
        }
    }

    static UtmStatus unreachable(String fsrarId, String utmUrl, Instant at, String error) {
        return new UtmStatus(fsrarId, utmUrl, at, false, error, null, false, null, null);
    }

    public List<Certificate> certificates() {
        return reachable ? List.of(rsa, gost) : List.of();
    }

    /** A certificate that has expired (or UTM says is not valid): the key cannot sign or connect. */
    public boolean hasExpiredCertificate() {
        return certificates().stream().anyMatch(c -> c.state() == CertificateState.EXPIRED);
    }

    /** What an operator must act on soon or now, one line each (empty when all is well). */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        if (!reachable) {
            warnings.add("UTM unreachable: " + error);
            return warnings;
        }
        if (!keyMatches) {
            warnings.add("the key in the token is not this organization's");
        }
        for (Certificate c : certificates()) {
            if (c.state() == CertificateState.EXPIRING) {
                warnings.add(c.type() + " certificate expires in " + c.daysLeft() + " days (" + c.expiresAt().toLocalDate() + ")");
            } else if (c.state() == CertificateState.EXPIRED) {
                warnings.add(c.type() + " certificate has expired or is not valid");
            }
        }
        return warnings;
    }

    /** One line: "reachable, version 4.2.0, RSA valid until 2027-11-23, 365 days left, GOST …". */
    public String describe() {
        if (!reachable) {
            return "unreachable: " + error;
        }
        return "reachable, version " + version + ", " + rsa.describe() + ", " + gost.describe()
                + (keyMatches ? "" : ", the key in the token is not this organization's");
    }
}
