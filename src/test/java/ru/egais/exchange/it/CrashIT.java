package ru.egais.exchange.it;

import io.restassured.RestAssured;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.ReceivedDocument;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged service is killed with SIGKILL at random moments while documents flow both ways (acts posted and
 * sent, tickets and supplier waybills received), and started again on the same data directory. At the end the
 * simulated UTM's record must show every document sent exactly once, every incoming document stored exactly once,
 * and nothing left behind. Identical {@code QueryRests_v2} go along (every one of an organization is the same text)
 * while another program posts the same query through the same UTM: no two documents may hold one replyId, and each
 * document's replyId must be an entry with its own text. Short by default (CI); the long run:
 * {@code -Dcrash.kills=50 -Dcrash.documents=2000}.
 */
class CrashIT {

    static final int KILLS = Integer.getInteger("crash.kills", 8);
    static final int DOCUMENTS = Integer.getInteger("crash.documents", 240);
    static final Map<String, String> SETTINGS = Map.of(
            "egais.exchange.tick", "200ms",
            "egais.outbox.retry.initial-backoff", "200ms",
            "egais.outbox.retry.max-backoff", "2S",
            "quarkus.log.category.\"ru.egais\".level", "WARN");
    static final Pattern IDENTITY = Pattern.compile("<wa:Identity>([^<]+)</wa:Identity>");

    volatile ServiceProcess service;

    @AfterEach
    void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        RestAssured.reset();
    }

    @Test
    void killedAtRandomItLosesNothingAndSendsNothingTwice() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-");
        Path log = dataDir.resolve("service.log");
        String fsrarId = "030000" + (100000 + ThreadLocalRandom.current().nextInt(900000));
        List<String> identities = new ArrayList<>();
        int waybills = 0;
        int kills = 0;
        long started = System.nanoTime();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0).answerDelay(Duration.ofMillis(300))) {
            service = ServiceProcess.start(dataDir, log, SETTINGS);
            RestAssured.port = service.port();
            retrying(() -> given().contentType("application/json")
                    .body(Map.of("utmUrl", utm.url(), "pollIntervalSeconds", 1))
                    .put("/api/v1/organizations/{id}", fsrarId).then().statusCode(200).extract().statusCode());
            int perRound = DOCUMENTS / KILLS;
            List<String> queries = new ArrayList<>();
            String queryXml = retrying(() -> {
                String id = postQuery(fsrarId, "q-first", false);
                return given().get("/api/v1/documents/{id}/xml", id).then().statusCode(200).extract().asString();
            });
            queries.add("q-first");
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread otherProgram = new Thread(() -> { // 1C asking for the same stock through the same UTM
                // About three a round: each brings EGAIS's answer into /opt/out too, which the service loads.
                for (int posts = 0; running.get() && posts < 3 * KILLS; posts++) {
                    utm.postForeign("QueryRests_v2", queryXml);
                    try {
                        Thread.sleep(ThreadLocalRandom.current().nextLong(200, 800));
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            otherProgram.start();
            for (int round = 0; round < KILLS; round++) {
                List<String> batch = new ArrayList<>();
                for (int i = 0; i < perRound; i++) {
                    batch.add("crash-" + round + "-" + i);
                }
                identities.addAll(batch);
                utm.deliverWaybill(1, 0, round % 2 == 0); // incoming too, in either order
                waybills++;
                AtomicInteger posted = new AtomicInteger();
                List<Throwable> posterFailures = new java.util.concurrent.CopyOnWriteArrayList<>();
                int r = round;
                Thread poster = new Thread(() -> batch.forEach(id -> {
                    postAct(fsrarId, id, posted.get() % 4 == 0);
                    if (posted.get() % 4 == 1) {
                        String q = "q-" + r + "-" + posted.get();
                        postQuery(fsrarId, q, posted.get() % 8 == 1);
                        queries.add(q);
                    }
                    posted.incrementAndGet();
                }));
                poster.setUncaughtExceptionHandler((t, e) -> posterFailures.add(e));
                poster.start();
                Thread.sleep(ThreadLocalRandom.current().nextLong(100, 1500));
                assertThat(service.kill()).isEqualTo(ServiceProcess.KILLED);
                kills++;
                service = ServiceProcess.start(dataDir, log, SETTINGS);
                RestAssured.port = service.port();
                poster.join();
                assertThat(posterFailures).as("every document of the round was accepted by the API").isEmpty();
                assertThat(posted.get()).isEqualTo(batch.size());
            }
            running.set(false);
            otherProgram.join();
            // Let the last instance finish: every act answered, /opt/out empty.
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (System.nanoTime() < deadline && (utm.listedCount() > 0 || unfinished(fsrarId) > 0
                    || utm.outCount() > 0)) {
                Thread.sleep(250);
            }

            Map<String, Integer> sentTimes = new HashMap<>();
            for (ReceivedDocument d : utm.received()) {
                Matcher m = IDENTITY.matcher(d.xml());
                if (d.element().equals("WayBillAct_v4") && m.find()) {
                    sentTimes.merge(m.group(1), 1, Integer::sum);
                }
            }
            List<String> lost = identities.stream().filter(id -> !sentTimes.containsKey(id)).toList();
            List<String> twice = sentTimes.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
            Set<String> hashes = new HashSet<>(all(fsrarId, "/api/v1/incoming", "id"));
            Map<String, ReceivedDocument> inUtm = new HashMap<>();
            utm.received().forEach(d -> inUtm.put(d.replyId(), d));
            List<String> replyIds = all(fsrarId, "/api/v1/documents", "replyId");
            List<String> types = all(fsrarId, "/api/v1/documents", "docType");
            List<String> held = new ArrayList<>();
            long foreignTaken = 0;
            for (int i = 0; i < replyIds.size(); i++) {
                ReceivedDocument d = inUtm.get(replyIds.get(i));
                assertThat(d).as("replyId %s is an entry of UTM's /opt/in", replyIds.get(i)).isNotNull();
                assertThat(d.element()).as("a replyId of an entry with its own text").isEqualTo(types.get(i));
                foreignTaken += d.foreign() ? 1 : 0;
            }
            long foreignEntries = utm.received().stream().filter(ReceivedDocument::foreign).count();
            long queriesInUtm = utm.ours().stream().filter(d -> d.element().equals("QueryRests_v2")).count();
            int inDoubtAtEnd = all(fsrarId, "/api/v1/documents?inDoubt=true", "id").size();
            String figures = String.format("%s crash run: %d kills, %d documents sent, %d supplier waybills "
                            + "(%d incoming documents delivered by UTM), %.0f s; lost %d, sent twice %d, incoming "
                            + "stored %d, unfinished %d, left in /opt/out %d; %d identical queries (%d posts of ours in "
                            + "/opt/in), in doubt at the end %d, foreign entries in /opt/in %d, foreign replyIds taken %d%n",
                    LocalDate.now(), kills, identities.size(),
                    waybills, utm.deliveredCount(), (System.nanoTime() - started) / 1e9, lost.size(), twice.size(),
                    hashes.size(), unfinished(fsrarId), utm.outCount(), queries.size(), queriesInUtm, inDoubtAtEnd,
                    foreignEntries, foreignTaken);
            System.out.print(figures);
            Files.createDirectories(Path.of("target", "crash"));
            Files.writeString(Path.of("target", "crash", "crash-run.txt"), figures);

            assertThat(replyIds).as("no two documents hold one replyId").doesNotHaveDuplicates();
            assertThat(replyIds).as("every document, queries included, is in UTM").hasSize(identities.size() + queries.size())
                    .doesNotContainNull();
            assertThat(inDoubtAtEnd).as("in doubt at the end").isZero();
            assertThat(lost).as("documents never sent").isEmpty();
            assertThat(twice).as("documents sent more than once").isEmpty();
            assertThat(sentTimes.keySet()).containsExactlyInAnyOrderElementsOf(identities);
            assertThat(hashes).as("every incoming document stored exactly once").hasSize((int) utm.deliveredCount());
            assertThat(unfinished(fsrarId)).as("documents still waiting").isZero();
            assertThat(utm.outCount()).as("left in /opt/out").isZero();
        }
    }

    private String postQuery(String fsrarId, String externalId, boolean immediate) {
        return retrying(() -> {
            var answer = given().contentType("application/json").body(Map.of("fsrarId", fsrarId,
                    "type", "QueryRests_v2", "externalId", externalId, "immediate", immediate))
                    .post("/api/v1/documents").then().extract();
            if (answer.statusCode() != 201 && answer.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + answer.statusCode());
            }
            return answer.jsonPath().getString("id");
        });
    }

    private void postAct(String fsrarId, String identity, boolean immediate) {
        retrying(() -> {
            int status = given().contentType("application/json").body(Map.of("fsrarId", fsrarId,
                            "type", "WayBillAct_v4", "externalId", identity, "identity", identity, "isAccept", "Accepted",
                            "actNumber", identity, "actDate", "2026-11-23", "wbRegId", "TTN-0000000001",
                            "immediate", immediate))
                    .post("/api/v1/documents").then().extract().statusCode();
            if (status != 201 && status != 200) {
                throw new IllegalStateException("HTTP " + status);
            }
            return null;
        });
    }

    private int unfinished(String fsrarId) {
        return (int) all(fsrarId, "/api/v1/documents", "status").stream()
                .filter(s -> !s.equals("ACCEPTED") && !s.equals("REJECTED")).count();
    }

    /** One field of every row of a list call, page by page. */
    private static List<String> all(String fsrarId, String path, String field) {
        List<String> values = new ArrayList<>();
        for (int offset = 0; ; offset += 1000) {
            int from = offset;
            List<String> page = retrying(() -> given().urlEncodingEnabled(false).queryParam("fsrarId", fsrarId).queryParam("offset", from)
                    .queryParam("limit", 1000).get(path).then().statusCode(200).extract().jsonPath().getList(field));
            values.addAll(page);
            if (page.size() < 1000) {
                return values;
            }
        }
    }

    /** Calls the service, riding out the moments it is down (killed and not yet restarted). */
    private static <T> T retrying(java.util.function.Supplier<T> call) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            try {
                return call.get();
            } catch (Exception | AssertionError e) { // RestAssured throws ConnectException unchecked-ly
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
