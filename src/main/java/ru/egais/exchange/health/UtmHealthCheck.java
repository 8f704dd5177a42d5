package ru.egais.exchange.health;

import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.workstation.WorkstationExchangeService;

/**
 * {@code /q/health/group/utm}: each server-run organization's UTM, probed (at most once per
 * {@code egais.monitor.utm-probe-max-age}, however often health is asked) through {@code /api/info/list}
 * (version, RSA and GOST certificates) and {@code /diagnosis} (the FSRAR ID of the key), with its send queue; DOWN
 * while any UTM is unreachable or has an expired certificate. Readiness ({@link UtmReadinessCheck}) goes DOWN only
 * for an expired certificate: a store's UTM being off does not make the service unready — documents wait in the queue.
 */
@HealthGroup("utm")
@ApplicationScoped
public class UtmHealthCheck implements HealthCheck {

    private final OrganizationService organizations;
    private final UtmStatusMonitor monitor;
    private final QueueState queue;
    private final WorkstationExchangeService workstations;

    public UtmHealthCheck(OrganizationService organizations, UtmStatusMonitor monitor, QueueState queue,
                          WorkstationExchangeService workstations) {
        this.workstations = workstations;
        this.organizations = organizations;
        this.monitor = monitor;
        this.queue = queue;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("utm").up();
        for (String fsrarId : organizations.fsrarIdsExchangedByServer()) {
            UtmTarget target = organizations.utmTarget(fsrarId).orElseThrow();
            UtmStatus status = monitor.recent(target);
            String state = status.describe();
            response.withData(fsrarId, state);
            response.withData(fsrarId + ".queue", queue.describe(fsrarId));
            if (!status.reachable() || status.hasExpiredCertificate()) {
                response.down();
            }
        }
        for (String fsrarId : organizations.fsrarIdsExchangedByWorkstation()) {
            var schedule = workstations.schedule(fsrarId);
            response.withData(fsrarId + ".workstation", schedule.lastCallAt() == null ? "never called"
                    : "last called " + schedule.lastCallAt() + ", next exchange due " + schedule.nextExchangeAt()
                    + (schedule.late() ? ", LATE" : ""));
            if (schedule.late()) {
                response.down();
            }
        }
        return response.build();
    }
}
