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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Restore as the README says: stop the service, put the backup in place of egais.db, start. Every document answered
 * before the backup's moment is there, and what the UTM still holds comes with the next exchange.
 */
class RestoreIT {

    private static final Map<String, String> NO_SCHEDULE = Map.of("egais.exchange.schedule-enabled", "false",
            "egais.maintenance.schedule-enabled", "false");

    record Answered(String id, Instant at) {
    }

    @AfterEach
    void resetRestAssured() {
        RestAssured.reset();
    }

    @Test
    void aBackupTakenUnderWritesRestoresEveryDocumentUpToItsMoment() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "restore-test-");
        Path live = Files.createDirectories(work.resolve("data"));
        Path backup = work.resolve("backup.db").toAbsolutePath();
        Path log = work.resolve("service.log");
        String fsrarId = Api.newFsrarId();
        ConcurrentLinkedQueue<Answered> answered = new ConcurrentLinkedQueue<>();
        JsonPath taken;
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0)) {
            try (ServiceProcess first = ServiceProcess.start(live, log, NO_SCHEDULE)) {
                RestAssured.port = first.port();
                Api.configureOrganization(fsrarId, utm.url());
                AtomicBoolean stop = new AtomicBoolean();
                ExecutorService writers = Executors.newFixedThreadPool(4);
                List<Future<?>> running = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    int writer = w;
                    running.add(writers.submit(() -> {
                        for (int i = 0; !stop.get(); i++) {
                            String id = Api.prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2",
                                    "externalId", "r" + writer + "-" + i, "immediate", i % 4 == 0)).getString("id");
                            answered.add(new Answered(id, Instant.now()));
                        }
                    }));
                }
                while (answered.size() < 60) {
                    Thread.sleep(10);
                }
                taken = given().contentType(ContentType.JSON).body(Map.of("path", backup.toString()))
                        .post("/api/v1/maintenance/backup").then().statusCode(200).extract().jsonPath();
                int atBackup = answered.size();
                while (answered.size() < atBackup + 30) {
                    Thread.sleep(10);
                }
                stop.set(true);
                for (Future<?> f : running) {
                    f.get(60, TimeUnit.SECONDS);
                }
                writers.shutdown();
            }
            // After the backup, EGAIS delivers a supplier's waybill that the lost service never loaded.
            String wbRegId = utm.deliverWaybill(2, 0, false).wbRegId();

            Path restored = Files.createDirectories(work.resolve("restored"));
            Files.copy(backup, restored.resolve("egais.db"));
            Instant standsFor = Instant.parse(taken.getString("standsFor"));
            List<String> before = answered.stream().filter(a -> a.at().isBefore(standsFor)).map(Answered::id).toList();
            assertThat(before).hasSizeGreaterThanOrEqualTo(60);
            try (ServiceProcess second = ServiceProcess.start(restored, log, NO_SCHEDULE)) {
                RestAssured.port = second.port();
                for (String id : before) {
                    String status = Api.status(id);
                    assertThat(status).as(id).isIn("QUEUED", "SENT", "ACCEPTED");
                }
                Api.exchange(fsrarId);
                Api.exchange(fsrarId);
                JsonPath in = Api.incoming(fsrarId);
                assertThat(in.getList("docType", String.class)).contains("WayBill_v4");
                given().get("/api/v1/waybills?fsrarId=" + fsrarId).then().statusCode(200)
                        .body(org.hamcrest.Matchers.containsString(wbRegId));
                for (String id : before) {
                    assertThat(Api.status(id)).as(id).isEqualTo("ACCEPTED");
                }
            }
        }
    }
}
