package ru.egais.exchange.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;

/**
 * Readiness, per server-run organization: its UTM's reachability and the key's RSA and GOST certificates. An
 * expired certificate makes the service not ready (nothing can be signed until a person replaces the key); one that
 * expires within the warning period stays UP with a {@code <fsrarId>.warning}. An unreachable UTM is shown but
 * stays UP: it is usually a PC switched off for a while, documents wait in the queue meanwhile, and one store's
 * UTM must not take the service out for every other store ({@code /q/health/group/utm} is DOWN for it). A UTM
 * holding another organization's key is DOWN too: that organization's exchange is stopped until a person acts.
 */
@Readiness
@ApplicationScoped
public class UtmReadinessCheck implements HealthCheck {

    private final UtmStatusMonitor monitor;

    public UtmReadinessCheck(UtmStatusMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("utm-certificates").up();
        for (UtmStatus status : monitor.current()) {
            response.withData(status.fsrarId(), status.describe());
            List<String> warnings = status.warnings();
            if (!warnings.isEmpty()) {
                response.withData(status.fsrarId() + ".warning", String.join("; ", warnings));
            }
            if (status.hasExpiredCertificate()) {
                response.down();
            }
            if (status.reachable() && !status.keyMatches()) {
                // Another store's key: the exchange of this organization is stopped until a person corrects it.
                response.withData(status.fsrarId() + ".stopped", "exchange stopped: the UTM at " + status.utmUrl()
                        + " holds another organization's key");
                response.down();
            }
        }
        return response.build();
    }
}
