package ru.egais.exchange.relay;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
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
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two packaged services, a head office "HQ" and a store "S1" with a simulated UTM, exchange 1,000 documents
 * through a real medium that loses, delays (reorders) and repeats messages: the head office asks the store to
 * transmit each, the store sends it to UTM and reports its status back. Each document is prepared once, sent
 * to UTM once and shown ACCEPTED at the head office once.
 */
abstract class RelayTwoNodesITBase {

    static final int DOCUMENTS = 1_000;
    static final int BATCHES = 10;
    static final int MAX_ROUNDS = 200;
    static final Map<String, String> SETTINGS = Map.of("egais.exchange.schedule-enabled", "false",
            "egais.relay.schedule-enabled", "false", "egais.schemas.check", "false");

    /** The settings of the store's transport as HQ uses them ("transport" and its object). */
    abstract Map<String, Object> hqSide();

    /** The settings of the head office's transport as S1 uses them. */
    abstract Map<String, Object> storeSide();

    /** Messages towards S1 (to = "S1") and towards HQ. */
    abstract FaultyMedium.Direction towardsStore();

    abstract FaultyMedium.Direction towardsHq();

    /** Checks on the medium once everything is through (e.g. personal mail still there). */
    void checkMediumAfterwards() throws Exception {
    }

    @Test
    void thousandDocumentsThroughLossRepeatAndReorderAreAppliedExactlyOnce() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "relay-it-");
        String fsrarId = Api.newFsrarId();
        FaultyMedium medium = new FaultyMedium(42);
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0).restsPositions(1);
             ServiceProcess hq = ServiceProcess.start(work.resolve("hq"), work.resolve("hq.log"), SETTINGS);
             ServiceProcess store = ServiceProcess.start(work.resolve("s1"), work.resolve("s1.log"), SETTINGS)) {
            given().port(store.port()).contentType(ContentType.JSON)
                    .body(Map.of("name", "Магазин", "utmUrl", utm.url(), "pollIntervalSeconds", 60))
                    .put("/api/v1/organizations/{id}", fsrarId).then().statusCode(200);
            putNode(store.port(), "HQ", "S1", "HEAD_OFFICE", storeSide());
            putNode(hq.port(), "S1", "HQ", "STORE", hqSide());

            long started = System.nanoTime();
            int rounds = 0;
            boolean done = false;
            while (!done && rounds < MAX_ROUNDS) {
                long t0 = System.nanoTime();
                if (rounds < BATCHES) {
                    askStoreToTransmit(hq.port(), fsrarId, rounds);
                }
                long t1 = System.nanoTime();
                exchange(hq.port(), "S1");
                medium.putBack(towardsHq());
                medium.disturb(towardsStore());
                long t2 = System.nanoTime();
                exchange(store.port(), "HQ");
                medium.putBack(towardsStore());
                medium.disturb(towardsHq());
                long t3 = System.nanoTime();
                given().port(store.port()).contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarId)))
                        .post("/api/v1/exchange").then().statusCode(200);
                System.out.printf("round %d: ask %d ms, HQ %d ms, S1 %d ms, UTM %d ms%n", rounds, (t1 - t0) / 1_000_000,
                        (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (System.nanoTime() - t3) / 1_000_000);
                rounds++;
                done = rounds >= BATCHES && allAcceptedAtHq(hq.port()) && pending(hq.port(), "S1") == 0
                        && pending(store.port(), "HQ") == 0;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            System.out.printf("relay %s: %d documents in %d rounds, %d ms; lost %d, delayed %d, repeated %d%n",
                    getClass().getSimpleName(), DOCUMENTS, rounds, millis, medium.lost, medium.delayed,
                    medium.repeated);
            assertThat(done).as("everything through within " + MAX_ROUNDS + " rounds").isTrue();

            JsonPath storeDocs = given().port(store.port()).queryParam("fsrarId", fsrarId).queryParam("limit", 5000)
                    .get("/api/v1/documents").then().statusCode(200).extract().jsonPath();
            assertThat(storeDocs.getList("externalId", String.class)).as("each prepared once at the store")
                    .hasSize(DOCUMENTS).doesNotHaveDuplicates().allMatch(e -> e.startsWith("hq-"));
            assertThat(utm.received()).as("each sent to UTM once").hasSize(DOCUMENTS);

            JsonPath hqDocs = given().port(hq.port()).queryParam("limit", 1000)
                    .get("/api/v1/relay/nodes/S1/documents").then().statusCode(200).extract().jsonPath();
            assertThat(hqDocs.getList("externalId", String.class)).hasSize(DOCUMENTS).doesNotHaveDuplicates();
            assertThat(new HashSet<>(hqDocs.getList("remoteId", String.class)))
                    .isEqualTo(new HashSet<>(storeDocs.getList("id", String.class)));
            assertThat(new HashSet<>(hqDocs.getList("status", String.class))).containsExactly("ACCEPTED");

            int storeIncoming = given().port(store.port()).queryParam("fsrarId", fsrarId).queryParam("limit", 5000)
                    .get("/api/v1/incoming").then().statusCode(200).extract().jsonPath().getList("id").size();
            List<String> hqIncoming = given().port(hq.port()).queryParam("limit", 1000)
                    .get("/api/v1/relay/nodes/S1/incoming").then().statusCode(200).extract().jsonPath()
                    .getList("remoteId", String.class);
            assertThat(hqIncoming).doesNotHaveDuplicates().hasSize(Math.min(storeIncoming, 1000));

            assertThat(medium.lost).as("messages lost on purpose").isPositive();
            assertThat(medium.delayed).as("messages reordered on purpose").isPositive();
            assertThat(medium.repeated).as("messages repeated on purpose").isPositive();
            JsonPath hqNode = node(hq.port(), "S1");
            JsonPath storeNode = node(store.port(), "HQ");
            System.out.printf("  HQ: sent %d, received %d, skipped %d, repeats ignored %d; S1: sent %d, received %d,"
                            + " skipped %d, repeats ignored %d%n", hqNode.getLong("lastSentNo"),
                    hqNode.getLong("lastReceivedNo"), hqNode.getLong("gapsSeen"), hqNode.getLong("repeatsIgnored"),
                    storeNode.getLong("lastSentNo"), storeNode.getLong("lastReceivedNo"),
                    storeNode.getLong("gapsSeen"), storeNode.getLong("repeatsIgnored"));
            assertThat(hqNode.getLong("repeatsIgnored") + storeNode.getLong("repeatsIgnored"))
                    .as("repeats and late messages detected by their numbers").isPositive();
            assertThat(hqNode.getLong("gapsSeen") + storeNode.getLong("gapsSeen"))
                    .as("lost messages detected by their numbers").isPositive();
            checkMediumAfterwards();
        }
    }

    /** A batch of requests, eight at a time (as the head office's systems would post them). */
    private static void askStoreToTransmit(int port, String fsrarId, int batch) throws Exception {
        int size = DOCUMENTS / BATCHES;
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> posted = new ArrayList<>();
            for (int i = batch * size; i < (batch + 1) * size; i++) {
                String externalId = "hq-" + i;
                posted.add(clients.submit(() -> given().port(port).contentType(ContentType.JSON)
                        .body(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "externalId", externalId))
                        .post("/api/v1/relay/nodes/S1/documents").then().statusCode(201)));
            }
            for (Future<?> f : posted) {
                f.get();
            }
        } finally {
            clients.shutdown();
        }
    }

    private static void putNode(int port, String code, String localCode, String role, Map<String, Object> transport) {
        Map<String, Object> body = new java.util.HashMap<>(transport);
        body.put("localCode", localCode);
        body.put("peerRole", role);
        body.put("intervalSeconds", 60);
        given().port(port).contentType(ContentType.JSON).body(body).put("/api/v1/relay/nodes/{code}", code)
                .then().statusCode(200);
    }

    private static void exchange(int port, String code) {
        JsonPath r = given().port(port).post("/api/v1/relay/nodes/{code}/exchange", code).then().statusCode(200)
                .extract().jsonPath();
        assertThat(r.getString("error")).as("exchange of " + code + " on " + port).isNull();
    }

    private static boolean allAcceptedAtHq(int port) {
        List<String> statuses = given().port(port).queryParam("limit", 1000).get("/api/v1/relay/nodes/S1/documents")
                .then().statusCode(200).extract().jsonPath().getList("status", String.class);
        Set<String> distinct = new HashSet<>(statuses);
        return statuses.size() == DOCUMENTS && distinct.size() == 1 && distinct.contains("ACCEPTED");
    }

    private static long pending(int port, String code) {
        return node(port, code).getLong("pendingChanges");
    }

    private static JsonPath node(int port, String code) {
        return given().port(port).get("/api/v1/relay/nodes/{code}", code).then().statusCode(200).extract().jsonPath();
    }
}
