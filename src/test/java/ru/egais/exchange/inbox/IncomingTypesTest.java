package ru.egais.exchange.inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.io.InputStream;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/** Each incoming document type is stored, processed, and shown as JSON through the API. */
@QuarkusTest
class IncomingTypesTest extends WithSimulatedUtm {


    JsonPath content(String docType) {
        String id = incoming(fsrarId).getString("find { it.docType == '" + docType + "' }.id");
        assertThat(id).as(docType + " stored").isNotNull();
        return given().get("/api/v1/incoming/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void repliesToEachQueryAreProcessedLinkedAndShown() {
        utm.deliverWaybill(1, 0, false);
        Map<String, Map<String, Object>> queries = Map.of(
                "ReplyRestsShop_v2", Map.of("type", "QueryRestsShop_v2"),
                "ReplyClient_v2", Map.of("type", "QueryClients", "parameters", Map.of("СИО", "030000999999")),
                "ReplyAP_v2", Map.of("type", "QueryAP", "parameters", Map.of("КОД", "0010255000002043023")),
                "ReplyNoAnswerTTN", Map.of("type", "QueryNATTN"),
                "ReplyHistForm2", Map.of("type", "QueryForm2History", "parameters", Map.of("RFB", "FB-000004917646122")),
                "ReplyBarcode", Map.of("type", "QueryBarcode", "queryNumber", "7", "date", "2026-11-23T10:00:00",
                        "marks", java.util.List.of(Map.of("identity", "1", "type", "105", "rank", "200", "number", "42"))));
        queries.forEach((reply, query) -> {
            Map<String, Object> doc = new java.util.HashMap<>(query);
            doc.put("fsrarId", fsrarId);
            doc.put("immediate", true);
            prepare(doc);
        });
        exchange(fsrarId);

        for (String reply : queries.keySet()) {
            JsonPath c = content(reply);
            assertThat(c.getString("status")).as(reply).isEqualTo("PROCESSED");
            assertThat(c.getString("documentId")).as(reply + " linked to its query").isNotNull();
            assertThat(status(c.getString("documentId"))).isEqualTo("ACCEPTED");
            assertThat(c.getString("content.type")).isEqualTo(reply);
        }
        assertThat(content("ReplyClient_v2").getString("content.Clients.Client[0].OrgInfoV2.UL.INN")).isEqualTo("7701234567");
        assertThat(content("ReplyAP_v2").getString("content.Products.Product[0].AlcCode")).isEqualTo("0010255000002043023");
        assertThat(content("ReplyNoAnswerTTN").getList("content.ttnlist.NoAnswer")).hasSize(1);
        assertThat(content("ReplyRestsShop_v2").getList("content.Products.ShopPosition")).hasSize(3);
        JsonPath history = content("ReplyHistForm2");
        assertThat(history.getString("content.InformF2RegId")).isEqualTo("FB-000004917646122");
        assertThat(history.getList("content.HistoryF2.OperationB.Quantity")).containsExactly("12", "-2");
        JsonPath barcode = content("ReplyBarcode");
        assertThat(barcode.getString("content.QueryNumber")).isEqualTo("7");
        assertThat(barcode.getList("content.Marks.Mark")).as("Mark repeats (ReplyBarcode.xsd)").hasSize(1);
        assertThat(barcode.getString("content.Marks.Mark[0].Barcode")).startsWith("105200000000042");
    }

    @Test
    void otherSideDocumentsAreProcessedAndShown() {
        for (String type : new String[]{"ReplyRestBCode", "ConfirmTicket", "RequestRepealWB", "ConfirmRepealWB",
                "ActInventoryInformF2Reg"}) {
            utm.deliver(type, null, generated(type));
        }
        exchange(fsrarId);
        assertThat(incoming(fsrarId).getList("status")).hasSize(5).containsOnly("PROCESSED");
        assertThat(content("ConfirmTicket").getString("content.Header.IsConfirm")).isEqualTo("Accepted");
        assertThat(content("RequestRepealWB").getString("content.WBRegId")).isEqualTo("TTN-0557371481");
        assertThat(content("ReplyRestBCode").getList("content.MarkInfo[0].amc")).as("MarkInfo may repeat (ReplyRestBCode.xsd)").hasSize(2);
        assertThat(content("ActInventoryInformF2Reg").getString("content.Header.ActRegId")).isEqualTo("INV-1");
    }

    @Test
    void aHundredThousandPositionStockReplyIsStoredAndShown() throws Exception {
        utm.restsPositions(100_000);
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");
        String incomingId = incoming(fsrarId).getString("[0].id");
        long positions = 0;
        try (InputStream body = given().get("/api/v1/incoming/{id}", incomingId).then().statusCode(200)
                .extract().asInputStream();
             com.fasterxml.jackson.core.JsonParser p = new com.fasterxml.jackson.core.JsonFactory().createParser(body)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME && "InformF2RegId".equals(p.currentName())) {
                    positions++;
                }
            }
        }
        assertThat(positions).isEqualTo(100_000);
    }

    private String generated(String type) {
        String body = switch (type) {
            case "ReplyRestBCode" -> "<r:Inform2RegId>FB-000004917646122</r:Inform2RegId><r:RestsDate>2026-11-23T10:00:00</r:RestsDate>"
                    + "<r:MarkInfo><ce:amc>1</ce:amc><ce:amc>2</ce:amc></r:MarkInfo>";
            case "ConfirmTicket" -> "<r:Identity>1</r:Identity><r:Header><r:IsConfirm>Accepted</r:IsConfirm>"
                    + "<r:TicketNumber>5</r:TicketNumber><r:TicketDate>2026-11-23</r:TicketDate><r:WBRegId>TTN-0557371481</r:WBRegId></r:Header>";
            case "RequestRepealWB" -> "<r:ClientId>010038062164</r:ClientId><r:RequestNumber>1</r:RequestNumber>"
                    + "<r:RequestDate>2026-11-23T10:00:00</r:RequestDate><r:WBRegId>TTN-0557371481</r:WBRegId>";
            case "ConfirmRepealWB" -> "<r:Header><r:IsConfirm>Rejected</r:IsConfirm><r:ConfirmNumber>2</r:ConfirmNumber>"
                    + "<r:ConfirmDate>2026-11-23</r:ConfirmDate><r:WBRegId>TTN-0557371481</r:WBRegId></r:Header>";
            default -> "<r:Header><r:ActRegId>INV-1</r:ActRegId><r:Number>1</r:Number></r:Header>"
                    + "<r:Content><r:Position><r:Identity>1</r:Identity><r:InformF2RegId>FB-1</r:InformF2RegId></r:Position></r:Content>";
        };
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ns:Documents xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\""
                + " xmlns:r=\"http://fsrar.ru/WEGAIS/" + type + "\" xmlns:ce=\"http://fsrar.ru/WEGAIS/CommonV3\">"
                + "<ns:Owner><ns:FSRAR_ID>3463047</ns:FSRAR_ID></ns:Owner><ns:Document><ns:" + type + ">" + body
                + "</ns:" + type + "></ns:Document></ns:Documents>";
    }
}
