package ru.egais.exchange.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/**
 * An organization pointed by mistake at another store's UTM (a typo in utmUrl) loads, processes, deletes and sends
 * nothing there; the reason is in lastError, the organization's settings, readiness, the page and a metric.
 */
@QuarkusTest
class WrongOrganizationUtmTest {

    String ours;
    String theirs;
    UtmSimulator theirUtm;

    @BeforeEach
    void start() {
        ours = newFsrarId();
        theirs = newFsrarId();
        theirUtm = UtmSimulator.start(theirs, 0);
        theirUtm.deliverWaybill(2, 0, false);
    }

    @AfterEach
    void stop() {
        theirUtm.close();
    }

    @Test
    void anotherStoresUtmIsNeitherLoadedNorDeletedNorSentTo() {
        int theirListed = theirUtm.listedCount();
        JsonPath put = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Магазин", "utmUrl", theirUtm.url(), "pollIntervalSeconds", 60))
                .put("/api/v1/organizations/{id}", ours).then().statusCode(200).extract().jsonPath();
        assertThat(put.getString("utmKeyFsrarId")).isEqualTo(theirs);
        assertThat(put.getString("warning")).contains("holds the key of FSRAR ID " + theirs).contains("exchange stopped");

        String id = prepare(Map.of("fsrarId", ours, "type", "QueryRestsShop_v2", "immediate", true)).getString("id");
        JsonPath result = exchange(ours);
        assertThat(result.getString("[0].received.error")).contains("holds the key of FSRAR ID " + theirs);
        given().contentType(ContentType.JSON).body(Map.of("fsrarIds", java.util.List.of(ours)))
                .post("/api/v1/incoming/fetch").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("fsrarIds", java.util.List.of(ours)))
                .post("/api/v1/outbox/process").then().statusCode(200);

        assertThat(incoming(ours).getList("id")).as("nothing loaded").isEmpty();
        assertThat(theirUtm.listedCount()).as("nothing deleted from their UTM").isEqualTo(theirListed);
        assertThat(theirUtm.received()).as("nothing sent there").isEmpty();
        assertThat(status(id)).isEqualTo("QUEUED");

        JsonPath org = given().get("/api/v1/organizations/{id}", ours).then().statusCode(200).extract().jsonPath();
        assertThat(org.getString("lastError")).contains("holds the key of FSRAR ID " + theirs);
        assertThat(org.getString("utmKeyFsrarId")).isEqualTo(theirs);
        String readiness = given().get("/q/health/ready").then().statusCode(503).extract().asString();
        assertThat(readiness).contains(ours + ".stopped");
        assertThat(given().get("/q/metrics").then().extract().asString())
                .contains("egais_utm_foreign_key{fsrarId=\"" + ours + "\"} 1.0");
        assertThat(given().get("/").then().statusCode(200).extract().asString()).contains("holds the key of FSRAR ID " + theirs);

        // The typo corrected: the exchange resumes and the queued document goes to the right UTM.
        try (UtmSimulator ourUtm = UtmSimulator.start(ours, 0)) {
            configureOrganization(ours, ourUtm.url());
            exchange(ours);
            assertThat(given().get("/api/v1/organizations/{id}", ours).then().extract().jsonPath()
                    .getString("utmKeyFsrarId")).isNull();
            assertThat(ourUtm.receivedCount("QueryRestsShop_v2")).isEqualTo(1);
            assertThat(given().get("/q/metrics").then().extract().asString())
                    .contains("egais_utm_foreign_key{fsrarId=\"" + ours + "\"} 0.0");
        }
    }

    @Test
    void aKeySwappedInTheUtmLaterStopsTheExchangeAtTheNextRun() {
        try (UtmSimulator ourUtm = UtmSimulator.start(ours, 0)) {
            configureOrganization(ours, ourUtm.url());
            ourUtm.deliverWaybill(1, 0, false);
            ourUtm.faults().keyOf(theirs);
            JsonPath result = exchange(ours);
            assertThat(result.getString("[0].received.error")).contains("holds the key of FSRAR ID " + theirs);
            assertThat(incoming(ours).getList("id")).isEmpty();

            ourUtm.faults().keyOf(null);
            // The verdict is reused for egais.monitor.utm-probe-max-age; PUT of the settings asks again at once.
            configureOrganization(ours, ourUtm.url());
            exchange(ours);
            assertThat(incoming(ours).getList("id")).hasSize(2);
        }
    }
}
