package ru.egais.exchange.it;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.Api;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The packaged service killed with SIGKILL and started again on the same data directory loses nothing. */
class KillAndRestartIT {

    private static final Map<String, String> NO_SCHEDULE = Map.of("egais.exchange.schedule-enabled", "false");

    @AfterEach
    void resetRestAssured() {
        RestAssured.reset();
    }

    @Test
    void documentsQueuedSentAndAnsweredSurviveSigkill() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "kill-test-");
        Path log = dataDir.resolve("service.log");
        String fsrarId = Api.newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0)) {
            List<String> ids = new ArrayList<>();
            ServiceProcess first = ServiceProcess.start(dataDir, log, NO_SCHEDULE);
            RestAssured.port = first.port();
            Api.configureOrganization(fsrarId, utm.url());
            for (int i = 0; i < 30; i++) {
                // a third are sent at once, the rest wait in the queue
                ids.add(Api.prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "externalId", "k-" + i,
                        "immediate", i % 3 == 0)).getString("id"));
            }
            Api.exchange(fsrarId); // some answers arrive and are processed before the kill
            ids.add(Api.prepare(Map.of("fsrarId", fsrarId, "type", "QueryRestsShop_v2")).getString("id"));

            assertThat(first.kill()).as("killed by SIGKILL").isEqualTo(ServiceProcess.KILLED);

            try (ServiceProcess second = ServiceProcess.start(dataDir, log, NO_SCHEDULE)) {
                RestAssured.port = second.port();
                JsonPath listed = given().queryParam("fsrarId", fsrarId).queryParam("limit", 1000)
                        .get("/api/v1/documents").then().statusCode(200).extract().jsonPath();
                assertThat(new HashSet<>(listed.getList("id", String.class))).containsExactlyInAnyOrderElementsOf(ids);
                given().get("/api/v1/organizations/{id}", fsrarId).then().statusCode(200);

                Api.exchange(fsrarId);
                Api.exchange(fsrarId);

                for (String id : ids) {
                    assertThat(Api.status(id)).as(id).isEqualTo("ACCEPTED");
                }
                assertThat(utm.received()).as("each document sent exactly once").hasSize(ids.size());
                assertThat(utm.received().stream().map(d -> d.replyId()).distinct()).hasSize(ids.size());
                assertThat(utm.listedCount()).isZero();
                given().contentType(ContentType.JSON).queryParam("fsrarId", fsrarId).get("/api/v1/incoming")
                        .then().statusCode(200);
            }
        }
    }
}
