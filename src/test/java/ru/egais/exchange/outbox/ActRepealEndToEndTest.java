package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;

/** Our own accepted write-offs and charge-ons repealed (RequestRepealAWO / RequestRepealACO) through the API. */
@QuarkusTest
class ActRepealEndToEndTest extends WithSimulatedUtm {

    private String acceptedAct(String type) {
        String id = prepare(example(type, true)).getString("id");
        exchange(fsrarId);
        assertThat(document(id).getString("status")).isEqualTo("ACCEPTED");
        return id;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> example(String type, boolean immediate) {
        Map<String, Object> doc;
        try (var in = getClass().getResourceAsStream("/examples/" + type + ".json")) {
            doc = new com.fasterxml.jackson.databind.ObjectMapper().readValue(in, Map.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        doc.put("fsrarId", fsrarId);
        doc.put("immediate", immediate);
        return doc;
    }

    private String repeal(String actId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/documents/{id}/repeal", actId)
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    @Test
    void aWriteOffIsRepealedOnlyWhenEgaisAcceptsTheRequest() {
        String act = acceptedAct("ActWriteOff_v3");
        String request = repeal(act, Map.of("requestNumber", "ОС-7"));
        assertThat(document(request).getString("docType")).isEqualTo("RequestRepealAWO");
        String xml = given().get("/api/v1/documents/{id}/xml", request).then().statusCode(200).extract().asString();
        assertThat(xml).contains("AWORegId>WOF-").contains("RequestNumber>ОС-7<");
        assertThat(document(act).getString("status")).as("merely prepared: nothing moves").isEqualTo("ACCEPTED");

        exchange(fsrarId); // sends the request; EGAIS answers
        exchange(fsrarId);
        assertThat(document(request).getString("status")).isEqualTo("ACCEPTED");
        assertThat(document(act).getString("status")).isEqualTo("REPEALED");
        given().post("/api/v1/documents/{id}/repeal", act).then().statusCode(409)
                .body("detail", containsString("REPEALED"));
    }

    @Test
    void aChargeOnIsRepealedWithRequestRepealAco() {
        String act = acceptedAct("ActChargeOnShop_v2");
        String request = repeal(act, Map.of("immediate", true));
        assertThat(document(request).getString("docType")).isEqualTo("RequestRepealACO");
        exchange(fsrarId);
        assertThat(document(act).getString("status")).isEqualTo("REPEALED");
    }

    @Test
    void aSecondRequestRefusedByEgaisLeavesTheRepealAsTheFirstMadeIt() {
        String act = acceptedAct("ActWriteOffShop_v2");
        String first = repeal(act, Map.of());
        String second = repeal(act, Map.of()); // the act is still ACCEPTED: a second request may be prepared
        exchange(fsrarId);
        exchange(fsrarId);
        assertThat(document(first).getString("status")).isEqualTo("ACCEPTED");
        assertThat(document(second).getString("status")).isEqualTo("REJECTED");
        assertThat(document(act).getString("status")).isEqualTo("REPEALED");
    }

    @Test
    void onlyAcceptedActsOfRepealableTypesAreRepealed() {
        String query = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("id");
        given().post("/api/v1/documents/{id}/repeal", query).then().statusCode(409)
                .contentType(containsString("problem+json")).body("detail", containsString("RequestRepealWB"));
        given().post("/api/v1/documents/{id}/repeal", "no-such-document").then().statusCode(404);
        utm.down(); // the write-off stays QUEUED
        String queued = prepare(example("ActWriteOff_v3", false)).getString("id");
        given().post("/api/v1/documents/{id}/repeal", queued).then().statusCode(409)
                .body("detail", containsString("QUEUED"));
        utm.up();
    }
}
