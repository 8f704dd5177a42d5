package ru.egais.exchange.relay;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** A relay node's settings through the API: what is wrong is named field by field, and passwords never come back. */
@QuarkusTest
class RelayNodeSettingsTest {

    static final String MAIL = "{\"localCode\":\"store-7\",\"peerRole\":\"HEAD_OFFICE\",\"transport\":\"MAIL\","
            + "\"mail\":{\"smtpHost\":\"smtp.example\",\"imapHost\":\"imap.example\",\"user\":\"store7\","
            + "\"password\":\"s3cret\",\"address\":\"store7@example\",\"peerAddress\":\"ho@example\"%s}}";

    @Test
    void unencryptedMailIsRefusedWithoutAnExplicitOptIn() {
        given().contentType("application/json").body(MAIL.formatted(",\"security\":\"NONE\""))
                .put("/api/v1/relay/nodes/{code}", "ho-1")
                .then().statusCode(422).contentType(containsString("problem+json"))
                .body("errors.field", hasItem("mail.security"));
        given().contentType("application/json").body(MAIL.formatted(",\"security\":\"NONE\",\"allowUnencrypted\":true"))
                .put("/api/v1/relay/nodes/{code}", "ho-1")
                .then().statusCode(200).body(containsString("store-7")).body(org.hamcrest.Matchers.not(containsString("s3cret")));
    }

    @Test
    void incompleteSettingsNameEachMissingPart() {
        given().contentType("application/json").body("{\"localCode\":\"ho-2\",\"transport\":\"FTP\",\"ftp\":{}}")
                .put("/api/v1/relay/nodes/{code}", "ho-2")
                .then().statusCode(422)
                .body("errors.field", hasItem("localCode"))
                .body("errors.field", hasItem("peerRole"))
                .body("errors.field", hasItem("ftp"));
        given().get("/api/v1/relay/nodes/{code}", "ho-2").then().statusCode(404)
                .body("status", equalTo(404));
    }
}
