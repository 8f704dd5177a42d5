package ru.egais.exchange.inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * A broken or hostile UTM, through the HTTP API: entries that cannot be fetched, URLs that are not the UTM's, a
 * UTM that trickles, a list that never ends. Nothing is lost, nothing blocks the rest, nothing answers 500.
 */
@QuarkusTest
@TestProfile(BrokenUtmTest.Limits.class)
class BrokenUtmTest extends WithSimulatedUtm {

    /**
     * Shared with {@link HostileIncomingTest} (each distinct profile is one more service start): the 2 MB document
     * limit is what that class tests, and none of these documents comes near it.
     */
    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("egais.utm.answer-deadline", "2S",
                    "egais.utm.max-list-entries", "1500",
                    "egais.incoming.fetch-retry-initial", "1H",
                    "egais.utm.max-document-size", "2M");
        }
    }

    static final String REPLY = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ns:Documents "
            + "xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\"><ns:Owner><ns:FSRAR_ID>3463047</ns:FSRAR_ID>"
            + "</ns:Owner><ns:Document><ns:ReplyAP_v2><x>%d</x></ns:ReplyAP_v2></ns:Document></ns:Documents>";

    JsonPath organization() {
        return given().get("/api/v1/organizations/{id}", fsrarId).then().statusCode(200).extract().jsonPath();
    }

    static double metric(String line) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        return metrics.lines().filter(l -> l.startsWith(line)).mapToDouble(l -> Double.parseDouble(
                l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void tenFailingEntriesAheadOfAThousandGoodOnesBlockNone() {
        List<String> gone = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            gone.add(utm.url() + "/opt/out/Ticket/" + (900_000 + i)); // deleted by another program: 404
        }
        utm.faults().listAhead(gone);
        for (int i = 1; i <= 1000; i++) {
            utm.deliver("ReplyAP_v2", null, REPLY.formatted(i));
        }
        long start = System.nanoTime();
        // A thousand documents take longer than RestAssured's default 30 s on a loaded machine.
        JsonPath first = given().config(io.restassured.RestAssured.config().httpClient(
                        io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 600_000)))
                .contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarId)))
                .post("/api/v1/exchange").then().statusCode(200).extract().jsonPath();
        System.out.printf("[figure] exchange of 10 failing entries ahead of 1,000 good ones: %d ms%n",
                (System.nanoTime() - start) / 1_000_000);
        assertThat(first.getInt("[0].received.loaded")).isEqualTo(1000);
        assertThat(first.getInt("[0].received.skipped")).isEqualTo(10);
        assertThat(utm.listedCount()).as("every good one stored and deleted from UTM").isZero();
        assertThat(organization().getString("lastError")).startsWith("10 listed document(s) not loaded");

        // Still listed: each waits for its back-off instead of being fetched on every exchange.
        JsonPath second = exchange(fsrarId);
        assertThat(second.getInt("[0].received.skipped")).isEqualTo(10);
        assertThat(second.getInt("[0].received.loaded")).isZero();
        assertThat(metric("egais_incoming_fetch_skipped_total{fsrarId=\"" + fsrarId + "\"")).isEqualTo(10);

        // Once the UTM stops listing them, they are forgotten and the error clears.
        utm.faults().clear();
        exchange(fsrarId);
        assertThat(organization().getString("lastError")).isNull();
    }

    @Test
    void urlsThatAreNotTheUtmsAreSkippedCountedAndReportedNeverA500() {
        try (UtmSimulator elsewhere = UtmSimulator.start(fsrarId, 0)) {
            elsewhere.deliver("ReplyAP_v2", null, REPLY.formatted(666));
            String otherHostPort = "127.0.0.1:" + elsewhere.port();
            double refusedBefore = metric("egais_utm_errors_total{call=\"list\",kind=\"bad_url\"");
            utm.faults().listAhead(List.of(
                    "http://localhost:8080/opt/out/Ticket 1",
                    "mailto:boss@example.com",
                    "opt/out/ReplyAP_v2/1",
                    "@" + otherHostPort + "/opt/out/ReplyAP_v2/1",
                    "http://" + otherHostPort + "/opt/out/ReplyAP_v2/1".replace("127.0.0.1", "127.0.0.2"),
                    "http://localhost:8080/opt/out/../../api/info/list"));
            utm.deliver("ReplyAP_v2", null, REPLY.formatted(1));

            given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/exchange").then().statusCode(200);
            JsonPath result = exchange(fsrarId);
            assertThat(result.getInt("[0].received.skipped")).isEqualTo(6);

            JsonPath in = incoming(fsrarId);
            assertThat(in.getList("id")).as("only the UTM's own document").hasSize(1);
            assertThat(elsewhere.listedCount()).as("nothing taken from another host").isEqualTo(1);
            assertThat(organization().getString("lastError")).startsWith("6 listed document(s) not loaded");
            assertThat(metric("egais_utm_errors_total{call=\"list\",kind=\"bad_url\"") - refusedBefore)
                    .isGreaterThanOrEqualTo(12);
            given().queryParam("fsrarId", fsrarId).get("/api/v1/incoming/check").then().statusCode(200);
        }
    }

    @Test
    void aTricklingUtmIsCutAtTheAnswerDeadlineAndCountedAsATimeout() {
        utm.deliver("ReplyAP_v2", null, REPLY.formatted(1));
        double before = metric("egais_utm_errors_total{call=\"list\",kind=\"timeout\"");
        utm.faults().trickle(1000);
        JsonPath result = exchange(fsrarId);
        assertThat(result.getString("[0].received.error")).contains("within 2 s (egais.utm.answer-deadline)");
        assertThat(metric("egais_utm_errors_total{call=\"list\",kind=\"timeout\"") - before).isGreaterThanOrEqualTo(1);

        utm.faults().clear();
        assertThat(exchange(fsrarId).getInt("[0].received.loaded")).isEqualTo(1);
    }

    @Test
    void aHugeListIsReadOnlyUpToItsCap() {
        utm.faults().hugeList(300L * 1024 * 1024);
        JsonPath result = exchange(fsrarId);
        assertThat(result.getInt("[0].received.listed")).isEqualTo(1500);
        assertThat(result.getString("[0].received.error")).contains("egais.utm.max-list-entries");
        utm.faults().clear();
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRestsShop_v2", "immediate", true)).getString("id");
        assertThat(id).isNotBlank();
    }

    static final String DECLARED_1251 = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><ns:Documents "
            + "xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\"><ns:Owner><ns:FSRAR_ID>3463047</ns:FSRAR_ID>"
            + "</ns:Owner><ns:Document><ns:ReplyAP_v2><x>Водка</x></ns:ReplyAP_v2></ns:Document></ns:Documents>";

    @Test
    void aDocumentDeclaredWindows1251ThatIsNotIsQuarantinedAndLeftInUtm() {
        utm.deliverBytes("ReplyAP_v2", DECLARED_1251.getBytes(StandardCharsets.UTF_8));
        exchange(fsrarId);
        JsonPath in = incoming(fsrarId);
        assertThat(in.getString("[0].status")).isEqualTo("QUARANTINED");
        assertThat(in.getString("[0].error")).contains("encoding");
        assertThat(utm.listedCount()).as("the original stays in UTM").isEqualTo(1);
    }

    @Test
    void aWindows1251DocumentIsServedAsItCameWithItsCharset() {
        byte[] original = DECLARED_1251.getBytes(Charset.forName("windows-1251"));
        utm.deliverBytes("ReplyAP_v2", original);
        exchange(fsrarId);
        JsonPath in = incoming(fsrarId);
        assertThat(in.getString("[0].status")).isNotEqualTo("QUARANTINED");
        io.restassured.response.Response xml = given().get("/api/v1/incoming/{id}/xml", in.getString("[0].id"));
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.contentType()).isEqualToIgnoringCase("application/xml;charset=windows-1251");
        assertThat(xml.asByteArray()).isEqualTo(original);
    }

    @Test
    void aDocumentNestedTwentyThousandDeepIsShownOnItsPage() {
        String deep = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "<a>".repeat(20_000) + "x" + "</a>".repeat(20_000);
        utm.deliverBytes("ReplyAP_v2", deep.getBytes(StandardCharsets.UTF_8));
        exchange(fsrarId);
        String id = incoming(fsrarId).getString("[0].id");
        for (int view = 0; view < 3; view++) {
            given().get("/ui/incoming/{id}", id).then().statusCode(200);
        }
    }
}
