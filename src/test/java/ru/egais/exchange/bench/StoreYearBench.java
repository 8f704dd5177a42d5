package ru.egais.exchange.bench;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.maintenance.DailyRetention;
import ru.egais.exchange.maintenance.DatabaseFile;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.Api;
import ru.egais.exchange.testsupport.SettableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * A simulated year of a busy store, driven through the service's clock: every day {@code bench.year.documents}
 * documents (classifier queries, each answered by EGAIS, and one QueryRests_v2 answered by a
 * {@code bench.year.positions}-position ReplyRests_v2), an exchange, and the night's retention at the configured
 * ages. Reports the database's size on disk at every month's end and at the end (goal: under 2 GB for 365 days of
 * 300 documents and 50,000 positions). Scale it down for a quick run: {@code -Dbench.year.days=60
 * -Dbench.year.documents=50 -Dbench.year.positions=5000}.
 */
@QuarkusTest
@TestProfile(StoreYearBench.SimulatedYear.class)
class StoreYearBench {

    static final int DAYS = Integer.getInteger("bench.year.days", 365);
    static final int DOCUMENTS = Integer.getInteger("bench.year.documents", 300);
    static final int POSITIONS = Integer.getInteger("bench.year.positions", 50_000);
    static final Instant FIRST_MORNING = Instant.parse("2026-01-01T07:00:00Z");

    /** No background schedule: the bench drives every step, and the settable clock (every test's) sets the day. */
    public static class SimulatedYear implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("egais.schemas.check", "false", "egais.maintenance.schedule-enabled", "false");
        }
    }

    @Inject
    SettableClock clock;

    @Inject
    DailyRetention retention;

    @Inject
    DatabaseFile database;

    @Test
    void aYearOfABusyStore() {
        String fsrarId = "030000000365";
        long started = System.nanoTime();
        StringBuilder months = new StringBuilder();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0).restsPositions(POSITIONS)) {
            clock.set(FIRST_MORNING);
            Api.configureOrganization(fsrarId, utm.url());
            for (int day = 0; day < DAYS; day++) {
                Instant morning = FIRST_MORNING.plus(Duration.ofDays(day));
                clock.set(morning);
                for (int i = 0; i < DOCUMENTS - 1; i++) {
                    given().contentType(ContentType.JSON).body(Map.of("fsrarId", fsrarId,
                                    "type", i % 2 == 0 ? "QueryClients" : "QueryAP", "by", "ИНН",
                                    "value", String.format("77%08d", day * 1000 + i)))
                            .post("/api/v1/queries/classifier").then().statusCode(201);
                }
                Api.prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"));
                while (Api.processOutbox(fsrarId).getInt("[0].sent") > 0) {
                    // the drain sends a batch at a time
                }
                clock.set(morning.plus(Duration.ofHours(2)));
                while (Api.exchange(fsrarId).getInt("[0].received.loaded") > 0) {
                    // UTM lists a page of documents at a time
                }
                clock.set(morning.plus(Duration.ofHours(21))); // 04:00 the next night: retention is due
                retention.runIfDue();
                if ((day + 1) % 30 == 0 || day + 1 == DAYS) {
                    months.append(String.format(" day %d: %.0f MB;", day + 1,
                            database.sizeOnDisk().orElse(0L) / 1e6));
                }
            }
        }
        long bytes = database.sizeOnDisk().orElseThrow();
        BenchReport.record("simulated store year", String.format("%d days x %d documents, one %d-position "
                        + "ReplyRests_v2 a day, retention at the defaults: database %.0f MB at the end (goal < 2 GB);"
                        + "%s run took %.0f s", DAYS, DOCUMENTS, POSITIONS, bytes / 1e6, months,
                (System.nanoTime() - started) / 1e9));
    }
}
