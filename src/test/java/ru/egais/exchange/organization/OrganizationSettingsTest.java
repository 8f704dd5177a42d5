package ru.egais.exchange.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;

/** Exchange settings per organization, and organizations that documents name but that have no settings. */
@QuarkusTest
class OrganizationSettingsTest {

    @Test
    void settingsAreSavedReadAndReplaced() {
        String fsrarId = newFsrarId();
        given().contentType(ContentType.JSON).body(Map.of("name", "Магазин №1", "utmUrl", "http://192.168.1.10:8080/",
                        "exchangeMode", "WORKSTATION", "pollIntervalSeconds", 300, "enabled", false))
                .put("/api/v1/organizations/{id}", fsrarId)
                .then().statusCode(200).body("utmUrl", equalTo("http://192.168.1.10:8080"))
                .body("exchangeMode", equalTo("WORKSTATION"));
        given().get("/api/v1/organizations/{id}", fsrarId).then().statusCode(200)
                .body("name", equalTo("Магазин №1")).body("pollIntervalSeconds", equalTo(300))
                .body("enabled", equalTo(false)).body("lastExchangeAt", equalTo(null));
        given().contentType(ContentType.JSON).body(Map.of("utmUrl", "http://10.0.0.5:8080"))
                .put("/api/v1/organizations/{id}", fsrarId)
                .then().statusCode(200).body("exchangeMode", equalTo("SERVER")).body("enabled", equalTo(true))
                .body("pollIntervalSeconds", equalTo(60));
    }

    @Test
    void badSettingsAre422NamingEachField() {
        given().contentType(ContentType.JSON).body(Map.of("utmUrl", "utm-pc:8080", "pollIntervalSeconds", 0))
                .put("/api/v1/organizations/{id}", "03-00")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("fsrarId", "utmUrl", "pollIntervalSeconds"));
        given().contentType(ContentType.JSON).body(Map.of("utmUrl", "http://x:8080", "exchangeMode", "CLOUD"))
                .put("/api/v1/organizations/{id}", newFsrarId())
                .then().statusCode(422).body("errors.field", hasItem("exchangeMode"));
        given().get("/api/v1/organizations/{id}", newFsrarId()).then().statusCode(404);
    }

    @Test
    void organizationsThatDocumentsNameWithoutSettingsAreListed() {
        String removed = newFsrarId();
        String configured = newFsrarId();
        for (String id : new String[]{removed, configured}) {
            given().contentType(ContentType.JSON).body(Map.of("utmUrl", "http://127.0.0.1:9"))
                    .put("/api/v1/organizations/{id}", id).then().statusCode(200);
            prepare(Map.of("fsrarId", id, "type", "QueryRests_v2"));
        }
        given().delete("/api/v1/organizations/{id}", removed).then().statusCode(204);
        given().delete("/api/v1/organizations/{id}", removed).then().statusCode(404);

        given().get("/api/v1/organizations").then().statusCode(200)
                .body("withoutSettings", hasItem(removed))
                .body("withoutSettings", not(hasItem(configured)))
                .body("organizations.fsrarId", hasItem(configured));
    }

    @Test
    void aDocumentForAnUnknownOrganizationIs422AndNothingIsStored() {
        String unknown = newFsrarId();
        given().contentType(ContentType.JSON).body(Map.of("fsrarId", unknown, "type", "QueryRests_v2"))
                .post("/api/v1/documents").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("fsrarId"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("PUT /api/v1/organizations/" + unknown));
        given().queryParam("fsrarId", unknown).get("/api/v1/documents").then().body("$", org.hamcrest.Matchers.empty());
    }
}
