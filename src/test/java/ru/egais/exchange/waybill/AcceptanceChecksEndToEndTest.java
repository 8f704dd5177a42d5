package ru.egais.exchange.waybill;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.SupplierWaybill;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static ru.egais.exchange.testsupport.Api.exchange;

/** A Differences act may name only what the waybill carries: refused with 422 naming position and mark, nothing queued. */
@QuarkusTest
class AcceptanceChecksEndToEndTest extends WithSimulatedUtm {

    @Test
    void foreignMarksAndMoreThanShippedAreRefusedAndNothingIsQueued() {
        SupplierWaybill shipped = utm.deliverWaybill(1, 1, false); // one position, quantity 1, one mark
        exchange(fsrarId);
        String waybillId = given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        String foreign1 = "1".repeat(68);
        String foreign2 = "2".repeat(68);
        given().contentType(ContentType.JSON).body(Map.of("isAccept", "Differences", "positions", List.of(
                        Map.of("identity", "1", "realQuantity", 5, "marks", List.of(foreign1, foreign2)))))
                .post("/api/v1/waybills/{id}/act", waybillId)
                .then().statusCode(422).contentType(containsString("problem+json"))
                .body("errors.field", hasItems("positions[0].realQuantity", "positions[0].marks[0]", "positions[0].marks[1]"))
                .body("detail", containsString(foreign1)).body("detail", containsString("from 0 to 1"));
        given().contentType(ContentType.JSON).body(Map.of("isAccept", "Differences", "positions", List.of(
                        Map.of("identity", "1", "realQuantity", -1))))
                .post("/api/v1/waybills/{id}/act", waybillId)
                .then().statusCode(422).body("errors.field", hasItems("positions[0].realQuantity"));
        assertThat(given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").then().statusCode(200)
                .extract().jsonPath().getList("id")).as("nothing queued").isEmpty();

        String own = shipped.positions().get(0).marks().get(0);
        given().contentType(ContentType.JSON).body(Map.of("isAccept", "Differences", "positions", List.of(
                        Map.of("identity", "1", "realQuantity", 0, "marks", List.of(own)))))
                .post("/api/v1/waybills/{id}/act", waybillId).then().statusCode(201);
    }
}
