package ru.egais.exchange.cheque;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A WORKSTATION organization: its till signs at the UTM itself and hands the signed cheque to the service to keep. */
@QuarkusTest
class ChequeWorkstationTest extends WithSimulatedUtm {

    void workstation(String id) {
        given().contentType(ContentType.JSON).body(Map.of("name", "Касса", "utmUrl", utm.url(),
                "exchangeMode", "WORKSTATION", "pollIntervalSeconds", 60)).put("/api/v1/organizations/{id}", id)
                .then().statusCode(200);
    }

    @Test
    void theServiceNeverPostsAWorkstationsChequeAndSaysHowToHandItOver() {
        workstation(fsrarId);
        given().contentType(ContentType.JSON).body(Cheques.sale(fsrarId, "KKT-1", 1, 1, Cheques.newMark()))
                .post("/api/v1/cheques").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("POST /api/v1/cheques/signed"));
        assertThat(utm.postedChequeCount()).isZero();
    }

    @Test
    void aChequeSignedByTheTillIsKeptOnceAndListed() {
        workstation(fsrarId);
        Map<String, Object> cheque = Cheques.sale(fsrarId, "KKT-1", 2, 1, Cheques.newMark());
        Map<String, Object> handOver = Map.of("cheque", cheque,
                "url", "https://check.egais.ru?id=0b5e7c36-4d4d-4b1a-9c3e-111111111111&dt=0112261015&cn=" + fsrarId,
                "sign", "AB".repeat(64));
        JsonPath kept = given().contentType(ContentType.JSON).body(handOver).post("/api/v1/cheques/signed")
                .then().statusCode(201).extract().jsonPath();
        assertThat(kept.getString("status")).isEqualTo("SIGNED");
        assertThat(kept.getString("signedBy")).isEqualTo("TILL");
        given().contentType(ContentType.JSON).body(handOver).post("/api/v1/cheques/signed").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.equalTo(kept.getString("id")));
        Map<String, Object> other = Map.of("cheque", Cheques.sale(fsrarId, "KKT-1", 2, 1, Cheques.newMark()),
                "url", "https://check.egais.ru?id=x", "sign", "CD");
        given().contentType(ContentType.JSON).body(other).post("/api/v1/cheques/signed").then().statusCode(409);
        given().contentType(ContentType.JSON).body(Map.of("cheque", cheque)).post("/api/v1/cheques/signed")
                .then().statusCode(422);
        assertThat(given().queryParam("fsrarId", fsrarId).queryParam("shift", "2").get("/api/v1/cheques")
                .jsonPath().getList("status", String.class)).containsExactly("SIGNED");
        assertThat(utm.postedChequeCount()).isZero();
    }

    @Test
    void theTillsSignedAnswerSettlesAChequeTheServiceHeldInDoubt() {
        utm.faults().loseAnswers(true);
        Map<String, Object> cheque = Cheques.sale(fsrarId, "KKT-1", 3, 1, Cheques.newMark());
        String instance = given().contentType(ContentType.JSON).body(cheque).post("/api/v1/cheques")
                .then().statusCode(503).extract().jsonPath().getString("instance");
        utm.faults().clear();
        given().contentType(ContentType.JSON).body(Map.of("cheque", cheque, "url", "https://check.egais.ru?id=y",
                "sign", "EF")).post("/api/v1/cheques/signed").then().statusCode(200);
        JsonPath settled = given().get(instance).jsonPath();
        assertThat(settled.getString("status")).isEqualTo("SIGNED");
        assertThat(settled.getString("signedBy")).isEqualTo("TILL");
        assertThat(settled.getString("error")).isNull();
        assertThat(utm.postedChequeCount()).isEqualTo(1);
    }
}
