package ru.egais.exchange.organization;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.newFsrarId;

/** GET /api/v1/organizations for the organizations asked, grouped as 1C's НастройкиОбменаЕГАИС groups them. */
@QuarkusTest
class OrganizationGroupsTest {

    private static void configure(String fsrarId, String mode) {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Магазин " + fsrarId, "utmUrl", "http://127.0.0.1:1", "exchangeMode", mode))
                .put("/api/v1/organizations/{id}", fsrarId).then().statusCode(200);
    }

    @Test
    void theOrganizationsAskedForAreGroupedByWhoExchangesThem() {
        String server = newFsrarId();
        String workstation = newFsrarId();
        String unconfigured = newFsrarId();
        String notAsked = newFsrarId();
        configure(server, "SERVER");
        configure(workstation, "WORKSTATION");
        configure(notAsked, "SERVER");

        JsonPath list = given().queryParam("fsrarId", server).queryParam("fsrarId", workstation + "," + unconfigured)
                .get("/api/v1/organizations").then().statusCode(200).extract().jsonPath();

        assertThat(list.getList("serverExchange.fsrarId")).containsExactly(server);
        assertThat(list.getList("workstationExchange.fsrarId")).containsExactly(workstation);
        assertThat(list.getList("withoutSettings")).containsExactly(unconfigured);
        assertThat(list.getList("organizations.fsrarId")).containsExactlyInAnyOrder(server, workstation);
        assertThat(list.getMap("serverExchange[0]")).containsKeys("name", "utmUrl", "exchangeMode",
                "pollIntervalSeconds", "enabled", "lastExchangeAt", "lastSendAt", "lastReceiveAt", "lastError");
    }

    @Test
    void withoutFsrarIdEveryOrganizationIsListedAndGrouped() {
        String server = newFsrarId();
        String workstation = newFsrarId();
        configure(server, "SERVER");
        configure(workstation, "WORKSTATION");

        JsonPath list = given().get("/api/v1/organizations").then().statusCode(200).extract().jsonPath();
        assertThat(list.getList("serverExchange.fsrarId")).contains(server).doesNotContain(workstation);
        assertThat(list.getList("workstationExchange.fsrarId")).contains(workstation).doesNotContain(server);
        assertThat(list.getList("organizations.fsrarId")).contains(server, workstation);
    }

    @Test
    void aMalformedFsrarIdIsRefused() {
        given().queryParam("fsrarId", "03000012345x").get("/api/v1/organizations").then().statusCode(422)
                .contentType("application/problem+json");
    }
}
