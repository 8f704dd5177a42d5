package ru.egais.exchange.cheque;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The worst moments: the service killed between storing a cheque and hearing the UTM, the same cheque pressed on
 * two tills at once, and a ready cheque sent to the queue's endpoint.
 */
@QuarkusTest
class ChequeRecoveryTest extends WithSimulatedUtm {

    @Inject
    ChequeRepository cheques;

    /** What a kill after the SENDING commit and before the answer's commit leaves behind, as long ago as asked. */
    void leaveSending(Map<String, Object> request, Duration ago) {
        ChequeRequest parsed = new com.fasterxml.jackson.databind.ObjectMapper().convertValue(request, ChequeRequest.class);
        var document = parsed.toDocument();
        String xml = ru.egais.exchange.utm.xml.ChequeWriter.write(document);
        QuarkusTransaction.requiringNew().run(() -> {
            Cheque c = new Cheque();
            ChequeKey key = ChequeKey.of(document);
            c.id = java.util.UUID.randomUUID().toString();
            c.fsrarId = key.fsrarId();
            c.kassa = key.kassa();
            c.shift = key.shift();
            c.number = key.number();
            c.type = key.type();
            c.date = key.date();
            c.docType = "ChequeV3";
            c.bodyHash = sha256(xml);
            c.xml = xml;
            c.status = ChequeStatus.SENDING;
            c.signedBy = "SERVICE";
            c.createdAt = Instant.now().minus(ago);
            c.sentAt = c.createdAt;
            c.updatedAt = c.createdAt;
            cheques.persist(c);
        });
    }

    static String sha256(String xml) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aChequeLeftSendingByAKilledServiceIsInDoubtAndNotPostedAgain() {
        Map<String, Object> cheque = Cheques.sale(fsrarId, "KKT-1", 1, 1, Cheques.newMark());
        leaveSending(cheque, Duration.ofMinutes(10));
        JsonPath answer = given().contentType(ContentType.JSON).body(cheque).post("/api/v1/cheques")
                .then().statusCode(409).extract().jsonPath();
        assertThat(answer.getString("detail")).contains("IN_DOUBT", "stopped while posting");
        assertThat(utm.postedChequeCount()).isZero();
        assertThat(given().get(answer.getString("instance")).jsonPath().getString("status")).isEqualTo("IN_DOUBT");
    }

    @Test
    void aChequeBeingPostedRightNowIsNotPostedASecondTime() {
        Map<String, Object> cheque = Cheques.sale(fsrarId, "KKT-1", 1, 2, Cheques.newMark());
        leaveSending(cheque, Duration.ZERO);
        given().contentType(ContentType.JSON).body(cheque).post("/api/v1/cheques")
                .then().statusCode(409).body("title", org.hamcrest.Matchers.equalTo("Cheque being signed"));
        assertThat(utm.postedChequeCount()).isZero();
    }

    @Test
    void theSameChequeFromTwoRequestsAtOnceIsPostedOnce() throws Exception {
        utm.faults().slow(300); // both requests are in flight together
        Map<String, Object> cheque = Cheques.sale(fsrarId, "KKT-1", 1, 3, Cheques.newMark());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Callable<Integer> call = () -> given().contentType(ContentType.JSON).body(cheque)
                        .post("/api/v1/cheques").statusCode();
                answers.add(pool.submit(call));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).contains(201).allMatch(s -> s == 201 || s == 200 || s == 409);
            assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        } finally {
            pool.shutdownNow();
            utm.faults().clear();
        }
        assertThat(utm.postedChequeCount()).isEqualTo(1);
    }

    @Test
    void aReadyChequeXmlIsNeverQueuedForOptIn() {
        String xml = ru.egais.exchange.utm.xml.ChequeWriter.write(new com.fasterxml.jackson.databind.ObjectMapper()
                .convertValue(Cheques.sale(fsrarId, "KKT-1", 1, 4, Cheques.newMark()), ChequeRequest.class).toDocument());
        JsonPath problem = given().contentType("application/xml").body(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("immediate", true).post("/api/v1/documents")
                .then().statusCode(422).contentType("application/problem+json").extract().jsonPath();
        assertThat(problem.getString("detail")).contains("retail cheque", "POST /api/v1/cheques");
        assertThat(given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").jsonPath().getList("id")).isEmpty();
        assertThat(utm.received()).isEmpty();
    }

    @Test
    void aWebPageOnTheSamePcCannotSignACheque() throws Exception {
        // A page's form or no-cors fetch can send only "simple" content types, never application/json.
        String json = new com.fasterxml.jackson.databind.ObjectMapper()
                .valueToTree(Cheques.sale(fsrarId, "KKT-1", 9, 1, Cheques.newMark())).toString();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            java.net.URI cheques = java.net.URI.create(
                    "http://127.0.0.1:" + io.restassured.RestAssured.port + "/api/v1/cheques");
            // From another site the Origin alone refuses it (403); with no Origin at all the type does (415).
            java.net.http.HttpRequest fromPage = java.net.http.HttpRequest.newBuilder(cheques)
                    .header("Origin", "https://evil.example").header("Content-Type", type)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
            assertThat(http.send(fromPage, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as(type + " from another site").isEqualTo(403);
            java.net.http.HttpRequest noOrigin = java.net.http.HttpRequest.newBuilder(cheques)
                    .header("Content-Type", type)
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build();
            assertThat(http.send(noOrigin, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode())
                    .as(type).isEqualTo(415);
        }
        assertThat(utm.postedChequeCount()).isZero();
    }
}
