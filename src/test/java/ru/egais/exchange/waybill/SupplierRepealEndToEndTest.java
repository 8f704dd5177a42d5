package ru.egais.exchange.waybill;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.SupplierWaybill;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;

/** The supplier asks to repeal a waybill (RequestRepealWB); the shop agrees or refuses (ConfirmRepealWB). */
@QuarkusTest
class SupplierRepealEndToEndTest extends WithSimulatedUtm {

    private String waybillId;
    private SupplierWaybill shipped;

    private JsonPath waybill() {
        return given().get("/api/v1/waybills/{id}", waybillId).then().statusCode(200).extract().jsonPath();
    }

    private void acceptedWaybill() {
        shipped = utm.deliverWaybill(2, 1, false);
        exchange(fsrarId);
        waybillId = given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        given().contentType(ContentType.JSON).body(Map.of("isAccept", "Accepted", "immediate", true))
                .post("/api/v1/waybills/{id}/act", waybillId).then().statusCode(201);
        exchange(fsrarId);
        assertThat(waybill().getString("state")).isEqualTo("ACCEPTED");
    }

    private String answer(boolean confirm) {
        return given().contentType(ContentType.JSON).body(Map.of("confirm", confirm, "immediate", true))
                .post("/api/v1/waybills/{id}/repeal", waybillId).then().statusCode(201).extract().jsonPath().getString("id");
    }

    @Test
    void theSupplierAsksTheShopAgreesAndTheWaybillIsRepealedWhenEgaisAcceptsTheAnswer() {
        acceptedWaybill();
        utm.requestRepeal(shipped.wbRegId(), "RR-7");
        exchange(fsrarId);
        JsonPath asked = waybill();
        assertThat(asked.getString("state")).isEqualTo("REPEAL_ASKED");
        assertThat(asked.getString("repeal.requestNumber")).isEqualTo("RR-7");
        assertThat(asked.getString("repeal.requestDate")).isNotBlank();
        assertThat(asked.getString("repeal.requestIncomingId")).isNotBlank();

        String confirmId = answer(true);
        String xml = given().get("/api/v1/documents/{id}/xml", confirmId).then().statusCode(200).extract().asString();
        assertThat(xml).contains("ConfirmRepealWB").contains(">Accepted<").contains(">" + shipped.wbRegId() + "<");
        assertThat(waybill().getString("state")).as("not before EGAIS accepts the answer").isEqualTo("REPEAL_ANSWER_SENT");

        exchange(fsrarId);
        assertThat(document(confirmId).getString("status")).isEqualTo("ACCEPTED");
        assertThat(waybill().getString("state")).isEqualTo("REPEALED");
        assertThat(waybill().getString("repeal.answerConfirm")).isEqualTo("Accepted");
        given().contentType(ContentType.JSON).body(Map.of("confirm", false))
                .post("/api/v1/waybills/{id}/repeal", waybillId).then().statusCode(409)
                .body("detail", containsString("already answered"));
    }

    @Test
    void aRefusedRepealPutsTheWaybillBackWhereItWas() {
        acceptedWaybill();
        utm.requestRepeal(shipped.wbRegId(), "RR-8");
        exchange(fsrarId);
        String refusal = answer(false);
        exchange(fsrarId);
        assertThat(document(refusal).getString("status")).isEqualTo("ACCEPTED");
        JsonPath back = waybill();
        assertThat(back.getString("state")).isEqualTo("ACCEPTED");
        assertThat(back.getString("repeal.answerConfirm")).isEqualTo("Rejected");
    }

    @Test
    void anAnswerNeedsARequestAndADecision() {
        acceptedWaybill();
        given().contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/v1/waybills/{id}/repeal", waybillId).then().statusCode(409)
                .contentType(containsString("problem+json")).body("detail", containsString("RequestRepealWB"));
        utm.requestRepeal(shipped.wbRegId(), "RR-9");
        exchange(fsrarId);
        given().contentType(ContentType.JSON).body(Map.of("note", "?"))
                .post("/api/v1/waybills/{id}/repeal", waybillId).then().statusCode(422)
                .body("errors.field", hasItem("confirm"));
        given().contentType(ContentType.JSON).body(Map.of("confirm", true))
                .post("/api/v1/waybills/{id}/repeal", "no-such-waybill").then().statusCode(404);
        assertThat(waybill().getString("state")).isEqualTo("REPEAL_ASKED");
    }
}
