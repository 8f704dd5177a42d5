package ru.egais.exchange.stock;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/** GET /api/v1/stock: the newest ReplyRests_v2 / ReplyRestsShop_v2 the simulator answered, a page at a time. */
@QuarkusTest
class StockEndToEndTest extends WithSimulatedUtm {

    private JsonPath stock(int register, int offset, int limit) {
        return given().queryParam("fsrarId", fsrarId).queryParam("register", register)
                .queryParam("offset", offset).queryParam("limit", limit)
                .get("/api/v1/stock").then().statusCode(200).extract().jsonPath();
    }

    private void queryStock(String type) {
        String id = prepare(Map.of("fsrarId", fsrarId, "type", type, "immediate", true)).getString("id");
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void registerOneIsListedPerF2RegistrationFromTheNewestReplyWithItsDate() {
        given().queryParam("fsrarId", fsrarId).queryParam("register", 1).get("/api/v1/stock")
                .then().statusCode(404).body("detail", containsString("QueryRests_v2"));
        utm.restsPositions(5);
        queryStock("QueryRests_v2");
        utm.restsPositions(7);
        queryStock("QueryRests_v2");

        JsonPath page = stock(1, 2, 3);
        assertThat(page.getLong("total")).as("the newer reply (7 positions) wins").isEqualTo(7);
        assertThat(page.getString("replyType")).isEqualTo("ReplyRests_v2");
        assertThat(page.getString("restsDate")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d");
        assertThat(page.getList("positions.informF2RegId"))
                .containsExactly("FB-000000000000003", "FB-000000000000004", "FB-000000000000005");
        assertThat(page.getString("positions[0].informF1RegId")).isEqualTo("FA-000000000000003");
        assertThat(page.getString("positions[0].alcCode")).isEqualTo("0000000000010000003");
        assertThat(page.getString("positions[0].name")).isEqualTo("Водка \"Симуляция\" №3");
        assertThat(page.getString("positions[0].nameSource")).isEqualTo("reply");
        assertThat(page.getDouble("positions[0].volume")).isEqualTo(0.5);
        assertThat(page.getDouble("positions[0].quantity")).isEqualTo(4.0);

        assertThat(stock(1, 6, 100).getList("positions")).hasSize(1);
        assertThat(stock(1, 7, 100).getList("positions")).isEmpty();
    }

    @Test
    void registerTwoComesFromReplyRestsShopAndNotFromTheWarehouseReply() {
        utm.restsPositions(2);
        queryStock("QueryRests_v2");
        given().queryParam("fsrarId", fsrarId).queryParam("register", 2).get("/api/v1/stock")
                .then().statusCode(404).body("detail", containsString("QueryRestsShop_v2"));
        utm.restsPositions(4);
        queryStock("QueryRestsShop_v2");

        JsonPath page = stock(2, 0, 100);
        assertThat(page.getString("replyType")).isEqualTo("ReplyRestsShop_v2");
        assertThat(page.getLong("total")).isEqualTo(4);
        assertThat(page.getList("positions.alcCode")).hasSize(4).doesNotContainNull();
        assertThat(page.getList("positions.informF2RegId")).containsOnlyNulls();
        assertThat(stock(1, 0, 100).getLong("total")).as("register 1 still from its own reply").isEqualTo(2);
    }

    @Test
    void aPositionWithoutANameTakesTheCataloguesAndTheProducersNameIsNeverTaken() {
        String known = "0010255000002043023";
        prepare(Map.of("fsrarId", fsrarId, "type", "QueryAP", "parameters", Map.of("КОД", known), "immediate", true));
        exchange(fsrarId); // the ReplyAP_v2 puts the product into the classifier catalogue
        utm.deliver("ReplyRestsShop_v2", null, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<ns:Documents xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\" xmlns:r=\"http://fsrar.ru/WEGAIS/ReplyRestsShop_v2\""
                + " xmlns:pref=\"http://fsrar.ru/WEGAIS/ProductRef_v2\" xmlns:oref=\"http://fsrar.ru/WEGAIS/ClientRef_v2\">"
                + "<ns:Owner><ns:FSRAR_ID>" + fsrarId + "</ns:FSRAR_ID></ns:Owner><ns:Document><ns:ReplyRestsShop_v2>"
                + "<r:RestsDate>2026-11-30T09:00:00</r:RestsDate><r:Products>"
                + "<r:ShopPosition><r:Product><pref:AlcCode>" + known + "</pref:AlcCode><pref:Capacity>0.5</pref:Capacity>"
                + "<pref:Producer><oref:UL><oref:FullName>ООО Производитель</oref:FullName></oref:UL></pref:Producer>"
                + "</r:Product><r:Quantity>6</r:Quantity></r:ShopPosition>"
                + "<r:ShopPosition><r:Product><pref:AlcCode>0000000000000000001</pref:AlcCode></r:Product>"
                + "<r:Quantity>1</r:Quantity></r:ShopPosition>"
                + "</r:Products></ns:ReplyRestsShop_v2></ns:Document></ns:Documents>");
        exchange(fsrarId);

        JsonPath page = stock(2, 0, 10);
        assertThat(page.getString("restsDate")).isEqualTo("2026-11-30T09:00:00");
        assertThat(page.getString("positions[0].name")).startsWith("Водка \"Симуляция\"");
        assertThat(page.getString("positions[0].nameSource")).isEqualTo("catalogue");
        assertThat(page.getDouble("positions[0].quantity")).isEqualTo(6.0);
        assertThat(page.getString("positions[1].name")).as("unknown to the reply and the catalogue").isNull();
        assertThat(page.getString("positions[1].nameSource")).isNull();
    }

    private io.restassured.response.ValidatableResponse post(Map<String, Object> document) {
        return given().contentType(io.restassured.http.ContentType.JSON).body(document).post("/api/v1/documents").then();
    }

    private static Map<String, Object> position(String identity, String key, String keyValue, int quantity) {
        return Map.of("identity", identity, key, keyValue, "quantity", quantity);
    }

    @Test
    void aWriteOffOrTransferTakingMoreThanTheKnownStockIsQueuedWithAWarning() {
        Map<String, Object> writeOff = Map.of("type", "ActWriteOff_v3", "fsrarId", fsrarId, "actNumber", "1",
                "actDate", "2026-11-30", "typeWriteOff", "Порча", "positions", java.util.List.of(
                        position("1", "informF2RegId", "FB-000000000000001", 2),
                        position("2", "informF2RegId", "FB-000000000000002", 2),
                        position("3", "informF2RegId", "FB-000000000000002", 2),
                        position("4", "informF2RegId", "FB-000000000000999", 1)));
        post(writeOff).statusCode(201).body("warnings", org.hamcrest.Matchers.nullValue());

        utm.restsPositions(3); // FB-…1 holds 2, FB-…2 holds 3 (simulator: i % 50 + 1)
        queryStock("QueryRests_v2");
        queryStock("QueryRestsShop_v2");
        Map<String, Object> again = new java.util.HashMap<>(writeOff);
        again.put("actNumber", "2");
        JsonPath answer = post(again).statusCode(201).extract().jsonPath();
        assertThat(answer.getString("status")).isEqualTo("QUEUED");
        assertThat(answer.getList("warnings", String.class)).hasSize(2)
                .anySatisfy(w -> assertThat(w).startsWith("positions[1].quantity: takes 4 of FB-000000000000002")
                        .contains("held 3 by the ReplyRests_v2 of "))
                .anySatisfy(w -> assertThat(w).startsWith("positions[3].quantity: takes 1 of FB-000000000000999")
                        .contains("held 0"));

        JsonPath transfer = post(Map.of("type", "TransferFromShop", "fsrarId", fsrarId, "transferNumber", "1",
                "transferDate", "2026-11-30", "positions", java.util.List.of(Map.of("identity", "1",
                        "productCode", "0000000000010000001", "quantity", 5,
                        "informF2RegId", "FB-000000000000001")))).statusCode(201).extract().jsonPath();
        assertThat(transfer.getList("warnings", String.class)).singleElement().asString()
                .contains("register 2 held 2 by the ReplyRestsShop_v2");
        post(Map.of("type", "TransferToShop", "fsrarId", fsrarId, "transferNumber", "2",
                "transferDate", "2026-11-30", "positions", java.util.List.of(Map.of("identity", "1",
                        "productCode", "0000000000010000001", "quantity", 2,
                        "informF2RegId", "FB-000000000000001")))).statusCode(201)
                .body("warnings", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aHundredThousandPositionReplyIsPagedToItsLastPosition() {
        utm.restsPositions(100_000); // ~48 MB, stored in chunks; read as a stream for each page
        queryStock("QueryRests_v2");
        JsonPath last = stock(1, 99_999, 1000);
        assertThat(last.getLong("total")).isEqualTo(100_000);
        assertThat(last.getList("positions.informF2RegId")).containsExactly("FB-000000000100000");
    }

    @Test
    void badParametersAreA422NamingTheField() {
        given().queryParam("fsrarId", fsrarId).queryParam("register", 3).get("/api/v1/stock")
                .then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("register"));
        given().queryParam("register", 1).get("/api/v1/stock")
                .then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("fsrarId"));
        given().queryParam("fsrarId", fsrarId).queryParam("register", 1).queryParam("limit", 100_000)
                .get("/api/v1/stock").then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
    }
}
