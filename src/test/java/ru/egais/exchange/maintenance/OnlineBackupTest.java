package ru.egais.exchange.maintenance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * A backup taken through the API while documents keep being posted is a whole database that holds every document
 * answered before the moment it stands for, with its queue row and log; a bad path is refused and nothing written.
 */
@QuarkusTest
class OnlineBackupTest extends WithSimulatedUtm {

    record Answered(String id, Instant at) {
    }

    @Test
    void aBackupTakenWhileDocumentsArePostedHoldsEveryDocumentAnsweredBeforeItsMoment() throws Exception {
        Path folder = Files.createDirectories(Path.of("target/test-backups"));
        Path target = folder.resolve(UUID.randomUUID() + ".db").toAbsolutePath();
        ConcurrentLinkedQueue<Answered> answered = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new java.util.ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            running.add(writers.submit(() -> {
                for (int i = 0; !stop.get(); i++) {
                    String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2",
                            "externalId", "w" + writer + "-" + i)).getString("id");
                    answered.add(new Answered(id, Instant.now()));
                }
            }));
        }
        while (answered.size() < 40) {
            Thread.sleep(10); // let the writers get going; the backup must not wait for them to stop
        }
        JsonPath backup = given().contentType(ContentType.JSON).body(Map.of("path", target.toString()))
                .post("/api/v1/maintenance/backup").then().statusCode(200).extract().jsonPath();
        int answeredWhenBackupReturned = answered.size();
        while (answered.size() < answeredWhenBackupReturned + 20) {
            Thread.sleep(10);
        }
        stop.set(true);
        for (Future<?> f : running) {
            f.get(60, TimeUnit.SECONDS);
        }
        writers.shutdown();

        assertThat(backup.getString("path")).isEqualTo(target.toString());
        assertThat(backup.getLong("sizeBytes")).isEqualTo(Files.size(target)).isPositive();
        assertThat(Files.exists(Path.of(target + ".part"))).isFalse();
        Instant standsFor = Instant.parse(backup.getString("standsFor"));
        List<String> before = answered.stream().filter(a -> a.at().isBefore(standsFor)).map(Answered::id).toList();
        assertThat(before).hasSizeGreaterThanOrEqualTo(40);
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + target);
             Statement s = copy.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("ok");
            }
            try (PreparedStatement q = copy.prepareStatement("SELECT (SELECT count(*) FROM document WHERE id = ?1),"
                    + " (SELECT count(*) FROM outbox_message WHERE document_id = ?1),"
                    + " (SELECT count(*) FROM exchange_log WHERE document_id = ?1)")) {
                for (String id : before) {
                    q.setString(1, id);
                    try (ResultSet r = q.executeQuery()) {
                        r.next();
                        assertThat(List.of(r.getInt(1), r.getInt(2), r.getInt(3))).as("document %s", id)
                                .containsExactly(1, 1, 1);
                    }
                }
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM document WHERE fsrar_id = '" + fsrarId + "'")) {
                r.next();
                assertThat(r.getInt(1)).as("the copy is a snapshot, not the database after the writers went on")
                        .isLessThan(answered.size());
            }
        }
        given().get("/api/v1/maintenance").then().statusCode(200)
                .body("lastBackup.path", org.hamcrest.Matchers.equalTo(target.toString()))
                .body("database", org.hamcrest.Matchers.equalTo("sqlite"));
    }

    @jakarta.inject.Inject
    ScheduledBackups scheduled;

    @Test
    void theDailyBackupIsNamedByItsMomentInTheFolderAndOpensAsADatabase() throws Exception {
        Path folder = Path.of("target/test-backups/daily-" + UUID.randomUUID());
        BackupResult first = scheduled.takeInto(folder, Instant.parse("2026-11-30T23:30:00Z"));
        BackupResult second = scheduled.takeInto(folder, Instant.parse("2026-12-01T23:30:00Z"));
        assertThat(Path.of(first.path()).getFileName().toString()).matches("egais-2026(1130|1201)-\\d{6}\\.db");
        assertThat(Files.list(folder).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder(Path.of(first.path()).getFileName().toString(),
                        Path.of(second.path()).getFileName().toString());
        try (Connection copy = DriverManager.getConnection("jdbc:sqlite:" + second.path());
             ResultSet r = copy.createStatement().executeQuery("SELECT count(*) FROM organization")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getInt(1)).isPositive();
        }
    }

    @Test
    void aBackupNeverOverwritesAFileAndSaysWhatIsWrongWithItsPath() throws Exception {
        Path existing = Files.createDirectories(Path.of("target/test-backups")).resolve(UUID.randomUUID() + ".db");
        Files.writeString(existing, "not to be overwritten");
        given().contentType(ContentType.JSON).body(Map.of("path", existing.toAbsolutePath().toString()))
                .post("/api/v1/maintenance/backup").then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("already exists"));
        assertThat(Files.readString(existing)).isEqualTo("not to be overwritten");

        given().contentType(ContentType.JSON).body(Map.of("path", "target/no-such-folder-" + UUID.randomUUID() + "/x.db"))
                .post("/api/v1/maintenance/backup").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", org.hamcrest.Matchers.equalTo("path"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/maintenance/backup").then().statusCode(422)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"path\": ")
                .post("/api/v1/maintenance/backup").then().statusCode(400);
        // A page on another site can post a form but not JSON without the browser asking first.
        given().contentType("text/plain").body("{\"path\":\"/tmp/x.db\"}")
                .post("/api/v1/maintenance/backup").then().statusCode(415);
    }
}
