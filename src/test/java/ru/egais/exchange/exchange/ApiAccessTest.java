package ru.egais.exchange.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.api.ApiAccess;

import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/** Listening beyond loopback, every call but health needs the token. */
@QuarkusTest
@TestProfile(ApiAccessTest.Exposed.class)
class ApiAccessTest {

    public static class Exposed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.host", "0.0.0.0", "egais.api.token", "s3cret-token");
        }
    }

    @Test
    void callsWithoutTheRightTokenAre401AndHealthStaysOpen() {
        given().get("/api/v1/organizations").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer").body("detail", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong").get("/api/v1/organizations").then().statusCode(401);
        given().header("Authorization", "Bearer s3cret-token").get("/api/v1/organizations").then().statusCode(200);
        given().header("X-Api-Token", "s3cret-token").get("/api/v1/organizations").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(401);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aBrowserIsSentToLogInOnceAndThenCarriesTheTokenInAnHttpOnlyCookie() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", "/ui/login");
        given().redirects().follow(false).get("/ui/documents/x").then().statusCode(303);
        given().get("/ui/login").then().statusCode(200).body(containsString("name=\"token\""));
        given().formParam("token", "wrong").post("/ui/login").then().statusCode(401);
        io.restassured.response.Response login = given().redirects().follow(false).formParam("token", "s3cret-token")
                .post("/ui/login");
        org.assertj.core.api.Assertions.assertThat(login.statusCode()).isEqualTo(303);
        org.assertj.core.api.Assertions.assertThat(login.header("Set-Cookie"))
                .contains("egais_token=s3cret-token").contains("HttpOnly").containsIgnoringCase("SameSite=Strict");
        given().cookie("egais_token", "s3cret-token").get("/").then().statusCode(200).contentType("text/html");
        given().cookie("egais_token", "wrong").get("/api/v1/organizations").then().statusCode(401);
        given().cookie("egais_token", "s3cret-token").get("/api/v1/organizations").then().statusCode(200);
    }

    @Test
    void anOversizedBodyIs413ProblemJsonBeforeItIsRead() {
        byte[] big = new byte[17 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        given().header("Authorization", "Bearer s3cret-token").contentType("application/xml").body(big)
                .post("/api/v1/documents").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most"));
    }

    @Test
    void exposedWithoutATokenTheServiceRefusesToStart() {
        assertThatThrownBy(() -> ApiAccess.requireTokenIfExposed("0.0.0.0", Optional.empty()))
                .hasMessageContaining("EGAIS_API_TOKEN");
        assertThatCode(() -> ApiAccess.requireTokenIfExposed("127.0.0.1", Optional.empty())).doesNotThrowAnyException();
        assertThatCode(() -> ApiAccess.requireTokenIfExposed("0.0.0.0", Optional.of("t"))).doesNotThrowAnyException();
    }
}
