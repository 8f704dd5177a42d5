package ru.egais.exchange.liveness;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.newFsrarId;

/**
 * Liveness tells a dead service from a live one: with the group-commit writer killed (as an OutOfMemoryError kills
 * it) liveness is DOWN and a request that needs it answers 503 instead of hanging. Its own profile: the service
 * instance is not usable after this test.
 */
@QuarkusTest
@TestProfile(ServiceLivenessTest.OwnInstance.class)
class ServiceLivenessTest {

    public static class OwnInstance implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("egais.liveness.scheduler-stall", "10M");
        }
    }

    @Test
    void aDeadGroupCommitWriterMakesLivenessDownAndRequestsFailInsteadOfHanging() throws Exception {
        String fsrarId = newFsrarId();
        configureOrganization(fsrarId, "http://127.0.0.1:9");
        given().get("/q/health/live").then().statusCode(200);

        Thread writer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("group-commit"))
                .findFirst().orElseThrow();
        writer.interrupt(); // its loop ends, as it does when an Error escapes it
        writer.join(10_000);
        assertThat(writer.isAlive()).isFalse();

        String live = given().get("/q/health/live").then().statusCode(503).extract().asString();
        assertThat(live.replaceAll("\\s", "")).contains("\"group-commit-writer\":\"dead\"");
        given().contentType(ContentType.JSON)
                .body(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"))
                .post("/api/v1/documents").then().statusCode(503);
    }
}
