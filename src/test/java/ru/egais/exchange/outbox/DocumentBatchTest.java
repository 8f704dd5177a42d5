package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.status;

/** POST /api/v1/documents with a JSON array: each item answered on its own, the good ones stored together. */
@QuarkusTest
class DocumentBatchTest extends WithSimulatedUtm {

    private static JsonPath postArray(List<?> items) {
        return given().contentType(ContentType.JSON).body(items).post("/api/v1/documents")
                .then().statusCode(200).contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void eachItemIsAnsweredOnItsOwnAndBadOnesRefuseNoOther() {
        List<Map<String, Object>> items = List.of(
                Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "externalId", "batch-1"),
                Map.of("fsrarId", fsrarId, "type", "NoSuchDocument"),
                Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Accepted"),
                Map.of("fsrarId", newFsrarId(), "type", "QueryRests_v2"),
                Map.of("fsrarId", fsrarId, "type", "QueryAP", "parameters", Map.of("ИНН", "7701234567"),
                        "immediate", true));

        JsonPath answer = postArray(items);

        assertThat(answer.getList("index")).containsExactly(0, 1, 2, 3, 4);
        assertThat(answer.getList("status")).containsExactly(201, 422, 422, 422, 201);
        assertThat(answer.getList("outcome")).containsExactly("CREATED", "REFUSED", "REFUSED", "REFUSED", "CREATED");
        assertThat(answer.getString("[0].document.status")).isEqualTo("QUEUED");
        assertThat(answer.getString("[0].document.externalId")).isEqualTo("batch-1");
        assertThat(answer.getString("[1].problem.errors[0].field")).isEqualTo("type");
        assertThat(answer.getString("[1].problem.instance")).isEqualTo("#/1");
        assertThat(answer.getList("[2].problem.errors.field")).isNotEmpty();
        assertThat(answer.getString("[3].problem.errors[0].field")).isEqualTo("fsrarId");
        assertThat(answer.getString("[4].document.status")).isEqualTo("SENT");
        assertThat(utm.receivedCount("QueryAP")).isEqualTo(1);
        assertThat(utm.receivedCount("QueryRests_v2")).isZero();
        assertThat(status(answer.getString("[0].document.id"))).isEqualTo("QUEUED");
        assertThat(given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").then().statusCode(200)
                .extract().jsonPath().getList("id")).hasSize(2);
    }

    @Test
    void anExternalIdAlreadyKnownOrRepeatedInTheArrayNamesOneDocument() {
        Map<String, Object> query = Map.of("fsrarId", fsrarId, "type", "QueryRestsShop_v2", "externalId", "batch-2");
        JsonPath first = postArray(List.of(query, query));
        assertThat(first.getList("outcome")).containsExactly("CREATED", "EXISTING");
        assertThat(first.getString("[1].document.id")).isEqualTo(first.getString("[0].document.id"));

        JsonPath again = postArray(List.of(query));
        assertThat(again.getList("status")).containsExactly(200);
        assertThat(again.getString("[0].document.id")).isEqualTo(first.getString("[0].document.id"));
    }

    @Test
    void anItemWithAWrongJsonTypeOrNullIsRefusedAlone() {
        List<Object> items = new java.util.ArrayList<>();
        items.add(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", List.of(1)));
        items.add(null);
        items.add(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"));
        JsonPath answer = postArray(items);
        assertThat(answer.getList("status")).containsExactly(422, 400, 201);
        assertThat(answer.getString("[0].problem.errors[0].field")).isEqualTo("immediate");
    }

    @Test
    void anEmptyArrayIsRefused() {
        given().contentType(ContentType.JSON).body("[]").post("/api/v1/documents").then().statusCode(400)
                .contentType("application/problem+json");
    }
}
