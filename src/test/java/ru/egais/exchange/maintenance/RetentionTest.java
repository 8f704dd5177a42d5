package ru.egais.exchange.maintenance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * Retention removes the text of old incoming documents that are finished on both sides, keeps the rows, the
 * documents they answered and the exchange log, gives the space back, counts what it removed, and the pages say
 * when a text was removed. A young body and one still needed (left in UTM) are kept.
 */
@QuarkusTest
class RetentionTest extends WithSimulatedUtm {

    @Inject
    RetentionService retention;

    @Inject
    DatabaseFile database;

    @Test
    void oldFinishedBodiesAreRemovedTheirRowsKeptAndTheSpaceGivenBack() throws Exception {
        utm.restsPositions(3000); // a ReplyRests_v2 of a few hundred kilobytes: several pages to give back
        String query = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");
        // Declared UTF-8, not valid UTF-8: quarantined and left in UTM, so its text is still needed.
        utm.deliverBytes("ReplyAP_v2", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ns:Documents xmlns:ns=\"x\">"
                + "\u00ff</ns:Documents>").getBytes(StandardCharsets.ISO_8859_1));
        utm.deliverWaybill(2, 0, false); // a supplier's waybill: not an answer to a query, kept the longer age
        exchange(fsrarId);
        assertThat(document(query).getString("status")).isEqualTo("ACCEPTED");
        JsonPath in = incoming(fsrarId);
        String rests = null;
        String quarantined = null;
        String waybill = null;
        for (int i = 0; i < in.getList("id").size(); i++) {
            if ("QUARANTINED".equals(in.getString("[" + i + "].status"))) {
                quarantined = in.getString("[" + i + "].id");
            } else if (in.getString("[" + i + "].docType").startsWith("WayBill")) {
                waybill = in.getString("[" + i + "].id");
            } else if ("ReplyRests_v2".equals(in.getString("[" + i + "].docType"))) {
                rests = in.getString("[" + i + "].id");
            }
        }
        assertThat(rests).isNotNull();
        assertThat(quarantined).isNotNull();
        assertThat(waybill).isNotNull();
        long logSteps = given().get("/api/v1/documents/{id}/log", query).then().statusCode(200).extract()
                .jsonPath().getList("$").size();

        RetentionResult now = retention.removeOldBodies(Instant.now());
        given().get("/api/v1/incoming/{id}/xml", rests).then().statusCode(200); // younger than 90 days: kept
        long removedBefore = given().get("/api/v1/maintenance").then().extract().jsonPath().getLong("bodiesRemovedTotal");

        RetentionResult month = retention.removeOldBodies(Instant.now().plus(Duration.ofDays(31)));
        assertThat(month.bodiesRemoved()).isGreaterThanOrEqualTo(1);
        given().get("/api/v1/incoming/{id}/xml", rests).then().statusCode(410); // an answer: 30 days
        given().get("/api/v1/incoming/{id}/xml", waybill).then().statusCode(200); // a waybill: 90 days

        RetentionResult later = retention.removeOldBodies(Instant.now().plus(Duration.ofDays(91)));
        given().get("/api/v1/incoming/{id}/xml", waybill).then().statusCode(410);

        assertThat(later.bodiesRemoved()).isGreaterThanOrEqualTo(1);
        assertThat(month.charactersRemoved()).isGreaterThan(100_000);
        given().get("/api/v1/incoming/{id}/xml", rests).then().statusCode(410)
                .contentType("application/problem+json").body("detail", containsString("removed by retention"));
        given().get("/api/v1/incoming/{id}", rests).then().statusCode(200)
                .body("bodyRemovedAt", notNullValue()).body("content", nullValue())
                .body("status", equalTo("PROCESSED"));
        given().get("/ui/incoming/{id}", rests).then().statusCode(200).body(containsString("id=\"body-removed\""));
        given().get("/api/v1/incoming/{id}/xml", quarantined).then().statusCode(200); // left in UTM: still needed
        // The document it answered and its log are untouched.
        assertThat(document(query).getString("status")).isEqualTo("ACCEPTED");
        assertThat(given().get("/api/v1/documents/{id}/log", query).then().extract().jsonPath().getList("$"))
                .hasSize((int) logSteps);
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            assertThat(pragma(s, "auto_vacuum")).as("a new database is incremental").isEqualTo(2);
            assertThat(pragma(s, "freelist_count")).as("the removed bodies' pages are given back").isZero();
            try (ResultSet r = s.executeQuery("SELECT (SELECT count(*) FROM incoming_body_part WHERE incoming_id = '"
                    + rests + "') + (SELECT count(*) FROM incoming_body_chunk WHERE incoming_id = '" + rests + "')")) {
                r.next();
                assertThat(r.getInt(1)).as("its pieces are gone").isZero();
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM incoming_body_part WHERE incoming_id = '"
                    + quarantined + "'")) {
                r.next();
                assertThat(r.getInt(1)).as("a body still needed keeps its pieces").isPositive();
            }
        }
        given().get("/api/v1/maintenance").then().statusCode(200)
                .body("lastRetention.bodiesRemoved", equalTo((int) later.bodiesRemoved()))
                .body("bodiesRemovedTotal", equalTo((int) (removedBefore + month.bodiesRemoved()
                        + later.bodiesRemoved())))
                .body("databaseBytes", notNullValue())
                .body("retentionMaxAgeDays", equalTo(90));
        assertThat(now.bodiesRemoved()).isZero();
        // Run again: nothing more to remove, nothing breaks.
        assertThat(retention.removeOldBodies(Instant.now().plus(Duration.ofDays(91))).bodiesRemoved()).isZero();
    }

    @Test
    void retentionRunsThroughTheApiByTheServicesClock() {
        given().contentType("application/json").body("{}").post("/api/v1/maintenance/retention").then()
                .statusCode(200).body("bodiesRemoved", equalTo(0)).body("removedBefore", notNullValue());
        // What a page on another site can send without asking the browser first: refused.
        given().contentType("text/plain").body("{}").post("/api/v1/maintenance/retention").then().statusCode(415);
        given().contentType("application/x-www-form-urlencoded").body("a=b")
                .post("/api/v1/maintenance/retention").then().statusCode(415);
        given().post("/api/v1/maintenance/retention").then().statusCode(org.hamcrest.Matchers.oneOf(400, 415));
    }

    private static long pragma(Statement s, String name) throws Exception {
        try (ResultSet r = s.executeQuery("PRAGMA " + name)) {
            r.next();
            return r.getLong(1);
        }
    }
}
