package ru.egais.exchange.waybill;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.SupplierWaybill;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.WithSimulatedUtm;
import ru.egais.exchange.testsupport.SharedEgais;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.newFsrarId;

/** A supplier's waybill and its FORM2REGINFO, joined whichever comes first, answered by an act built from them. */
@QuarkusTest
class SupplierWaybillEndToEndTest extends WithSimulatedUtm {


    JsonPath waybills() {
        return given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200).extract().jsonPath();
    }

    JsonPath answer(String waybillId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/waybills/{id}/act", waybillId)
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void waybillThenRegistrationIsAcceptedWithAnActBuiltFromThemAlone() {
        SupplierWaybill shipped = utm.deliverWaybill(3, 2, false);
        exchange(fsrarId);

        JsonPath list = waybills();
        assertThat(list.getList("id")).hasSize(1);
        assertThat(list.getString("[0].state")).isEqualTo("REGISTERED");
        assertThat(list.getString("[0].wbRegId")).isEqualTo(shipped.wbRegId());
        assertThat(list.getString("[0].waybillType")).isEqualTo("WayBill_v4");
        assertThat(list.getList("[0].positions.informF2RegId"))
                .containsExactlyElementsOf(shipped.positions().stream().map(SupplierWaybill.Position::informF2RegId).toList());
        assertThat(list.getList("[0].positions[0].marks")).containsExactlyElementsOf(shipped.positions().get(0).marks());

        String actId = answer(list.getString("[0].id"), Map.of("isAccept", "Accepted", "immediate", true)).getString("id");
        exchange(fsrarId);

        assertThat(document(actId).getString("status")).isEqualTo("ACCEPTED");
        JsonPath answered = waybills();
        assertThat(answered.getString("[0].state")).isEqualTo("ACCEPTED");
        assertThat(answered.getString("[0].actStatus")).isEqualTo("ACCEPTED");
        given().contentType(ContentType.JSON).body(Map.of("isAccept", "Accepted"))
                .post("/api/v1/waybills/{id}/act", list.getString("[0].id")).then().statusCode(409);
    }

    @Test
    void registrationFirstThenWaybillJoinAndDifferencesQuoteTheirF2Ids() {
        UtmSimulator.Shipment shipment = utm.prepareShipment(2, 2);
        utm.deliver("FORM2REGINFO", null, shipment.registrationXml());
        exchange(fsrarId);
        JsonPath waiting = waybills();
        assertThat(waiting.getString("[0].state")).isEqualTo("WAITING_WAYBILL");
        String waybillId = waiting.getString("[0].id");

        utm.deliver("WayBill_v4", null, shipment.wayBillXml());
        exchange(fsrarId);
        assertThat(waybills().getString("[0].state")).isEqualTo("REGISTERED");
        assertThat(waybills().getList("id")).hasSize(1);

        SupplierWaybill.Position broken = shipment.waybill().positions().get(1);
        String actId = answer(waybillId, Map.of("isAccept", "Differences", "note", "бой", "immediate", true,
                "positions", List.of(Map.of("identity", broken.identity(), "realQuantity", 1,
                        "marks", List.of(broken.marks().get(0)))))).getString("id");
        String xml = given().get("/api/v1/documents/{id}/xml", actId).then().statusCode(200).extract().asString();
        assertThat(xml).contains("<wa:InformF2RegId>" + broken.informF2RegId() + "</wa:InformF2RegId>")
                .contains("<ce:amc>" + broken.marks().get(0) + "</ce:amc>")
                .contains("<wa:WBRegId>" + shipment.waybill().wbRegId() + "</wa:WBRegId>");
        exchange(fsrarId);
        assertThat(document(actId).getString("status")).isEqualTo("ACCEPTED");
        assertThat(waybills().getString("[0].state")).as("the supplier confirmed the differences")
                .isEqualTo("DIFFERENCES_CONFIRMED");
    }

    @Test
    void anAcceptedWaybillIsRepealedWhenTheSupplierConfirms() {
        SupplierWaybill shipped = utm.deliverWaybill(1, 0, false);
        exchange(fsrarId);
        String waybillId = waybills().getString("[0].id");
        String actId = answer(waybillId, Map.of("isAccept", "Accepted", "immediate", true)).getString("id");
        exchange(fsrarId);
        assertThat(document(actId).getString("status")).isEqualTo("ACCEPTED");

        String repeal = ru.egais.exchange.testsupport.Api.prepare(Map.of("fsrarId", fsrarId, "type", "RequestRepealWB",
                "clientId", fsrarId, "requestNumber", "R-1", "requestDate", "2026-11-23T12:00:00",
                "wbRegId", shipped.wbRegId(), "immediate", true)).getString("id");
        assertThat(document(actId).getString("status")).as("a request merely sent moves nothing")
                .isEqualTo("ACCEPTED");

        exchange(fsrarId);
        assertThat(document(repeal).getString("status")).isEqualTo("ACCEPTED");
        assertThat(document(actId).getString("status")).isEqualTo("REPEALED");
        assertThat(waybills().getString("[0].state")).isEqualTo("REPEALED");
    }

    @Test
    void anActNeedsTheRegistrationAndNamesUnknownPositions() {
        UtmSimulator.Shipment shipment = utm.prepareShipment(1, 0);
        utm.deliver("WayBill_v4", null, shipment.wayBillXml());
        exchange(fsrarId);
        String waybillId = waybills().getString("[0].id");
        assertThat(waybills().getString("[0].state")).isEqualTo("WAITING_REGISTRATION");
        given().contentType(ContentType.JSON).body(Map.of("isAccept", "Accepted"))
                .post("/api/v1/waybills/{id}/act", waybillId).then().statusCode(409);

        utm.deliver("FORM2REGINFO", null, shipment.registrationXml());
        exchange(fsrarId);
        given().contentType(ContentType.JSON).body(Map.of("isAccept", "Differences",
                        "positions", List.of(Map.of("identity", "99", "realQuantity", 0))))
                .post("/api/v1/waybills/{id}/act", waybillId)
                .then().statusCode(422).body("errors[0].field", org.hamcrest.Matchers.equalTo("positions[0].identity"));
    }

    @Test
    void realUtmWaybillAndRegistrationAreReadAndShownAsJson() {
        utm.deliver("WayBill_v4", null, SharedEgais.sample("tfyr-kirsa-plugin/TTN-0557370828.xml"));
        utm.deliver("FORM2REGINFO", null, SharedEgais.sample("tfyr-kirsa-plugin/FORM2REGINFO.xml"));
        utm.deliver("TTNHISTORYF2REG", null, SharedEgais.sample("tfyr-kirsa-plugin/TTN-0557370828-history.xml"));
        utm.deliver("WayBill", null, SharedEgais.sample("selyutinartyom-UTM/opt_out/WayBill_123.xml"));
        utm.deliver("FORMBREGINFO", null, SharedEgais.sample("selyutinartyom-UTM/opt_out/FORMBREGINFO_124.xml"));
        exchange(fsrarId);

        JsonPath in = incoming(fsrarId);
        assertThat(in.getList("status")).containsOnly("PROCESSED");
        assertThat(in.getList("docType")).containsExactlyInAnyOrder("WayBill_v4", "TTNInformF2Reg", "TTNHistoryF2Reg",
                "WayBill", "TTNInformBReg");
        String v4 = in.getString("find { it.docType == 'WayBill_v4' }.id");
        given().get("/api/v1/incoming/{id}", v4).then().statusCode(200)
                .body("docType", org.hamcrest.Matchers.equalTo("WayBill_v4"))
                .body("content.Header.Shipper.UL.INN", org.hamcrest.Matchers.equalTo("7446043646"))
                .body("content.Content.Position[0].InformF2.F2RegId", org.hamcrest.Matchers.equalTo("FB-000004893172359"));
        JsonPath list = waybills();
        assertThat(list.getList("wbRegId")).contains("TTN-0557371481");
        assertThat(list.getList("identity")).contains("fc58d5a1-e991-49f6-9c81-de3789f8d383");
        assertThat(list.getString("find { it.identity == 'fc58d5a1-e991-49f6-9c81-de3789f8d383' }.positions[0].alcCode"))
                .isEqualTo("0010255000002043023");
    }
}
