package ru.egais.exchange.waybill;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.SupplierWaybill;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static ru.egais.exchange.testsupport.Api.exchange;

/**
 * The waybill's view shows per position its boxes with their marks and the pallet holding them, as the supplier's
 * WayBill_v4 carries them (boxpos, boxtree), besides the flat marks; an act may name a mark from any box.
 */
@QuarkusTest
class WaybillBoxesEndToEndTest extends WithSimulatedUtm {

    @Test
    void eachPositionShowsItsBoxesWithMarksAndThePalletHoldingThem() {
        SupplierWaybill shipped = utm.deliverWaybill(2, 3, false);
        exchange(fsrarId);
        String id = given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");

        JsonPath view = given().get("/api/v1/waybills/{id}", id).then().statusCode(200).extract().jsonPath();

        for (int i = 0; i < 2; i++) {
            SupplierWaybill.Position p = shipped.positions().get(i);
            String at = "positions[" + i + "].";
            List<String> boxNumbers = new ArrayList<>(p.boxes().keySet());
            assertThat(boxNumbers).hasSize(2);
            assertThat(view.getList(at + "marks")).containsExactlyElementsOf(p.marks());
            assertThat(view.getList(at + "boxes.number")).containsExactlyElementsOf(boxNumbers);
            assertThat(view.getList(at + "boxes[0].marks")).containsExactlyElementsOf(p.marks().subList(0, 2));
            assertThat(view.getList(at + "boxes[1].marks")).containsExactlyElementsOf(p.marks().subList(2, 3));
            assertThat(view.getList(at + "boxTree.number")).containsExactly(p.pallet());
            assertThat(view.getList(at + "boxTree[0].contents.number")).containsExactlyElementsOf(boxNumbers);
            assertThat(view.getList(at + "boxTree[0].contents[0].contents")).isEmpty();
        }
        assertThat(shipped.positions().get(0).boxes().keySet())
                .doesNotContainAnyElementsOf(shipped.positions().get(1).boxes().keySet());
    }

    @Test
    void aDifferencesActMayNameAMarkOfAnyBoxOfThePositionButNotOfAnotherPosition() {
        SupplierWaybill shipped = utm.deliverWaybill(2, 3, false);
        exchange(fsrarId);
        String id = given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        String inSecondBox = shipped.positions().get(0).marks().get(2);
        String ofPosition2 = shipped.positions().get(1).marks().get(0);

        given().contentType(ContentType.JSON).body(Map.of("isAccept", "Differences", "positions", List.of(
                        Map.of("identity", "1", "realQuantity", 2, "marks", List.of(ofPosition2)))))
                .post("/api/v1/waybills/{id}/act", id)
                .then().statusCode(422).body("errors.field", hasItems("positions[0].marks[0]"));
        given().contentType(ContentType.JSON).body(Map.of("isAccept", "Differences", "positions", List.of(
                        Map.of("identity", "1", "realQuantity", 2, "marks", List.of(inSecondBox)))))
                .post("/api/v1/waybills/{id}/act", id)
                .then().statusCode(201);
    }

    @Test
    void aPositionWithoutMarksHasNoBoxes() {
        utm.deliverWaybill(1, 0, false);
        exchange(fsrarId);
        String id = given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");

        JsonPath view = given().get("/api/v1/waybills/{id}", id).then().statusCode(200).extract().jsonPath();
        assertThat(view.getList("positions[0].boxes")).isEmpty();
        assertThat(view.getList("positions[0].boxTree")).isEmpty();
    }
}
