package ru.egais.exchange.classifier;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.status;

/** Classifier queries are sent at once, and their replies fill the catalogue that the API searches and views use. */
@QuarkusTest
class ClassifierCatalogueEndToEndTest extends WithSimulatedUtm {

    /** A fresh INN per test: the catalogue is shared by every organization (and every test). */
    private static String newInn() {
        return "77" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private JsonPath query(String type, String by, String value, Boolean immediate) {
        Map<String, Object> body = new HashMap<>(Map.of("fsrarId", fsrarId, "type", type, "by", by, "value", value));
        if (immediate != null) {
            body.put("immediate", immediate);
        }
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/queries/classifier")
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath products(Map<String, String> params) {
        return given().queryParams(params).get("/api/v1/classifiers/products").then().statusCode(200)
                .extract().jsonPath();
    }

    private static JsonPath partners(Map<String, String> params) {
        return given().queryParams(params).get("/api/v1/classifiers/partners").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aClassifierQueryIsSentAtOnceByDefaultAndQueuedWhenAskedTo() {
        assertThat(query("QueryAP", "ИНН", newInn(), null).getString("status")).isEqualTo("SENT");
        assertThat(utm.receivedCount("QueryAP")).isEqualTo(1);
        assertThat(query("QueryAP", "ИНН", newInn(), false).getString("status")).isEqualTo("QUEUED");
        assertThat(utm.receivedCount("QueryAP")).isEqualTo(1);
    }

    @Test
    void anUnreachableUtmLeavesTheClassifierQueryQueued() {
        utm.down();
        assertThat(query("QueryClients", "ИНН", newInn(), null).getString("status")).isEqualTo("QUEUED");
    }

    @Test
    void productsFromReplyApFillTheCatalogueWithTheirProducer() {
        String inn = newInn();
        String id = query("QueryAP", "ИНН", inn, null).getString("id");
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");

        JsonPath byInn = products(Map.of("inn", inn));
        assertThat(byInn.getList("alcCode")).containsExactlyInAnyOrder("00" + inn + "0000001", "00" + inn + "0000002");
        assertThat(byInn.getList("producer.inn")).containsOnly(inn);
        assertThat(byInn.getList("producer.name")).containsOnly("ООО \"Поставщик " + inn + "\"");
        // Words of the name, in any case (Cyrillic folded by the service, not by SQLite), with the producer's INN.
        JsonPath cognac = products(Map.of("inn", inn, "q", "КОНЬЯК лет"));
        assertThat(cognac.getList("alcCode")).containsExactly("00" + inn + "0000001");
        assertThat(cognac.getString("[0].capacity")).isEqualTo("0.7000");
        assertThat(cognac.getString("[0].alcVolume")).isEqualTo("40.000");
        assertThat(products(Map.of("alcCode", "00" + inn + "0000002")).getList("fullName"))
                .containsExactly("Вино \"Симуляция\" красное сухое");
        assertThat(products(Map.of("inn", inn, "q", "текила")).getList("alcCode")).isEmpty();
        // The producer is an organization of the catalogue too.
        assertThat(partners(Map.of("inn", inn)).getList("clientRegId")).containsExactly("02" + inn);
    }

    @Test
    void partnersFromReplyClientFillTheCatalogueAndEveryReplyUpdatesThem() {
        String inn = newInn();
        query("QueryClients", "ИНН", inn, null);
        exchange(fsrarId);
        JsonPath first = partners(Map.of("inn", inn));
        assertThat(first.getList("clientRegId")).containsExactly("02" + inn);
        assertThat(first.getString("[0].kpp")).isEqualTo("770101001");
        assertThat(first.getString("[0].fullName")).isEqualTo("Общество с ограниченной ответственностью \"Поставщик " + inn + "\"");
        assertThat(first.getString("[0].address")).isEqualTo("Россия, Москва, Тверская ул., 1");
        assertThat(first.getString("[0].state")).isEqualTo("Active");
        assertThat(partners(Map.of("q", "поставщик " + inn)).getList("clientRegId")).containsExactly("02" + inn);

        query("QueryClients", "ИНН", inn, null);
        exchange(fsrarId);
        JsonPath second = partners(Map.of("inn", inn));
        assertThat(second.getList("clientRegId")).hasSize(1);
        assertThat(second.getString("[0].sourceIncomingId")).isNotEqualTo(first.getString("[0].sourceIncomingId"));
    }

    @Test
    void aWaybillWhoseRegistrationCameFirstShowsTheShipperNameFromTheCatalogue() {
        UtmSimulator.Shipment shipment = utm.prepareShipment(1, 0);
        String shipper = shipment.waybill().shipperFsrarId();
        query("QueryClients", "СИО", shipper, null);
        utm.deliver("FORM2REGINFO", null, shipment.registrationXml());
        exchange(fsrarId);

        JsonPath waybills = given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200)
                .extract().jsonPath();
        assertThat(waybills.getString("[0].state")).isEqualTo("WAITING_WAYBILL");
        assertThat(waybills.getString("[0].shipperFsrarId")).isEqualTo(shipper);
        assertThat(given().get("/api/v1/waybills/{id}", waybills.getString("[0].id")).then().statusCode(200)
                .extract().jsonPath().getString("shipperName")).startsWith("ООО \"Поставщик ");
    }

    @Test
    void aWaybillPositionWithoutAProductNameShowsTheCataloguesName() {
        UtmSimulator.Shipment shipment = utm.prepareShipment(1, 0);
        String alcCode = shipment.waybill().positions().get(0).alcCode();
        query("QueryAP", "КОД", alcCode, null);
        // A supplier's program that writes no product name (the readers are tolerant; the catalogue fills the gap).
        utm.deliver("WayBill_v4", null, shipment.wayBillXml().replaceAll("<pref:FullName>[^<]*</pref:FullName>", ""));
        utm.deliver("FORM2REGINFO", null, shipment.registrationXml());
        exchange(fsrarId);

        String id = given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200)
                .extract().jsonPath().getString("[0].id");
        assertThat(given().get("/api/v1/waybills/{id}", id).then().statusCode(200).extract().jsonPath()
                .getString("positions[0].productName")).isEqualTo("Водка \"Симуляция\" " + alcCode.substring(15));
    }

    @Test
    void badSearchLimitsAreRefused() {
        given().queryParam("limit", 0).get("/api/v1/classifiers/products").then().statusCode(422)
                .contentType("application/problem+json");
    }
}
