package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.ReceivedDocument;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.SharedEgais;
import ru.egais.exchange.utm.SchemaValidator;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.processOutbox;

/** Every XML document the service sends, as UTM receives it, validates against both official schema sets. */
@QuarkusTest
class SentDocumentsSchemaTest {

    /** Elements the UTM 4.0.2 schema set does not declare: a UTM that old refuses them, the newest accepts them. */
    private static final java.util.Set<String> NEWEST_SET_ONLY = java.util.Set.of("ActWriteOff_v4");

    @Test
    void everyDocumentTypeTheServiceBuildsIsValidAsReceivedByUtm() throws Exception {
        SchemaValidator newest = SchemaValidator.fromFolder(SharedEgais.xsd());
        SchemaValidator utm402 = SchemaValidator.fromFolder(SharedEgais.utm402Xsd());
        String fsrarId = newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0)) {
            configureOrganization(fsrarId, utm.url());
            List<Map<String, Object>> documents = List.of(
                    Map.of("type", "QueryRests_v2"),
                    Map.of("type", "QueryRestsShop_v2"),
                    Map.of("type", "QueryAP", "parameters", Map.of("КОД", "0010255000002043023")),
                    Map.of("type", "QueryAP", "parameters", Map.of("INN", "7446043646")),
                    Map.of("type", "QueryClients", "parameters", Map.of("ИНН", "7446043646")),
                    Map.of("type", "QueryClients", "parameters", Map.of("СИО", "010038062164")),
                    Map.of("type", "QueryClients", "parameters", Map.of("КОД", "010038062164")),
                    Map.of("type", "QueryRestBCode", "parameters", Map.of("ФОРМА2", "FB-000004917646122")),
                    Map.of("type", "QueryResendDoc", "parameters", Map.of("WBREGID", "TTN-0557371481")),
                    Map.of("type", "QueryNATTN"),
                    Map.of("type", "QueryForm2History", "parameters", Map.of("RFB", "FB-000004917646123")),
                    Map.of("type", "WayBillAct_v4", "isAccept", "Accepted", "actNumber", "1", "actDate", "2026-11-23",
                            "wbRegId", "TTN-0557371481", "note", "принято полностью"),
                    Map.of("type", "WayBillAct_v4", "isAccept", "Rejected", "actNumber", "2", "actDate", "2026-11-23",
                            "wbRegId", "TTN-0557371481", "identity", "act-2"),
                    Map.of("type", "WayBillAct_v4", "isAccept", "Differences", "actNumber", "3",
                            "actDate", "2026-11-23", "wbRegId", "TTN-0557371481", "positions", List.of(
                                    Map.of("identity", "1", "informF2RegId", "FB-000004917646122",
                                            "realQuantity", 5.5, "marks", List.of("2".repeat(40))),
                                    Map.of("identity", "2", "informF2RegId", "FB-000004917646123",
                                            "realQuantity", 0))));
            for (Map<String, Object> document : documents) {
                Map<String, Object> withOrg = new java.util.HashMap<>(document);
                withOrg.put("fsrarId", fsrarId);
                prepare(withOrg);
            }
            int examples = 0;
            for (String type : ru.egais.exchange.egais.OutgoingDocumentTypes.apiNames()) {
                String json = new String(getClass().getResourceAsStream("/examples/" + type + ".json")
                        .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("030000123456", fsrarId);
                io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                        .body(json.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .post("/api/v1/documents").then().statusCode(201);
                examples++;
            }
            processOutbox(fsrarId);

            assertThat(utm.received()).hasSize(documents.size() + examples);
            assertThat(utm.received()).filteredOn(d -> d.element().equals("ConfirmTicket"))
                    .extracting(ReceivedDocument::utmPath).containsExactly("WayBillTicket");
            for (ReceivedDocument sent : utm.received()) {
                assertThat(newest.validate(sent.xml())).as(sent.xml()).isEmpty();
                if (!NEWEST_SET_ONLY.contains(sent.element())) {
                    assertThat(utm402.validate(sent.xml())).as(sent.xml()).isEmpty();
                }
            }
        }
    }
}
