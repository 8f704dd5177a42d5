package ru.egais.exchange.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/**
 * Each fault the UTM simulator can show, and the service coming through it: nothing lost, nothing sent twice,
 * the error visible while it lasts. (UTM down, 503 and {@code <error>} under 200 are in ExchangeEndToEndTest.)
 */
@QuarkusTest
class UtmFaultsSurvivalTest extends WithSimulatedUtm {


    String queryRests(boolean immediate) {
        return prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", immediate)).getString("id");
    }

    @Test
    void slowUtmIsWaitedFor() {
        utm.faults().slow(300);
        String id = queryRests(true);
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void http500KeepsTheDocumentQueuedUntilUtmRecovers() {
        utm.faults().httpStatus(500);
        String id = queryRests(true);
        assertThat(document(id).getString("lastError")).contains("HTTP 500");
        JsonPath failed = exchange(fsrarId);
        assertThat(failed.getString("[0].received.error")).contains("HTTP 500");

        utm.faults().clear();
        exchange(fsrarId);
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(utm.receivedCount("QueryRests_v2")).isEqualTo(1);
    }

    @Test
    void documentListedTwiceIsStoredAndAppliedOnce() {
        utm.faults().listTwice(true);
        String id = queryRests(true);
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(incoming(fsrarId).getList("id")).hasSize(1);
        assertThat(utm.listedCount()).isZero();
    }

    @Test
    void lostDeleteMeansTheDocumentComesBackAndHasNoSecondEffect() {
        utm.faults().loseDeletes(true);
        String id = queryRests(true);
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(utm.listedCount()).as("UTM still holds it").isEqualTo(1);

        JsonPath again = exchange(fsrarId);
        assertThat(again.getInt("[0].received.loaded")).isZero();
        assertThat(again.getInt("[0].received.duplicates")).isEqualTo(1);
        assertThat(incoming(fsrarId).getList("id")).hasSize(1);

        utm.faults().loseDeletes(false);
        exchange(fsrarId);
        assertThat(utm.listedCount()).isZero();
        assertThat(incoming(fsrarId).getList("id")).hasSize(1);
    }

    @Test
    void garbageAnswersAreFailuresAndNothingIsLostOrDoubled() {
        utm.faults().garbage(true);
        String id = queryRests(true);
        assertThat(document(id).getString("status")).isEqualTo("QUEUED");
        assertThat(document(id).getString("lastError")).contains("not well-formed");
        JsonPath failed = exchange(fsrarId);
        assertThat(failed.getString("[0].sent.error")).contains("not well-formed");

        utm.faults().garbage(false);
        exchange(fsrarId);
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(utm.receivedCount("QueryRests_v2")).isEqualTo(1);
    }

    @Test
    void utmRestartThatRenumbersOptOutNeverDeletesADocumentWeHaveNotSeen() throws Exception {
        String a = queryRests(true);
        String b = queryRests(true);
        fetchOnly(); // stores the replies to A (.../ReplyRests_v2/1) and B (.../ReplyRests_v2/2)
        String c = queryRests(true); // its reply waits at .../ReplyRests_v2/3, not seen by us yet
        // Another program on the same UTM removes the reply to A; then UTM is reinstalled and numbers anew:
        // B's reply becomes 1 and C's reply becomes 2 — the URL we stored for B's reply now names C's.
        java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(utm.url() + "/opt/out/ReplyRests_v2/1")).DELETE().build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        utm.restartRenumbering();

        given().contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarId)))
                .post("/api/v1/incoming/process").then().statusCode(200); // processes and deletes what it stored
        assertThat(utm.listedCount()).as("C's reply, never seen, is still in UTM").isEqualTo(2);

        exchange(fsrarId);
        assertThat(List.of(status(a), status(b), status(c))).containsOnly("ACCEPTED");
        assertThat(incoming(fsrarId).getList("id")).hasSize(3);
        assertThat(utm.listedCount()).isZero();
    }

    private void fetchOnly() {
        given().contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarId)))
                .post("/api/v1/incoming/fetch").then().statusCode(200);
    }
}
