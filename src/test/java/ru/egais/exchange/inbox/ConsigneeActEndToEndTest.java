package ru.egais.exchange.inbox;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * A return to a supplier: our WayBill_v4 is registered by EGAIS (its ticket gives the TTN id), and the consignee's
 * WayBillAct_v4 arriving in /opt/out is read, matched to our waybill by that TTN id and shown on it.
 */
@QuarkusTest
class ConsigneeActEndToEndTest extends WithSimulatedUtm {

    @Test
    void theConsigneeAcceptingOurReturnIsShownOnOurWaybill() {
        utm.consigneeAnswers("Accepted");
        String id = shipReturn();

        JsonPath doc = document(id);
        assertThat(doc.getString("status")).isEqualTo("ACCEPTED");
        assertThat(doc.getString("consignee.isAccept")).isEqualTo("Accepted");
        assertThat(doc.getString("consignee.wbRegId")).startsWith("TTN-").isEqualTo(ticketRegId(doc));
        assertThat(doc.getList("consignee.positions")).isEmpty();
        JsonPath in = incoming(fsrarId);
        int act = in.getList("docType").indexOf("WayBillAct_v4");
        assertThat(act).isNotNegative();
        assertThat(in.getString("[" + act + "].status")).isEqualTo("PROCESSED");
        assertThat(in.getString("[" + act + "].documentId")).isEqualTo(id);
    }

    @Test
    void aRejectionIsShown() {
        utm.consigneeAnswers("Rejected");
        String id = shipReturn();
        assertThat(document(id).getString("consignee.isAccept")).isEqualTo("Rejected");
    }

    @Test
    void differencesAreShownWithThePositionsTheConsigneeCounted() {
        utm.consigneeAnswers("Differences");
        String id = shipReturn();

        JsonPath doc = document(id);
        assertThat(doc.getString("consignee.isAccept")).isEqualTo("Differences");
        assertThat(doc.getList("consignee.positions.identity")).containsExactly("1");
        assertThat(doc.getList("consignee.positions.realQuantity")).containsExactly("1");
        assertThat(doc.getList("consignee.positions.informF2RegId")).containsExactly("FB-000004917646122");
    }

    @Test
    void differencesAreAnsweredWithAWayBillTicketQueuedLikeAnyDocument() {
        utm.consigneeAnswers("Differences");
        String id = shipReturn();
        String wbRegId = document(id).getString("consignee.wbRegId");

        JsonPath ticket = given().contentType(ContentType.JSON).body(Map.of("accept", true))
                .post("/api/v1/documents/{id}/differences-answer", id).then().statusCode(201).extract().jsonPath();
        assertThat(ticket.getString("type")).isEqualTo("WayBillTicket");
        assertThat(ticket.getString("status")).isEqualTo("QUEUED");
        String again = given().contentType(ContentType.JSON).body(Map.of("accept", true))
                .post("/api/v1/documents/{id}/differences-answer", id).then().statusCode(200).extract().path("id");
        assertThat(again).isEqualTo(ticket.getString("id"));
        given().contentType(ContentType.JSON).body(Map.of("accept", false))
                .post("/api/v1/documents/{id}/differences-answer", id).then().statusCode(409);
        exchange(fsrarId);
        exchange(fsrarId);

        assertThat(document(ticket.getString("id")).getString("status")).isEqualTo("ACCEPTED");
        JsonPath doc = document(id);
        assertThat(doc.getString("consignee.answerDocumentId")).isEqualTo(ticket.getString("id"));
        assertThat(doc.getString("consignee.answerConfirm")).isEqualTo("Accepted");
        assertThat(doc.getString("consignee.answerStatus")).isEqualTo("ACCEPTED");
        List<String> sent = ticketsSent();
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).contains(wbRegId).contains(">Accepted<");
    }

    @Test
    void onlyADifferencesActIsAnsweredAndTheAnswerMustSayWhich() {
        utm.consigneeAnswers("Accepted");
        String id = shipReturn();
        given().contentType(ContentType.JSON).body(Map.of("accept", false))
                .post("/api/v1/documents/{id}/differences-answer", id).then().statusCode(409)
                .contentType(containsString("problem+json")).body("detail", containsString("Accepted"));
        given().contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/documents/{id}/differences-answer", id).then().statusCode(400);
        String query = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("id");
        given().contentType(ContentType.JSON).body(Map.of("accept", true))
                .post("/api/v1/documents/{id}/differences-answer", query).then().statusCode(409);
        assertThat(ticketsSent()).isEmpty();
    }

    @Test
    void withoutAnActTheWaybillShowsNone() {
        String id = shipReturn();
        assertThat(document(id).getString("status")).isEqualTo("ACCEPTED");
        assertThat(document(id).getString("consignee")).isNull();
    }

    @Test
    void anActOnAWaybillThatIsNotOursIsLeftUnmatched() {
        String id = shipReturn();
        utm.deliver("WayBillAct_v4", null, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns:Documents Version="1.0" xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"
                              xmlns:wa="http://fsrar.ru/WEGAIS/ActTTNSingle_v4">
                  <ns:Owner><ns:FSRAR_ID>010038062164</ns:FSRAR_ID></ns:Owner>
                  <ns:Document><ns:WayBillAct_v4><wa:Header><wa:IsAccept>Rejected</wa:IsAccept><wa:ACTNUMBER>9</wa:ACTNUMBER>
                    <wa:ActDate>2026-12-01</wa:ActDate><wa:WBRegId>TTN-0000000001</wa:WBRegId></wa:Header></ns:WayBillAct_v4></ns:Document>
                </ns:Documents>
                """);
        exchange(fsrarId);

        JsonPath in = incoming(fsrarId);
        int act = in.getList("docType").indexOf("WayBillAct_v4");
        assertThat(in.getString("[" + act + "].status")).isEqualTo("UNKNOWN");
        assertThat(in.getString("[" + act + "].error")).contains("TTN-0000000001");
        assertThat(document(id).getString("consignee")).isNull();
    }

    /** WayBillTickets the UTM received (posted to /opt/in/WayBillTicket, element ConfirmTicket). */
    private List<String> ticketsSent() {
        return utm.received().stream().filter(r -> r.utmPath().contains("WayBillTicket") || r.element().equals("ConfirmTicket"))
                .map(r -> r.xml()).toList();
    }

    private String ticketRegId(JsonPath doc) {
        List<String> regIds = doc.getList("tickets.regId");
        return regIds.stream().filter(r -> r != null && r.startsWith("TTN-")).findFirst().orElse(null);
    }

    /** Our WayBill_v4 returning goods (the project's example), sent and carried through three exchanges. */
}
