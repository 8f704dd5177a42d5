package ru.egais.exchange.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.processOutbox;
import static ru.egais.exchange.testsupport.Api.status;

/** Cancel, cancel the last operation, correct and resubmit, restore the status from the log — through the API. */
@QuarkusTest
class DocumentLifecycleEndToEndTest extends WithSimulatedUtm {

    @Inject
    EntityManager entityManager;


    Map<String, Object> act(String wbRegId, boolean immediate) {
        Map<String, Object> act = new HashMap<>(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Accepted",
                "actNumber", "A-1", "actDate", "2026-11-23", "wbRegId", wbRegId));
        act.put("immediate", immediate);
        return act;
    }

    @Test
    void cancelBeforeSendTakesItOutOfTheQueue() {
        String id = prepare(act("TTN-0000000001", false)).getString("id");
        given().delete("/api/v1/documents/{id}/transmission", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED")).body("queue.state", equalTo("CANCELLED"));
        processOutbox(fsrarId);
        assertThat(utm.received()).isEmpty();
        assertThat(log(id).getList("event")).containsExactly("PREPARED", "CANCELLED");
    }

    @Test
    void cancelIsRefusedOnceUtmHasIt() {
        String id = prepare(act("TTN-0000000001", true)).getString("id");
        assertThat(status(id)).isEqualTo("SENT");
        given().delete("/api/v1/documents/{id}/transmission", id).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("UTM already has it"));
        assertThat(status(id)).isEqualTo("SENT");
    }

    @Test
    void rejectedActIsCancelledCorrectedResubmittedAndAccepted() {
        String wrong = prepare(act("TTN-0000009999", true)).getString("id");
        exchange(fsrarId);
        assertThat(status(wrong)).isEqualTo("REJECTED");

        given().post("/api/v1/documents/{id}/cancel-last-operation", wrong).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        String rightTtn = utm.deliverWaybill(1, 0, false).wbRegId();
        given().contentType(ContentType.JSON).body(act(rightTtn, false))
                .post("/api/v1/documents/{id}/resubmit", wrong).then().statusCode(200)
                .body("status", equalTo("QUEUED")).body("replyId", equalTo(null));
        given().get("/api/v1/documents/{id}/xml", wrong).then().body(containsString(rightTtn));
        exchange(fsrarId);
        exchange(fsrarId);

        assertThat(status(wrong)).isEqualTo("ACCEPTED");
        assertThat(utm.receivedCount("WayBillAct_v4")).isEqualTo(2);
        assertThat(log(wrong).getList("event")).contains("LAST_OPERATION_CANCELLED", "RESUBMITTED");
        given().post("/api/v1/documents/{id}/cancel-last-operation", wrong).then().statusCode(409)
                .body("detail", containsString("RequestRepealWB"));
        given().contentType(ContentType.JSON).body(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"))
                .post("/api/v1/documents/{id}/resubmit", wrong).then().statusCode(409);
    }

    @Test
    void correctionMustKeepTypeAndOrganization() {
        utm.faults().errorUnder200("Ошибка: неверный формат");
        String id = prepare(act("TTN-0000000001", true)).getString("id");
        assertThat(status(id)).isEqualTo("REJECTED");
        given().post("/api/v1/documents/{id}/cancel-last-operation", id).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"))
                .post("/api/v1/documents/{id}/resubmit", id).then().statusCode(422)
                .body("errors[0].field", equalTo("type"));
        utm.faults().clear();
        given().post("/api/v1/documents/{id}/resubmit", id).then().statusCode(200).body("status", equalTo("QUEUED"));
    }

    @Test
    void statusDamagedInTheDatabaseIsRestoredFromTheLog() {
        String id = prepare(act(utm.deliverWaybill(1, 0, false).wbRegId(), true)).getString("id");
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");

        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update document set status = 'QUEUED' where id = :id").setParameter("id", id)
                .executeUpdate());
        assertThat(status(id)).isEqualTo("QUEUED");

        given().post("/api/v1/documents/{id}/restore-status", id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        assertThat(log(id).getString("find { it.event == 'STATUS_RESTORED' }.detail"))
                .contains("was QUEUED, log says ACCEPTED");
        assertThat(log(id).getList("statusEvent")).contains("UTM_TOOK", "FORMAT_ACCEPTED", "OPERATION_ACCEPTED");
    }

    @Test
    void restoreAsksUtmWhenTheLogHoldsNoAnswerYet() {
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");
        assertThat(status(id)).isEqualTo("SENT"); // the reply waits in UTM; no exchange has run
        given().post("/api/v1/documents/{id}/restore-status", id).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        assertThat(utm.listedCount()).isZero();
        JsonPath doc = document(id);
        assertThat(doc.getString("status")).isEqualTo("ACCEPTED");
    }

    JsonPath log(String id) {
        return given().get("/api/v1/documents/{id}/log", id).then().statusCode(200).extract().jsonPath();
    }
}
