package ru.egais.exchange.relay;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.relay.xml.RelayMessageWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** Messages found side by side are no gap: only numbers never seen are counted in gapsSeen. */
@QuarkusTest
class RelayGapsTest {

    @Test
    void olderMessagesSupersededByTheNewestAreNotCountedAsGaps() throws Exception {
        String peer = "HQ" + ThreadLocalRandom.current().nextInt(1_000_000);
        String local = "S" + ThreadLocalRandom.current().nextInt(1_000_000);
        Path shared = Files.createTempDirectory("relay-gaps");
        given().contentType("application/json").body(Map.of("localCode", local, "peerRole", "HEAD_OFFICE",
                        "transport", "DIRECTORY", "directory", Map.of("path", shared.toString())))
                .put("/api/v1/relay/nodes/{code}", peer).then().statusCode(200);

        for (long n = 1; n <= 3; n++) {
            drop(shared, new RelayMessage("EGAIS", peer, local, n, 0, List.of()));
        }
        given().post("/api/v1/relay/nodes/{code}/exchange", peer).then().statusCode(200);
        given().get("/api/v1/relay/nodes/{code}", peer).then().statusCode(200)
                .body("lastReceivedNo", equalTo(3)).body("gapsSeen", equalTo(0));

        drop(shared, new RelayMessage("EGAIS", peer, local, 5, 0, List.of())); // 4 never came
        drop(shared, new RelayMessage("EGAIS", peer, local, 6, 0, List.of()));
        given().post("/api/v1/relay/nodes/{code}/exchange", peer).then().statusCode(200);
        given().get("/api/v1/relay/nodes/{code}", peer).then().statusCode(200)
                .body("lastReceivedNo", equalTo(6)).body("gapsSeen", equalTo(1));
    }

    private static void drop(Path dir, RelayMessage message) throws Exception {
        Files.write(dir.resolve(message.fileName()), RelayMessageWriter.write(message));
    }
}
