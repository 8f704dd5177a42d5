package ru.egais.exchange.workstation;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.ReceivedDocument;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.SettableClock;
import ru.egais.exchange.workstation.client.WorkstationClient;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * A workstation settles an in-doubt message by what it finds in its UTM's /opt/in, but takes no mark before its
 * POST: an entry with the same text may be another program's post of the same document. It never takes that
 * replyId: a query is posted again, a document with legal weight is held.
 */
@QuarkusTest
class WorkstationInDoubtTest {

    @TestHTTPResource("/")
    URL service;

    @Inject
    SettableClock clock;

    String fsrarId;
    UtmSimulator utm;

    @BeforeEach
    void startUtm() {
        fsrarId = newFsrarId();
        utm = UtmSimulator.start(fsrarId, 0);
        given().contentType(ContentType.JSON).body(Map.of("utmUrl", utm.url(), "exchangeMode", "WORKSTATION",
                "pollIntervalSeconds", 60)).put("/api/v1/organizations/{id}", fsrarId).then().statusCode(200);
    }

    @AfterEach
    void stopUtm() {
        utm.close();
        clock.reset();
    }

    private static String xml(String id) {
        return given().get("/api/v1/documents/{id}/xml", id).then().statusCode(200).extract().asString();
    }

    private JsonPath pull(String workstation, int leaseSeconds) {
        return given().contentType(ContentType.JSON).body(Map.of("workstationId", workstation, "leaseSeconds", leaseSeconds))
                .post("/api/v1/exchange/workstation/{id}/pull", fsrarId).then().statusCode(200).extract().jsonPath();
    }

    /** kassa-1 takes the message and dies before posting it; kassa-2 gets it in doubt and finds the foreign twin. */
    private void inDoubtFoundOnlyAsAnotherProgramsEntry(String foreign) {
        assertThat(pull("kassa-1", 1).getList("messages")).hasSize(1);
        clock.tick(Duration.ofSeconds(2)); // the lease runs out: the message returns in doubt
        JsonPath batch = pull("kassa-2", 60);
        assertThat(batch.getBoolean("messages[0].inDoubt")).isTrue();
        given().contentType(ContentType.JSON).body(List.of(Map.of("messageId", batch.getString("messages[0].messageId"),
                        "foundReplyIds", List.of(foreign))))
                .post("/api/v1/exchange/workstation/{id}/answers", fsrarId).then().statusCode(200);
    }

    @Test
    void aQueryWhoseOnlyTwinIsAnotherProgramsIsPostedAgainAndNeverTakesItsReplyId() throws Exception {
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("id");
        String foreign = utm.postForeign("QueryRests_v2", xml(id)); // 1C's query, byte-identical to ours

        inDoubtFoundOnlyAsAnotherProgramsEntry(foreign);

        assertThat(document(id).getString("replyId")).isNull();
        assertThat(document(id).getBoolean("queue.inDoubt")).isFalse();
        new WorkstationClient(service.toString(), null, fsrarId, utm.url(), "kassa-2").sendQueue();
        assertThat(utm.receivedCount("QueryRests_v2")).isEqualTo(2);
        assertThat(document(id).getString("replyId")).isNotEqualTo(foreign)
                .isEqualTo(utm.ours().stream().map(ReceivedDocument::replyId).findFirst().orElseThrow());
    }

    @Test
    void anActWhoseOnlyTwinIsAnotherProgramsIsHeldNotGivenItsReplyId() throws Exception {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Accepted", "actNumber", "1",
                "actDate", "2026-11-23", "wbRegId", ttn)).getString("id");
        String foreign = utm.postForeign("WayBillAct_v4", xml(id));

        inDoubtFoundOnlyAsAnotherProgramsEntry(foreign);

        JsonPath held = document(id);
        assertThat(held.getString("replyId")).isNull();
        assertThat(held.getString("queue.state")).isEqualTo("IN_DOUBT");
        assertThat(held.getString("lastError")).contains("no mark");
        assertThat(pull("kassa-2", 60).getList("messages")).as("held: not handed out to be posted").isEmpty();
        assertThat(utm.receivedCount("WayBillAct_v4")).isEqualTo(1);
    }
}
