package ru.egais.exchange.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.relay.xml.RelayMessageWriter;
import ru.egais.exchange.testsupport.SettableClock;
import ru.egais.exchange.testsupport.TestFtpServer;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hostile or broken medium never blocks a node pair (issue 17): files that cannot be applied are set aside
 * (shown, counted, never read again) and valid ones beside them applied; sizes are capped; links not followed;
 * a dead FTP server is retried by later ticks, not in the caller's thread. All through the HTTP API.
 */
@QuarkusTest
@TestProfile(RelayHostileMediaTest.Profile.class)
class RelayHostileMediaTest {

    /** The cap of a message file in these tests. */
    static final long CAP = 1024 * 1024;

    /** A small size cap (the default is 32 MiB). */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("egais.schemas.check", "false", "egais.relay.max-message-bytes", String.valueOf(CAP));
        }
    }

    @Inject
    SettableClock clock;

    @Inject
    RelayService relay;

    @Inject
    MeterRegistry registry;

    @AfterEach
    void backToTheSystemsTime() {
        clock.reset();
    }

    private final String local = "S" + ThreadLocalRandom.current().nextInt(1_000_000);

    @Test
    void anUnreadableFileWithTheHighestNumberIsSetAsideAndLaterValidMessagesAreApplied() throws Exception {
        Path shared = Files.createTempDirectory("relay-hostile");
        String peer = directoryNode(shared);
        Files.writeString(shared.resolve(name(peer, 999_999)), "<not-an-exchange-message>", StandardCharsets.UTF_8);
        drop(shared, message(peer, 1));

        exchange(peer);
        JsonPath node = node(peer);
        assertThat(node.getLong("lastReceivedNo")).as("the valid message beside it").isEqualTo(1);
        assertThat(node.getInt("quarantined")).isEqualTo(1);
        assertThat(node.getString("lastError")).contains(name(peer, 999_999), "set aside");
        assertThat(node.getInt("failures")).as("a file set aside is no failed exchange").isZero();
        List<Map<String, Object>> list = given().get("/api/v1/relay/nodes/{code}/quarantine", peer).then()
                .statusCode(200).extract().jsonPath().getList("$");
        assertThat(list).singleElement().satisfies(q -> {
            assertThat(q.get("fileName")).isEqualTo(name(peer, 999_999));
            assertThat((String) q.get("reason")).contains("not a readable exchange message");
        });
        assertThat(quarantineCount(peer)).isEqualTo(1.0);

        // the next valid messages go through; the file set aside is not read again (nor counted again)
        drop(shared, message(peer, 2));
        exchange(peer);
        drop(shared, message(peer, 3));
        exchange(peer);
        node = node(peer);
        assertThat(node.getLong("lastReceivedNo")).isEqualTo(3);
        assertThat(node.getString("lastError")).isNull();
        assertThat(node.getInt("quarantined")).isEqualTo(1);
        assertThat(quarantineCount(peer)).isEqualTo(1.0);
        assertThat(shared.resolve(name(peer, 999_999))).as("kept for a person to look at").exists();
    }

    @Test
    void aFileWhoseContentIsAnotherMessageIsSetAside() throws Exception {
        Path shared = Files.createTempDirectory("relay-hostile");
        String peer = directoryNode(shared);
        // a real message of the pair, under a name that claims a far higher number
        Files.write(shared.resolve(name(peer, 50)), RelayMessageWriter.write(message(peer, 1)));
        drop(shared, message(peer, 2));

        exchange(peer);
        assertThat(node(peer).getLong("lastReceivedNo")).isEqualTo(2);
        assertThat(given().get("/api/v1/relay/nodes/{code}/quarantine", peer).then().statusCode(200).extract()
                .jsonPath().getString("[0].reason")).contains("says it is");
    }

    @Test
    void aZeroPaddedNumberIsRead() throws Exception {
        Path shared = Files.createTempDirectory("relay-hostile");
        String peer = directoryNode(shared);
        Path padded = shared.resolve("Message_EGAIS_" + peer + "_" + local + "_0005.xml");
        Files.write(padded, RelayMessageWriter.write(message(peer, 5)));

        JsonPath result = exchange(peer);
        assertThat(result.getLong("received")).isEqualTo(5);
        assertThat(node(peer).getLong("lastReceivedNo")).isEqualTo(5);
        assertThat(node(peer).getInt("quarantined")).isZero();
        assertThat(padded).as("deleted under its own name once applied").doesNotExist();
    }

    @Test
    void aSymlinkedMessageFileIsNotFollowed() throws Exception {
        Path shared = Files.createTempDirectory("relay-hostile");
        String peer = directoryNode(shared);
        Path elsewhere = Files.createTempDirectory("relay-elsewhere").resolve("valid.xml");
        Files.write(elsewhere, RelayMessageWriter.write(message(peer, 4)));
        Files.createSymbolicLink(shared.resolve(name(peer, 4)), elsewhere);

        exchange(peer);
        JsonPath node = node(peer);
        assertThat(node.getLong("lastReceivedNo")).as("what the link points to is not applied").isZero();
        assertThat(node.getInt("quarantined")).isEqualTo(1);
        assertThat(node.getString("lastError")).contains("symbolic link");
        assertThat(elsewhere).as("the target is untouched").exists();
    }

    @Test
    void a300MegabyteFileIsSetAsideUnreadThroughADirectory() throws Exception {
        Path shared = Files.createTempDirectory("relay-hostile");
        String peer = directoryNode(shared);
        huge(shared.resolve(name(peer, 9)));
        drop(shared, message(peer, 8));

        JsonPath result = exchange(peer);
        assertThat(result.getLong("received")).isEqualTo(8);
        JsonPath node = node(peer);
        assertThat(node.getString("lastError")).contains(name(peer, 9), "max-message-bytes");
        assertThat(node.getInt("quarantined")).isEqualTo(1);
    }

    @Test
    void a300MegabyteFileIsCutShortThroughFtp() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "relay-hostile-ftp").toAbsolutePath();
        try (TestFtpServer server = TestFtpServer.start(root, Map.of())) {
            String peer = "HQ" + ThreadLocalRandom.current().nextInt(1_000_000);
            putNode(peer, "HEAD_OFFICE", Map.of("transport", "FTP", "ftp", Map.of("host", "127.0.0.1", "port",
                    server.port(), "user", "relay", "password", "secret", "timeoutMillis", 10_000)));
            huge(root.resolve(name(peer, 9)));
            Files.write(root.resolve(name(peer, 8)), RelayMessageWriter.write(message(peer, 8)));

            JsonPath result = exchange(peer);
            assertThat(result.getLong("received")).as("the valid one after the huge one").isEqualTo(8);
            assertThat(result.getString("error")).contains(name(peer, 9), "max-message-bytes");
            assertThat(node(peer).getInt("quarantined")).isEqualTo(1);
            assertThat(node(peer).getInt("failures")).isZero();
        }
    }

    @Test
    void aDeadFtpServerIsRetriedByLaterTicksNotInTheCallersThread() throws Exception {
        Instant t0 = Instant.parse("2031-03-01T10:00:00Z");
        clock.set(t0);
        try (DeadServer dead = new DeadServer()) {
            String store = "ST" + ThreadLocalRandom.current().nextInt(1_000_000);
            Map<String, Object> ftp = Map.of("host", "127.0.0.1", "port", dead.port(), "user", "relay",
                    "password", "secret", "retryPeriodMillis", 120_000, "retryAttempts", 2, "timeoutMillis", 5_000);
            putNode(store, "STORE", Map.of("transport", "FTP", "ftp", ftp));
            // something to send: the store is asked to transmit a document
            given().contentType("application/json").body(Map.of("fsrarId", "030000000001", "type", "QueryRests_v2",
                    "externalId", "dead-ftp-1")).post("/api/v1/relay/nodes/{code}/documents", store)
                    .then().statusCode(201);

            JsonPath result = exchange(store);
            assertThat(result.getString("error")).contains("receive:", "send:");
            // one attempt to list, one to upload: the retries (up to 2, two minutes apart) are not made here
            assertThat(dead.connections.get()).isEqualTo(2);
            JsonPath node = node(store);
            assertThat(node.getInt("failures")).isEqualTo(1);
            assertThat(Instant.parse(node.getString("retryAt"))).isBetween(t0.plusSeconds(119), t0.plusSeconds(130));

            clock.set(t0.plusSeconds(60));
            relay.exchangeDue();
            assertThat(node(store).getInt("failures")).as("not due yet").isEqualTo(1);
            assertThat(dead.connections.get()).as("not even a flag listing before retryAt").isEqualTo(2);

            clock.set(t0.plusSeconds(125));
            relay.exchangeDue();
            node = node(store);
            assertThat(node.getInt("failures")).as("retried by the tick").isEqualTo(2);
            assertThat(dead.connections.get()).as("one listing, one upload").isEqualTo(4);
            Instant second = Instant.parse(node.getString("retryAt"));
            assertThat(second).isAfter(t0.plusSeconds(240));

            clock.set(second.plusSeconds(5));
            relay.exchangeDue();
            node = node(store);
            assertThat(node.getInt("failures")).isEqualTo(3);
            assertThat(node.getString("retryAt")).as("retries used up: the node's interval again").isNull();
        }
    }

    private String directoryNode(Path shared) {
        String peer = "HQ" + ThreadLocalRandom.current().nextInt(1_000_000);
        putNode(peer, "HEAD_OFFICE", Map.of("transport", "DIRECTORY", "directory", Map.of("path", shared.toString())));
        return peer;
    }

    private void putNode(String code, String role, Map<String, Object> transport) {
        Map<String, Object> body = new HashMap<>(transport);
        body.put("localCode", local);
        body.put("peerRole", role);
        body.put("intervalSeconds", 3600);
        given().contentType("application/json").body(body).put("/api/v1/relay/nodes/{code}", code)
                .then().statusCode(200);
    }

    private static JsonPath exchange(String code) {
        return given().post("/api/v1/relay/nodes/{code}/exchange", code).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();
    }

    private static JsonPath node(String code) {
        return given().get("/api/v1/relay/nodes/{code}", code).then().statusCode(200).extract().jsonPath();
    }

    private RelayMessage message(String peer, long number) {
        return new RelayMessage("EGAIS", peer, local, number, 0, List.of());
    }

    private String name(String peer, long number) {
        return RelayFileName.message("EGAIS", peer, local, number);
    }

    private static void drop(Path dir, RelayMessage message) throws IOException {
        Files.write(dir.resolve(message.fileName()), RelayMessageWriter.write(message));
    }

    /** A sparse 300 MB file: as large as a file gets to whoever reads it, at no disk cost. */
    private static void huge(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write("<?xml version=\"1.0\"?><m>".getBytes(StandardCharsets.US_ASCII));
            f.setLength(300L * 1024 * 1024);
        }
    }

    private double quarantineCount(String peer) {
        Counter c = registry.find("egais.relay.quarantined").tag("node", peer).counter();
        return c == null ? 0 : c.count();
    }

    /** Accepts connections, counts them and hangs up at once: an FTP server that is there and dead. */
    private static final class DeadServer implements AutoCloseable {
        final AtomicInteger connections = new AtomicInteger();
        private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final Thread acceptor = new Thread(this::run, "dead-ftp");

        DeadServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        private void run() {
            while (!socket.isClosed()) {
                try (Socket s = socket.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
