package ru.egais.exchange.organization.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.health.api.HealthGroup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmClient;
import ru.egais.exchange.utm.UtmException;

/**
 * {@code /q/health/group/utm}: each server-run organization's UTM, probed through {@code /api/info/list} (version,
 * RSA certificate) and {@code /diagnosis} (the FSRAR ID of the key). Kept out of readiness on purpose: a store's UTM
 * being off does not make the service unready — documents wait in the queue.
 */
@HealthGroup("utm")
@ApplicationScoped
public class UtmHealthCheck implements HealthCheck {

    private final OrganizationService organizations;
    private final UtmClient utm;
    private final ObjectMapper json;
    private final QueueState queue;
    private final ru.egais.exchange.workstation.WorkstationExchangeService workstations;

    public UtmHealthCheck(OrganizationService organizations, UtmClient utm, ObjectMapper json, QueueState queue,
                          ru.egais.exchange.workstation.WorkstationExchangeService workstations) {
        this.workstations = workstations;
        this.organizations = organizations;
        this.utm = utm;
        this.json = json;
        this.queue = queue;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("utm").up();
        for (String fsrarId : organizations.fsrarIdsExchangedByServer()) {
            UtmTarget target = organizations.utmTarget(fsrarId).orElseThrow();
            String state = probe(target);
            response.withData(fsrarId, state);
            response.withData(fsrarId + ".queue", queue.describe(fsrarId));
            if (!state.startsWith("reachable")) {
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

    private String probe(UtmTarget target) {
        try {
            JsonNode info = json.readTree(utm.info(target.utmUrl()));
            String diagnosis = utm.diagnosis(target.utmUrl());
            boolean keyMatches = diagnosis.contains("<CN>" + target.fsrarId() + "</CN>");
            return "reachable, version " + info.path("version").asText("?")
                    + ", RSA " + (info.path("rsa").path("isValid").asBoolean(false) ? "valid" : "NOT valid")
                    + " until " + info.path("rsa").path("expireDate").asText("?")
                    + (keyMatches ? "" : ", the key in the token is not this organization's");
        } catch (UtmException e) {
            return "unreachable: " + e.getMessage();
        } catch (java.io.IOException e) {
            return "unreadable /api/info/list: " + e.getMessage();
        }
    }
}
