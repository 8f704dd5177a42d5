package ru.egais.exchange.testsupport;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Calls of the service's HTTP API as a shop's system makes them, for end-to-end tests. */
public final class Api {

    private Api() {
    }

    /** A fresh FSRAR ID per test, so tests sharing one service instance never see each other's documents. */
    public static String newFsrarId() {
        return "0300" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static void configureOrganization(String fsrarId, String utmUrl) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Магазин " + fsrarId, "utmUrl", utmUrl, "pollIntervalSeconds", 60))
                .put("/api/v1/organizations/{id}", fsrarId)
                .then().statusCode(200);
    }

    /** POSTs a JSON document and expects it to be accepted (201); returns the answer. */
    public static JsonPath prepare(Map<String, ?> document) {
        return given().contentType(ContentType.JSON).body(document)
                .post("/api/v1/documents")
                .then().statusCode(201).contentType(ContentType.JSON).extract().jsonPath();
    }

    public static JsonPath document(String id) {
        return given().get("/api/v1/documents/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    public static String status(String id) {
        return document(id).getString("status");
    }

    public static JsonPath exchange(String... fsrarIds) {
        return given().contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarIds)))
                .post("/api/v1/exchange")
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath processOutbox(String... fsrarIds) {
        return given().contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarIds)))
                .post("/api/v1/outbox/process")
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath incoming(String fsrarId) {
        return given().queryParam("fsrarId", fsrarId).get("/api/v1/incoming")
                .then().statusCode(200).extract().jsonPath();
    }
}
