package ru.egais.exchange.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.OutgoingDocumentTypes;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description carries an example of every document type, and each example is accepted as it is. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyDocumentTypeHasAnExampleInTheOpenApiDescription() {
        JsonPath api = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();
        List<String> expected = new ArrayList<>();
        OutgoingDocumentTypes.apiNames().forEach(expected::add);
        assertThat(api.getMap("paths.'/api/v1/documents'.post.requestBody.content.'application/json'.examples").keySet())
                .containsExactlyInAnyOrderElementsOf(expected);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
