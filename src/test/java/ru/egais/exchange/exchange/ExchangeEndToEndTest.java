package ru.egais.exchange.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.processOutbox;
import static ru.egais.exchange.testsupport.Api.status;

/** The whole loop through the HTTP API against a simulated UTM: prepare, queue, send, receive, tickets, status. */
@QuarkusTest
class ExchangeEndToEndTest extends WithSimulatedUtm {


    Map<String, Object> act(String isAccept, String wbRegId) {
        return Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", isAccept, "actNumber", "A-" + wbRegId,
                "actDate", "2026-11-23", "wbRegId", wbRegId);
    }

    @Test
    void queryRestsIsQueuedSentAndAcceptedWithItsReplyStored() {
        JsonPath created = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "externalId", "pos-1"));
        String id = created.getString("id");
        assertThat(created.getString("status")).isEqualTo("QUEUED");
        assertThat(created.getString("externalId")).isEqualTo("pos-1");
        assertThat(utm.received()).isEmpty();

        JsonPath sent = processOutbox(fsrarId);
        assertThat(sent.getInt("[0].sent")).isEqualTo(1);
        JsonPath afterSend = document(id);
        assertThat(afterSend.getString("status")).isEqualTo("SENT");
        assertThat(afterSend.getString("replyId")).isEqualTo(utm.received().get(0).replyId());

        JsonPath summary = exchange(fsrarId);
        assertThat(summary.getInt("[0].received.loaded")).isEqualTo(1);
        assertThat(status(id)).isEqualTo("ACCEPTED");

        JsonPath in = incoming(fsrarId);
        assertThat(in.getList("docType")).containsExactly("ReplyRests_v2");
        assertThat(in.getString("[0].status")).isEqualTo("PROCESSED");
        assertThat(in.getString("[0].documentId")).isEqualTo(id);
        assertThat(in.getString("[0].deletedFromUtmAt")).isNotNull();
        given().get("/api/v1/incoming/{id}/xml", in.getString("[0].id"))
                .then().statusCode(200).body(containsString("StockPosition"));
        assertThat(utm.outCount()).as("/opt/out is empty after processing").isZero();
        assertThat(utm.receivedCount("QueryRests_v2")).isEqualTo(1);
    }

    @Test
    void wayBillActIsAcceptedOnTheAcceptingTicket() {
        String wbRegId = utm.deliverWaybill(2, 0, false).wbRegId();
        String id = prepare(withImmediate(act("Accepted", wbRegId))).getString("id");
        assertThat(status(id)).isEqualTo("SENT");

        exchange(fsrarId);

        JsonPath doc = document(id);
        assertThat(doc.getString("status")).isEqualTo("ACCEPTED");
        assertThat(doc.getList("tickets.kind")).containsExactlyInAnyOrder("RESULT", "OPERATION");
        assertThat(doc.getList("tickets.conclusion")).containsOnly("Accepted");
        assertThat(utm.outCount()).isZero();
    }

    @Test
    void wayBillActIsRejectedOnTheRejectingTicketWithItsComment() {
        String id = prepare(withImmediate(act("Rejected", "TTN-0000000404"))).getString("id");

        exchange(fsrarId);

        JsonPath doc = document(id);
        assertThat(doc.getString("status")).isEqualTo("REJECTED");
        assertThat(doc.getString("lastError")).contains("TTN-0000000404").contains("не найдена");
        assertThat(doc.getString("tickets.find { it.kind == 'OPERATION' }.conclusion")).isEqualTo("Rejected");
    }

    @Test
    void ticketWithOnlyTheFormatCheckLeavesTheActSent() {
        utm.answerDelay(Duration.ofHours(1)); // EGAIS is slow: only the ticket we put there arrives
        String id = prepare(withImmediate(act("Accepted", "TTN-0000000002"))).getString("id");
        String replyId = document(id).getString("replyId");
        utm.deliver("Ticket", replyId, ticket(replyId, "<tc:Result><tc:Conclusion>Accepted</tc:Conclusion>"
                + "<tc:ConclusionDate>2026-11-23T10:00:00.1234567</tc:ConclusionDate>"
                + "<tc:Comments>Документ успешно принят.</tc:Comments></tc:Result>"));

        exchange(fsrarId);

        JsonPath doc = document(id);
        assertThat(doc.getString("status")).isEqualTo("SENT");
        assertThat(doc.getList("tickets.kind")).containsExactly("RESULT");
    }

    @Test
    void utmErrorUnderHttp200RejectsTheDocumentWithUtmsText() {
        utm.faults().errorUnder200("Ошибка подписи: ключ не найден");
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRestsShop_v2")).getString("id");

        exchange(fsrarId);

        JsonPath doc = document(id);
        assertThat(doc.getString("status")).isEqualTo("REJECTED");
        assertThat(doc.getString("lastError")).contains("Ошибка подписи: ключ не найден");
        assertThat(doc.getString("queue.state")).isEqualTo("DONE");
    }

    @Test
    void utmDownKeepsTheDocumentQueuedAndItIsSentOnceUtmIsBack() {
        utm.down();
        String id = prepare(withImmediate(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"))).getString("id");
        JsonPath queued = document(id);
        assertThat(queued.getString("status")).isEqualTo("QUEUED");
        assertThat(queued.getString("lastError")).contains("not reachable");
        assertThat(queued.getInt("queue.attempts")).isEqualTo(1);

        JsonPath stillDown = exchange(fsrarId);
        assertThat(stillDown.getString("[0].sent.error")).contains("not reachable");
        assertThat(status(id)).isEqualTo("QUEUED");
        given().queryParam("fsrarId", fsrarId).get("/api/v1/outbox")
                .then().statusCode(200).body("documentId", org.hamcrest.Matchers.hasItem(id));

        utm.up();
        exchange(fsrarId);
        exchange(fsrarId);

        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(utm.receivedCount("QueryRests_v2")).as("sent exactly once").isEqualTo(1);
    }

    @Test
    void http503KeepsTheQueueIntactAndVisible() {
        utm.faults().httpStatus(503);
        String first = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("id");
        String second = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRestsShop_v2")).getString("id");

        JsonPath result = processOutbox(fsrarId);
        assertThat(result.getInt("[0].failed")).isEqualTo(1);
        assertThat(result.getInt("[0].remaining")).isEqualTo(2);
        assertThat(status(first)).isEqualTo("QUEUED");
        assertThat(status(second)).isEqualTo("QUEUED");
        given().get("/api/v1/organizations/{id}", fsrarId).then().body("lastError", containsString("HTTP 503"));

        utm.faults().httpStatus(0);
        processOutbox(fsrarId);
        assertThat(utm.received()).extracting(d -> d.element()).containsExactly("QueryRests_v2", "QueryRestsShop_v2");
    }

    @Test
    void classifierQueryByInnIsPostedToQueryPartnerAndAnswered() {
        String id = given().contentType(ContentType.JSON)
                .body(Map.of("fsrarId", fsrarId, "type", "QueryClients", "by", "ИНН", "value", "7701234567",
                        "immediate", true))
                .post("/api/v1/queries/classifier")
                .then().statusCode(201).extract().jsonPath().getString("id");

        assertThat(utm.received().get(0).utmPath()).isEqualTo("QueryPartner");
        assertThat(utm.received().get(0).xml()).contains("<qp:Name>ИНН</qp:Name>").contains("7701234567");
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(incoming(fsrarId).getList("docType")).containsExactly("ReplyClient_v2");
    }

    @Test
    void readyXmlIsQueuedAsItIsUnderItsOwnType() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns:Documents Version="1.0" xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"
                    xmlns:qp="http://fsrar.ru/WEGAIS/QueryParameters">
                  <ns:Owner><ns:FSRAR_ID>%s</ns:FSRAR_ID></ns:Owner>
                  <ns:Document><ns:QueryNATTN><qp:Parameters><qp:Parameter><qp:Name>КОД</qp:Name>
                    <qp:Value>%s</qp:Value></qp:Parameter></qp:Parameters></ns:QueryNATTN></ns:Document>
                </ns:Documents>""".formatted(fsrarId, fsrarId);
        JsonPath created = given().contentType("application/xml").body(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).queryParam("externalId", "nattn-1")
                .post("/api/v1/documents").then().statusCode(201).extract().jsonPath();
        assertThat(created.getString("fsrarId")).isEqualTo(fsrarId);
        assertThat(created.getString("type")).isEqualTo("QueryNATTN");

        processOutbox(fsrarId);
        assertThat(utm.received().get(0).xml()).isEqualTo(xml);
        assertThat(utm.received().get(0).utmPath()).isEqualTo("QueryNATTN");
    }

    @Test
    void sameExternalIdGivesTheSameDocumentNotASecondOne() {
        Map<String, Object> doc = Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "externalId", "retry-1");
        String first = prepare(doc).getString("id");
        String again = given().contentType(ContentType.JSON).body(doc).post("/api/v1/documents")
                .then().statusCode(200).extract().jsonPath().getString("id");
        assertThat(again).isEqualTo(first);
        processOutbox(fsrarId);
        assertThat(utm.receivedCount("QueryRests_v2")).isEqualTo(1);
    }

    @Test
    void unknownIncomingTypeIsStoredShownAndNeverLost() {
        long n = utm.deliver("SomeNewDoc_v9", null, """
                <?xml version="1.0" encoding="UTF-8"?>
                <ns:Documents xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"><ns:Owner><ns:FSRAR_ID>3463047</ns:FSRAR_ID></ns:Owner>
                <ns:Document><ns:SomeNewDoc_v9><x:Field xmlns:x="urn:new">значение</x:Field></ns:SomeNewDoc_v9></ns:Document></ns:Documents>""");
        given().queryParam("fsrarId", fsrarId).get("/api/v1/incoming/check")
                .then().statusCode(200).body("[0].documents[0].url", containsString("/opt/out/SomeNewDoc_v9/" + n));

        exchange(fsrarId);

        JsonPath in = incoming(fsrarId);
        assertThat(in.getString("[0].docType")).isEqualTo("SomeNewDoc_v9");
        assertThat(in.getString("[0].status")).isEqualTo("UNKNOWN");
        given().get("/api/v1/incoming/{id}/xml", in.getString("[0].id")).then().body(containsString("значение"));
    }

    @Test
    void theSameDocumentDeliveredTwiceHasOneEffect() {
        utm.answerDelay(Duration.ofHours(1));
        String id = prepare(withImmediate(act("Accepted", "TTN-0000000003"))).getString("id");
        String replyId = document(id).getString("replyId");
        String operationTicket = ticket(replyId, "<tc:OperationResult><tc:OperationName>Confirm</tc:OperationName>"
                + "<tc:OperationResult>Accepted</tc:OperationResult><tc:OperationComment>ok</tc:OperationComment>"
                + "</tc:OperationResult>");
        utm.deliver("Ticket", replyId, operationTicket);
        exchange(fsrarId);
        utm.deliver("Ticket", replyId, operationTicket); // a DELETE that did not take, or a resend

        JsonPath second = exchange(fsrarId);

        assertThat(second.getInt("[0].received.duplicates")).isEqualTo(1);
        assertThat(document(id).getList("tickets")).hasSize(1);
        assertThat(incoming(fsrarId).getList("id")).hasSize(1);
        assertThat(utm.listedCount()).as("both deliveries deleted from UTM").isZero();
    }

    @Test
    void identicalRepliesToTwoQueriesAnswerEachOfThem() {
        // Same stock, same second: EGAIS's two replies can be byte-identical; only the replyId tells them apart.
        String first = prepare(withImmediate(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"))).getString("id");
        String second = prepare(withImmediate(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"))).getString("id");
        String reply = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ns:Documents xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\">"
                + "<ns:Owner><ns:FSRAR_ID>" + fsrarId + "</ns:FSRAR_ID></ns:Owner><ns:Document><ns:ReplyRests_v2/></ns:Document></ns:Documents>";
        utm.answerDelay(Duration.ofHours(1));
        String third = prepare(withImmediate(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"))).getString("id");
        String fourth = prepare(withImmediate(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"))).getString("id");
        utm.deliver("ReplyRests_v2", document(third).getString("replyId"), reply);
        utm.deliver("ReplyRests_v2", document(fourth).getString("replyId"), reply);

        exchange(fsrarId);

        assertThat(List.of(status(first), status(second), status(third), status(fourth))).containsOnly("ACCEPTED");
    }

    @Test
    void fetchAndProcessCanRunAsSeparateSteps() {
        String id = prepare(withImmediate(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"))).getString("id");
        given().contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarId)))
                .post("/api/v1/incoming/fetch").then().statusCode(200).body("[0].loaded", org.hamcrest.Matchers.is(1));
        assertThat(incoming(fsrarId).getString("[0].status")).isEqualTo("STORED");
        assertThat(utm.outCount()).as("not deleted from UTM before it is processed").isEqualTo(1);
        assertThat(status(id)).isEqualTo("SENT");

        given().contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarId)))
                .post("/api/v1/incoming/process").then().statusCode(200).body("[0].processed", org.hamcrest.Matchers.is(1));
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(utm.outCount()).isZero();
    }

    private static Map<String, Object> withImmediate(Map<String, Object> doc) {
        Map<String, Object> copy = new java.util.HashMap<>(doc);
        copy.put("immediate", true);
        return copy;
    }

    private static String ticket(String replyId, String body) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <ns:Documents xmlns:tc="http://fsrar.ru/WEGAIS/Ticket" xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01" Version="1.0">
                  <ns:Owner><ns:FSRAR_ID>3463047</ns:FSRAR_ID></ns:Owner>
                  <ns:Document><ns:Ticket>
                    <tc:TicketDate>2026-11-23T10:00:00.5833905</tc:TicketDate>
                    <tc:DocId>2C14CBBA-2DCC-4A63-9D15-55DC6453A8A5</tc:DocId>
                    <tc:TransportId>%s</tc:TransportId>
                    <tc:DocType>WayBillAct_v4</tc:DocType>
                    %s
                  </ns:Ticket></ns:Document>
                </ns:Documents>""".formatted(replyId, body);
    }
}
