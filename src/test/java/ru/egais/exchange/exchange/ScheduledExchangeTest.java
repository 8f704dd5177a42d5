package ru.egais.exchange.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.Eventually;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/** With the schedule on, a queued document reaches its answer with no call but the one that prepared it. */
@QuarkusTest
@TestProfile(ScheduledExchangeTest.ScheduleOn.class)
class ScheduledExchangeTest {

    public static class ScheduleOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("egais.exchange.schedule-enabled", "true", "egais.exchange.tick", "200ms");
        }
    }

    @Test
    void serverModeOrganizationsAreExchangedInTheBackgroundAndWorkstationOnesAreNot() {
        String server = newFsrarId();
        String workstation = newFsrarId();
        try (UtmSimulator serverUtm = UtmSimulator.start(server, 0);
             UtmSimulator workstationUtm = UtmSimulator.start(workstation, 0)) {
            given().contentType(ContentType.JSON).body(Map.of("utmUrl", serverUtm.url(), "pollIntervalSeconds", 1))
                    .put("/api/v1/organizations/{id}", server).then().statusCode(200);
            given().contentType(ContentType.JSON).body(Map.of("utmUrl", workstationUtm.url(),
                            "pollIntervalSeconds", 1, "exchangeMode", "WORKSTATION"))
                    .put("/api/v1/organizations/{id}", workstation).then().statusCode(200);
            String id = prepare(Map.of("fsrarId", server, "type", "QueryRests_v2")).getString("id");
            String other = prepare(Map.of("fsrarId", workstation, "type", "QueryRests_v2")).getString("id");

            Eventually.await(Duration.ofSeconds(20), () -> status(id), "ACCEPTED"::equals);

            // Processing sets the status; the DELETE from UTM follows it in the same background pass.
            Eventually.await(Duration.ofSeconds(20), serverUtm::listedCount, n -> n == 0);
            assertThat(given().get("/api/v1/organizations/{id}", server).jsonPath().getString("lastExchangeAt"))
                    .isNotNull();
            assertThat(status(other)).as("a workstation's UTM is never contacted by the service").isEqualTo("QUEUED");
            assertThat(workstationUtm.received()).isEmpty();
        }
    }
}
