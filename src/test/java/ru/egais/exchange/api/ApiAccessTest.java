package ru.egais.exchange.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.api.ApiAccess;

import java.util.Map;
import java.util.Optional;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
            // Forwarded headers as behind a TLS-terminating reverse proxy: X-Forwarded-Proto https is TLS.
            // A 1 MB body limit (16 MB in production): the over-limit upload is then 2 MB, not 17.
            return Map.of("quarkus.http.host", "0.0.0.0", "egais.api.token", "s3cret-token",
                    "quarkus.http.proxy.proxy-address-forwarding", "true", "quarkus.http.proxy.allow-x-forwarded", "true",
                    "egais.api.max-body-size", "1M");
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
        given().get("/q/health/live").then().statusCode(200).body("status", org.hamcrest.Matchers.is("UP"));
    }

    @Test
    void aBrowserIsSentToLogInOnceAndThenCarriesASessionIdNeverTheTokenInAnHttpOnlyCookie() {
        given().redirects().follow(false).get("/").then().statusCode(303).header("Location", "/ui/login");
        given().redirects().follow(false).get("/ui/documents/x").then().statusCode(303);
        given().get("/ui/login").then().statusCode(200).body(containsString("name=\"token\""));
        given().header("X-Forwarded-For", "10.1.1.1").formParam("token", "wrong").post("/ui/login").then().statusCode(401);
        io.restassured.response.Response login = given().redirects().follow(false).formParam("token", "s3cret-token")
                .post("/ui/login");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.header("Set-Cookie")).doesNotContain("s3cret-token").contains("egais_session=")
                .contains("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContainIgnoringCase("Secure");
        String session = login.cookie("egais_session");
        assertThat(session).hasSize(64);
        given().cookie("egais_session", session).get("/").then().statusCode(200).contentType("text/html");
        given().cookie("egais_session", session).get("/api/v1/organizations").then().statusCode(200);
        given().cookie("egais_session", "s3cret-token").get("/api/v1/organizations").then().statusCode(401);
        given().cookie("egais_token", "s3cret-token").get("/api/v1/organizations").then().statusCode(401);
        given().cookie("egais_session", "wrong").get("/api/v1/organizations").then().statusCode(401);
    }

    @Test
    void overTlsTheSessionCookieIsSecure() {
        io.restassured.response.Response login = given().redirects().follow(false).header("X-Forwarded-Proto", "https")
                .formParam("token", "s3cret-token").post("/ui/login");
        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.header("Set-Cookie")).containsIgnoringCase(";Secure;").contains("egais_session=");
    }

    @Test
    void guessingTheTokenAtTheLoginIsSlowedDown() {
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", "10.2.2.2").formParam("token", "guess-" + i).post("/ui/login")
                    .then().statusCode(401);
        }
        given().header("X-Forwarded-For", "10.2.2.2").formParam("token", "s3cret-token").post("/ui/login")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().redirects().follow(false).header("X-Forwarded-For", "10.3.3.3").formParam("token", "s3cret-token")
                .post("/ui/login").then().statusCode(303);
    }

    @Test
    void healthGivesItsDetailsOnlyToAnAuthenticatedCaller() {
        given().get("/q/health/ready").then().statusCode(200).body("status", org.hamcrest.Matchers.is("UP"))
                .body("checks", org.hamcrest.Matchers.nullValue());
        given().get("/q/health").then().body("checks", org.hamcrest.Matchers.nullValue());
        given().get("/q/health/group/utm").then().body("checks", org.hamcrest.Matchers.nullValue());
        given().header("Authorization", "Bearer s3cret-token").get("/q/health/ready").then().statusCode(200)
                .body("checks.name", org.hamcrest.Matchers.hasItem("utm-certificates"));
    }

    @Test
    void anOversizedBodyIs413ProblemJsonBeforeItIsRead() {
        byte[] big = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        given().header("Authorization", "Bearer s3cret-token").contentType("application/xml").body(big)
                .post("/api/v1/documents").then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("at most 1048576 (egais.api.max-body-size)"));
    }

    @Test
    void exposedWithoutATokenTheServiceRefusesToStart() {
        assertThatThrownBy(() -> ApiAccess.requireTokenIfExposed("0.0.0.0", Optional.empty()))
                .hasMessageContaining("EGAIS_API_TOKEN");
        assertThatCode(() -> ApiAccess.requireTokenIfExposed("127.0.0.1", Optional.empty())).doesNotThrowAnyException();
        assertThatCode(() -> ApiAccess.requireTokenIfExposed("0.0.0.0", Optional.of("t"))).doesNotThrowAnyException();
    }
}
