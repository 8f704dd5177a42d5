package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static ru.egais.exchange.testsupport.Api.newFsrarId;

/** Bad requests get a 4xx problem+json that names what is wrong, and nothing is stored. */
@QuarkusTest
class DocumentValidationTest {

    static io.restassured.response.ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/documents").then();
    }

    @Test
    void malformedJsonIs400WithTheParserMessage() {
        post("{\"fsrarId\": \"0300").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("malformed JSON"));
    }

    @Test
    void unknownOrMissingTypeIs422NamingTheTypeField() {
        post(Map.of("fsrarId", "030000000001", "type", "QueryEverything")).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type")).body("detail", containsString("QueryEverything"));
        post(Map.of("fsrarId", "030000000001")).statusCode(422).body("errors.field", hasItem("type"));
    }

    @Test
    void everyBadFieldOfAnActIsNamedAtOnce() {
        String fsrarId = newFsrarId();
        post(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Maybe", "actNumber", " ",
                "actDate", "2026-11-23", "positions", List.of(Map.of("identity", "1"))))
                .statusCode(422)
                .body("errors.field", hasItems("isAccept", "actNumber", "wbRegId"));
        post(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Differences", "actNumber", "1",
                "actDate", "2026-11-23", "wbRegId", "TTN-1", "positions", List.of(
                        Map.of("identity", "1", "informF2RegId", "FB-1", "realQuantity", -1),
                        Map.of("identity", "1", "informF2RegId", "FB-2", "realQuantity", 1, "marks", List.of("bad mark!")))))
                .statusCode(422)
                .body("errors.field", hasItems("positions[0].realQuantity", "positions[1].identity",
                        "positions[1].marks[0]"));
        given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").then().statusCode(200).body("$", empty());
    }

    @Test
    void wrongJsonTypesAndBadDatesAre422NamingTheField() {
        post(Map.of("fsrarId", "030000000001", "type", "WayBillAct_v4", "isAccept", "Accepted", "actNumber", "1",
                "actDate", "23.11.2026", "wbRegId", "TTN-1")).statusCode(422).body("errors.field", hasItem("actDate"));
        post(Map.of("fsrarId", "030000000001", "type", "QueryAP", "parameters", List.of("ИНН")))
                .statusCode(422).body("errors.field", hasItem("parameters"));
    }

    @Test
    void queryParametersAreCheckedPerQuery() {
        post(Map.of("fsrarId", "03000000000A", "type", "QueryClients", "parameters", Map.of("ИНН", "12")))
                .statusCode(422).body("errors.field", hasItems("fsrarId", "parameters.ИНН"));
        post(Map.of("fsrarId", "030000000001", "type", "QueryRests_v2", "parameters", Map.of("ИНН", "7701234567")))
                .statusCode(422).body("errors.field", hasItem("parameters.ИНН"));
        post(Map.of("fsrarId", "030000000001", "type", "QueryAP")).statusCode(422)
                .body("detail", containsString("exactly 1"));
        post(Map.of("fsrarId", "030000000001", "type", "QueryResendDoc", "parameters", Map.of("WBREGID", "0557371481")))
                .statusCode(422).body("errors.field", hasItem("parameters.WBREGID"));
    }

    @Test
    void brokenOrHostileXmlIsRefusedAndNothingStored() {
        String fsrarId = newFsrarId();
        given().contentType("application/xml").body("<ns:Documents><unclosed>").post("/api/v1/documents")
                .then().statusCode(400).body("detail", containsString("not well-formed"));
        given().contentType("application/xml")
                .body("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>")
                .post("/api/v1/documents").then().statusCode(400).body("detail", not(containsString("root:")));
        given().contentType("application/xml").body("<Other/>").post("/api/v1/documents")
                .then().statusCode(422).body("errors.field", hasItem("Documents"));
        given().contentType("application/xml").body("""
                <ns:Documents xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"><ns:Owner><ns:FSRAR_ID>ABC</ns:FSRAR_ID>
                </ns:Owner><ns:Document><ns:QueryRests_v2/></ns:Document></ns:Documents>""")
                .post("/api/v1/documents").then().statusCode(422).body("errors.field", hasItem("Documents/Owner/FSRAR_ID"));
        given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").then().statusCode(200).body("$", empty());
    }

    @Test
    void specDocumentsNameNestedFieldsAtFault() {
        post(Map.of("fsrarId", "030000000001", "type", "ActWriteOffShop_v2", "actNumber", "1", "actDate", "2026-11-23",
                "typeWriteOff", "Порча", "immediate", "yes", "positions", List.of(Map.of("identity", "1", "quantity", 1,
                        "product", Map.of("unitType", "Packed", "fullName", "Водка", "alcCode", "1", "productVCode", "200",
                                "producer", Map.of("inn", "1"))))))
                .statusCode(422)
                .body("errors.field", hasItems("immediate", "positions[0].product.producer.inn",
                        "positions[0].product.producer.clientRegId", "positions[0].product.producer.address"));
    }

    @Test
    void unknownDocumentIs404ProblemJson() {
        given().get("/api/v1/documents/nope").then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("nope"));
    }
}
