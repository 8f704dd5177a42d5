package ru.egais.exchange.waybill;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.newFsrarId;

/** Waybills EGAIS sent but we never received are found with QueryNATTN and fetched again with QueryResendDoc. */
@QuarkusTest
class WaybillRecoveryEndToEndTest extends WithSimulatedUtm {


    void startRecovery() {
        given().contentType(ContentType.JSON).body(Map.of("fsrarId", fsrarId, "immediate", true))
                .post("/api/v1/waybills/recovery").then().statusCode(201);
    }

    JsonPath recoveries() {
        return given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills/recovery").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aLostWaybillIsFoundResentRegisteredAndCanBeAnswered() {
        UtmSimulator.Shipment lost = utm.prepareShipment(2, 1); // EGAIS has it; it never reached /opt/out
        startRecovery();
        exchange(fsrarId); // ReplyNoAnswerTTN arrives; a QueryResendDoc is prepared for the lost waybill

        JsonPath waiting = recoveries();
        assertThat(waiting.getList("wbRegId")).containsExactly(lost.waybill().wbRegId());
        assertThat(waiting.getString("[0].state")).isEqualTo("WAITING");
        assertThat(waiting.getString("[0].queryDocumentId")).isNotNull();

        exchange(fsrarId); // the QueryResendDoc goes out; EGAIS sends the waybill and its registration again
        JsonPath resent = recoveries();
        assertThat(resent.getString("[0].state")).isEqualTo("RESENT");
        assertThat(resent.getString("[0].queryStatus")).isEqualTo("ACCEPTED");
        String waybillId = resent.getString("[0].waybillId");
        given().get("/api/v1/waybills/{id}", waybillId).then().statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("REGISTERED"))
                .body("wbRegId", org.hamcrest.Matchers.equalTo(lost.waybill().wbRegId()));

        startRecovery();
        exchange(fsrarId);
        exchange(fsrarId);
        assertThat(recoveries().getList("id")).as("a waybill is not asked for twice").hasSize(1);
        assertThat(utm.receivedCount("QueryResendDoc")).isEqualTo(1);
    }

    @Test
    void aResendEgaisRefusesIsTrackedAsRefused() {
        utm.deliver("ReplyNoAnswerTTN", null, """
                <?xml version="1.0" encoding="UTF-8"?><ns:Documents xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"
                 xmlns:t="http://fsrar.ru/WEGAIS/ReplyNoAnswerTTN"><ns:Owner><ns:FSRAR_ID>3463047</ns:FSRAR_ID></ns:Owner>
                <ns:Document><ns:ReplyNoAnswerTTN><t:Consignee>%s</t:Consignee><t:ReplyDate>2026-11-23T10:00:00</t:ReplyDate>
                <t:ttnlist><t:NoAnswer><t:WbRegID>TTN-0000000404</t:WbRegID><t:ttnNumber>404</t:ttnNumber>
                <t:ttnDate>2026-11-01</t:ttnDate><t:Shipper>010000000001</t:Shipper></t:NoAnswer></t:ttnlist>
                </ns:ReplyNoAnswerTTN></ns:Document></ns:Documents>""".formatted(fsrarId));
        exchange(fsrarId);
        exchange(fsrarId);
        JsonPath refused = recoveries();
        assertThat(refused.getString("[0].wbRegId")).isEqualTo("TTN-0000000404");
        assertThat(refused.getString("[0].state")).isEqualTo("REFUSED");
    }

    @Test
    void aWaybillWeHoldIsNotAskedFor() {
        utm.deliverWaybill(1, 0, false); // received, not answered yet: EGAIS lists it as unanswered
        exchange(fsrarId);
        startRecovery();
        exchange(fsrarId);
        exchange(fsrarId);
        assertThat(recoveries().getList("id")).isEmpty();
        assertThat(utm.receivedCount("QueryResendDoc")).isZero();
    }
}
