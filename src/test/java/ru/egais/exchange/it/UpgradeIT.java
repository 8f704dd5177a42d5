package ru.egais.exchange.it;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.Api;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Upgrades keep data: the newest build started on a database the previous release's migrations (V1..V9) made —
 * the fixture src/test/resources/upgrade/v9-store.db, see UpgradeFixtureGenerator — migrates it and shows every
 * document with its status, queue row, log and answer, and goes on working: retention converts the old file to
 * incremental vacuum and removes the year-old answer's text, and a new document is prepared.
 */
class UpgradeIT {

    static final String ORG = "030000194005";

    @AfterEach
    void resetRestAssured() {
        RestAssured.reset();
    }

    @Test
    void theNewestBuildOpensThePreviousReleasesDatabaseWithEveryDocument() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "upgrade-test-");
        Files.copy(Path.of("src/test/resources/upgrade/v9-store.db"), dataDir.resolve("egais.db"));
        try (ServiceProcess service = ServiceProcess.start(dataDir, dataDir.resolve("service.log"),
                Map.of("egais.exchange.schedule-enabled", "false", "egais.maintenance.schedule-enabled", "false"))) {
            RestAssured.port = service.port();
            JsonPath listed = given().queryParam("fsrarId", ORG).get("/api/v1/documents").then().statusCode(200)
                    .extract().jsonPath();
            Map<String, String> expected = Map.of(
                    "d0000001-0000-4000-8000-000000000001", "ACCEPTED",
                    "d0000001-0000-4000-8000-000000000002", "QUEUED",
                    "d0000001-0000-4000-8000-000000000003", "REJECTED",
                    "d0000001-0000-4000-8000-000000000004", "SENT",
                    "d0000001-0000-4000-8000-000000000005", "CANCELLED");
            assertThat(listed.getList("id", String.class)).containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((id, status) -> {
                assertThat(Api.status(id)).as(id).isEqualTo(status);
                assertThat(given().get("/api/v1/documents/{id}/log", id).then().statusCode(200).extract()
                        .jsonPath().getList("$")).as(id).isNotEmpty();
                given().get("/api/v1/documents/{id}/xml", id).then().statusCode(200).body(containsString(ORG));
            });
            assertThat(Api.document("d0000001-0000-4000-8000-000000000003").getString("lastError"))
                    .isEqualTo("Документ не прошел проверку");
            given().get("/api/v1/incoming/i0000001-0000-4000-8000-000000000001/xml").then().statusCode(200)
                    .body(containsString("остатки"));
            given().get("/api/v1/organizations/{id}", ORG).then().statusCode(200)
                    .body("name", equalTo("Магазин на Ленина"));
            given().get("/api/v1/maintenance").then().statusCode(200).body("oldestBodyKept", org.hamcrest.Matchers.notNullValue());
            // The old database has no incremental vacuum: the first retention that removes something converts it.
            given().contentType("application/json").body("{}").post("/api/v1/maintenance/retention").then().statusCode(200)
                    .body("bodiesRemoved", equalTo(1));
            given().get("/api/v1/incoming/i0000001-0000-4000-8000-000000000001/xml").then().statusCode(410);
            assertThat(Api.document("d0000001-0000-4000-8000-000000000001").getString("status")).isEqualTo("ACCEPTED");
            try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("egais.db"));
                 java.sql.ResultSet r = c.createStatement().executeQuery("PRAGMA auto_vacuum")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getInt(1)).as("converted to incremental").isEqualTo(2);
            }
            String created = Api.prepare(Map.of("fsrarId", ORG, "type", "QueryRests_v2", "externalId", "after-upgrade"))
                    .getString("id");
            assertThat(Api.status(created)).isEqualTo("QUEUED");
        }
    }
}
