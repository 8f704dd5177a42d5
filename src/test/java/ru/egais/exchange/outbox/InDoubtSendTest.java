package ru.egais.exchange.outbox;

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
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;

/** UTM took the document but its answer was lost: it is found in /opt/in and never posted twice. */
@QuarkusTest
class InDoubtSendTest extends WithSimulatedUtm {


    String act(String wbRegId) {
        return prepare(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Accepted", "actNumber", "1",
                "actDate", "2026-11-23", "wbRegId", wbRegId, "immediate", true)).getString("id");
    }

    @Test
    void aLostAnswerLeavesTheDocumentInDoubtAndItIsFoundInUtmNotResent() {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        utm.faults().loseAnswers(true);
        String id = act(ttn);
        JsonPath doubtful = document(id);
        assertThat(doubtful.getString("status")).isEqualTo("QUEUED");
        assertThat(doubtful.getString("lastError")).contains("not reachable");
        assertThat(utm.receivedCount("WayBillAct_v4")).as("UTM did take it").isEqualTo(1);

        utm.faults().clear();
        exchange(fsrarId);

        assertThat(utm.receivedCount("WayBillAct_v4")).as("not posted a second time").isEqualTo(1);
        JsonPath doc = document(id);
        assertThat(doc.getString("replyId")).isEqualTo(utm.received().get(0).replyId());
        assertThat(doc.getString("status")).isEqualTo("ACCEPTED");
        assertThat(given().get("/api/v1/documents/{id}/log", id).jsonPath().getList("detail", String.class))
                .anyMatch(d -> d.contains("found in UTM's /opt/in"));
    }

    @Test
    void ticketsThatArrivedBeforeTheDocumentWasFoundStillReachIt() {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        utm.faults().loseAnswers(true);
        String id = act(ttn);
        utm.faults().clear();
        // The tickets come in while we still do not know the replyId is ours.
        given().contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarId)))
                .post("/api/v1/incoming/fetch").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarId)))
                .post("/api/v1/incoming/process").then().statusCode(200);
        assertThat(document(id).getString("status")).isEqualTo("QUEUED");

        exchange(fsrarId);

        assertThat(document(id).getString("status")).isEqualTo("ACCEPTED");
        assertThat(document(id).getList("tickets")).hasSize(2);
        assertThat(utm.receivedCount("WayBillAct_v4")).isEqualTo(1);
    }

    @Test
    void aDocumentUtmNeverGotIsSentOnceUtmIsBack() {
        utm.down();
        String id = act("TTN-0000000001");
        utm.up();
        exchange(fsrarId);
        assertThat(utm.receivedCount("WayBillAct_v4")).isEqualTo(1);
        assertThat(document(id).getString("status")).isEqualTo("REJECTED"); // unknown TTN: EGAIS refuses it
    }
}
