package ru.egais.exchange.health;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;

import java.time.OffsetDateTime;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.newFsrarId;

/**
 * Readiness covers the database and each organization's UTM certificates: expiring within 14 days is a warning
 * (still ready), expired is not ready; an unreachable UTM is shown without making the service unready.
 */
@QuarkusTest
class ReadinessTest {

    @Test
    void readinessShowsTheDatabaseAndEachUtmWithItsCertificates() {
        String fsrarId = newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0)) {
            configureOrganization(fsrarId, utm.url());
            JsonPath ready = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(ready.getList("checks.name")).contains("Database connections health check", "utm-certificates");
            assertThat(utmData(ready).get(fsrarId)).startsWith("reachable, version 4.2.0, RSA valid until")
                    .contains("GOST valid until").contains("days left");
            assertThat(utmData(ready)).doesNotContainKey(fsrarId + ".warning");
        }
    }

    @Test
    void certificateExpiringWithinTwoWeeksIsAWarningAndAnExpiredOneIsNotReady() {
        String fsrarId = newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0)) {
            configureOrganization(fsrarId, utm.url());
            OffsetDateTime now = OffsetDateTime.now();
            utm.certificates(now.plusDays(10).plusHours(1), now.plusDays(300));

            JsonPath warning = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(utmData(warning).get(fsrarId + ".warning")).isEqualTo("RSA certificate expires in 10 days ("
                    + now.plusDays(10).plusHours(1).toLocalDate() + ")");

            utm.certificates(now.plusDays(300), now.minusDays(1));
            JsonPath expired = given().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
            assertThat(utmData(expired).get(fsrarId)).contains("GOST NOT valid, expired " + now.minusDays(1).toLocalDate());
            assertThat(utmData(expired).get(fsrarId + ".warning")).isEqualTo("GOST certificate has expired or is not valid");

            utm.down();
            JsonPath unreachable = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(utmData(unreachable).get(fsrarId)).startsWith("unreachable: UTM not reachable");
        }
    }

    @Test
    void certificateDaysLeftAreMetrics() {
        String fsrarId = newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0)) {
            configureOrganization(fsrarId, utm.url());
            utm.certificates(OffsetDateTime.now().plusDays(20).plusHours(1), OffsetDateTime.now().plusDays(200).plusHours(1));
            given().get("/q/health/ready").then().statusCode(200);
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).contains("egais_utm_certificate_days_left{certificate=\"RSA\",fsrarId=\"" + fsrarId + "\"} 20.0")
                    .contains("egais_utm_certificate_days_left{certificate=\"GOST\",fsrarId=\"" + fsrarId + "\"} 200.0")
                    .contains("egais_utm_reachable{fsrarId=\"" + fsrarId + "\"} 1.0");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> utmData(JsonPath health) {
        return health.getMap("checks.find { it.name == 'utm-certificates' }.data");
    }
}
