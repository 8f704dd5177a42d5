package ru.egais.exchange.waybill;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.SupplierWaybill;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;

/** What a back office found wrong (issue 21, "Wrong today"), each through the HTTP API against the simulator. */
@QuarkusTest
class BackOfficeCorrectionsTest extends WithSimulatedUtm {

    JsonPath waybills() {
        return given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void waybillPositionsAreListedInTheirNumberOrder() {
        utm.deliverWaybill(11, 0, false);
        exchange(fsrarId);
        List<String> identities = waybills().getList("[0].positions.identity", String.class);
        assertThat(identities).containsExactlyElementsOf(IntStream.rangeClosed(1, 11).mapToObj(String::valueOf).toList());
        String id = waybills().getString("[0].id");
        assertThat(given().get("/api/v1/waybills/{id}", id).then().statusCode(200).extract().jsonPath()
                .getList("positions.identity", String.class)).containsExactlyElementsOf(identities);
    }

    /** An accepted act for a supplier's waybill, and that waybill's TTN. */
    private String[] acceptedAct() {
        SupplierWaybill shipped = utm.deliverWaybill(1, 0, false);
        exchange(fsrarId);
        String actId = given().contentType(ContentType.JSON).body(Map.of("isAccept", "Accepted", "immediate", true))
                .post("/api/v1/waybills/{id}/act", waybills().getString("[0].id"))
                .then().statusCode(201).extract().jsonPath().getString("id");
        exchange(fsrarId);
        assertThat(document(actId).getString("status")).isEqualTo("ACCEPTED");
        return new String[]{actId, shipped.wbRegId()};
    }

    private Map<String, Object> repealRequest(String wbRegId, boolean immediate) {
        return new HashMap<>(Map.of("fsrarId", fsrarId, "type", "RequestRepealWB", "clientId", fsrarId,
                "requestNumber", "R-1", "requestDate", "2026-11-23T12:00:00", "wbRegId", wbRegId,
                "immediate", immediate));
    }

    @Test
    void aRepealRequestCancelledBeforeSendingLeavesTheActAccepted() {
        String[] act = acceptedAct();
        String repeal = prepare(repealRequest(act[1], false)).getString("id");
        given().delete("/api/v1/documents/{id}/transmission", repeal).then().statusCode(200);
        assertThat(document(repeal).getString("status")).isEqualTo("CANCELLED");
        assertThat(document(act[0]).getString("status")).isEqualTo("ACCEPTED");
        assertThat(waybills().getString("[0].state")).isEqualTo("ACCEPTED");
    }

    @Test
    void aRepealRequestRejectedByEgaisLeavesTheActAccepted() {
        String[] act = acceptedAct();
        utm.answerDelay(Duration.ofHours(1)); // EGAIS's own answers never come: the rejection below is the answer
        String repeal = prepare(repealRequest(act[1], true)).getString("id");
        String replyId = document(repeal).getString("replyId");
        assertThat(document(act[0]).getString("status")).isEqualTo("ACCEPTED");
        utm.deliver("Ticket", replyId, """
                <?xml version="1.0" encoding="UTF-8"?><ns:Documents xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"
                 xmlns:tc="http://fsrar.ru/WEGAIS/Ticket"><ns:Owner><ns:FSRAR_ID>%s</ns:FSRAR_ID></ns:Owner><ns:Document>
                <ns:Ticket><tc:DocType>RequestRepealWB</tc:DocType><tc:TransportId>%s</tc:TransportId><tc:OperationResult>
                <tc:OperationName>Confirm</tc:OperationName><tc:OperationResult>Rejected</tc:OperationResult>
                <tc:OperationComment>Запрос на отмену уже подан</tc:OperationComment></tc:OperationResult></ns:Ticket>
                </ns:Document></ns:Documents>""".formatted(fsrarId, replyId));
        exchange(fsrarId);
        assertThat(document(repeal).getString("status")).isEqualTo("REJECTED");
        assertThat(document(act[0]).getString("status")).isEqualTo("ACCEPTED");
    }

    @Test
    void theSameExternalIdWithOtherContentIsAConflictAndTheSameBodyIsTheSameDocument() {
        Map<String, Object> body = Map.of("fsrarId", fsrarId, "type", "QueryRestBCode", "externalId", "pos-7",
                "parameters", Map.of("ФОРМА2", "FB-000000000000001"));
        String id = prepare(body).getString("id");
        given().contentType(ContentType.JSON).body(body).post("/api/v1/documents")
                .then().statusCode(200).body("id", equalTo(id));
        Map<String, Object> other = new HashMap<>(body);
        other.put("parameters", Map.of("ФОРМА2", "FB-000000000000002"));
        given().contentType(ContentType.JSON).body(other).post("/api/v1/documents")
                .then().statusCode(409).contentType(containsString("problem+json"))
                .body("detail", containsString("pos-7"));
        assertThat(given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").then().statusCode(200)
                .extract().jsonPath().getList("id")).containsExactly(id);
    }

    @Test
    void aNullOrInvalidOrganizationIsNamedAndOneNamedTwiceRunsOnce() {
        for (String path : List.of("/api/v1/exchange", "/api/v1/outbox/process", "/api/v1/incoming/fetch")) {
            given().contentType(ContentType.JSON).body("{\"fsrarIds\": [null]}").post(path)
                    .then().statusCode(422).contentType(containsString("problem+json"))
                    .body("errors.field", hasItem("fsrarIds[0]"));
            given().contentType(ContentType.JSON).body("{\"fsrarIds\": [\"" + fsrarId + "\", \"abc\"]}").post(path)
                    .then().statusCode(422).body("errors.field", hasItem("fsrarIds[1]"));
        }
        JsonPath twice = given().contentType(ContentType.JSON)
                .body(Map.of("fsrarIds", Arrays.asList(fsrarId, fsrarId))).post("/api/v1/exchange")
                .then().statusCode(200).extract().jsonPath();
        assertThat(twice.getList("$")).hasSize(1);
        assertThat(twice.prettify()).doesNotContain("already running");
    }

    /** A complete example from src/main/resources/examples/, for this test's organization. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> example(String type) {
        try (var in = getClass().getResourceAsStream("/examples/" + type + ".json")) {
            Map<String, Object> doc = new com.fasterxml.jackson.databind.ObjectMapper().readValue(in, Map.class);
            doc.put("fsrarId", fsrarId);
            doc.put("immediate", true);
            return doc;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void cancellingAnAcceptedDocumentNamesItsOwnWayOut() {
        String query = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");
        exchange(fsrarId);
        assertThat(document(query).getString("status")).isEqualTo("ACCEPTED");
        given().post("/api/v1/documents/{id}/cancel-last-operation", query).then().statusCode(409)
                .body("detail", containsString("query was answered")).body("detail", not(containsString("RequestRepealWB")));

        String writeOff = prepare(example("ActWriteOff_v3")).getString("id");
        exchange(fsrarId);
        assertThat(document(writeOff).getString("status")).isEqualTo("ACCEPTED");
        given().post("/api/v1/documents/{id}/cancel-last-operation", writeOff).then().statusCode(409)
                .body("detail", containsString("RequestRepealAWO")).body("detail", not(containsString("RequestRepealWB")));
    }
}
