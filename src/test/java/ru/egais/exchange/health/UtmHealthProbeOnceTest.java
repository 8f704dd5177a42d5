package ru.egais.exchange.health;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.Api;
import ru.egais.exchange.testsupport.WireMockUtmResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** However often and however concurrently health is asked, each UTM is called at most once per probe max age. */
@QuarkusTest
@TestProfile(UtmHealthProbeOnceTest.LongProbeAge.class)
@QuarkusTestResource(value = WireMockUtmResource.class, restrictToAnnotatedClass = true)
class UtmHealthProbeOnceTest {

    public static class LongProbeAge implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("egais.monitor.utm-probe-max-age", "1H", "egais.monitor.utm-probe-interval", "1H");
        }
    }

    @WireMockUtmResource.InjectWireMock
    WireMockServer wireMock;

    @Test
    void manyHealthCallsMakeOneCallToTheUtm() {
        wireMock.stubFor(get("/api/info/list").willReturn(aResponse().withFixedDelay(300).withBody(
                "{\"version\":\"4.2.0\",\"rsa\":{\"isValid\":true,\"expireDate\":\"2099-01-01 00:00:00 +0300\"},"
                        + "\"gost\":{\"isValid\":true,\"expireDate\":\"2099-01-01 00:00:00 +0300\"}}")));
        String fsrarId = Api.newFsrarId();
        wireMock.stubFor(get("/diagnosis").willReturn(aResponse().withBody("<CN>" + fsrarId + "</CN>")));
        Api.configureOrganization(fsrarId, "http://127.0.0.1:" + wireMock.port());
        // Saving the settings checks whose key the UTM holds (UtmKeyGuard) at once: that is the PUT's call, not
        // health's; count only what the health calls below make.
        wireMock.resetRequests();

        List<CompletableFuture<Void>> callers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String path = i % 2 == 0 ? "/q/health/group/utm" : "/q/health/ready";
            callers.add(CompletableFuture.runAsync(() -> given().get(path).then().body(containsString(fsrarId))));
        }
        callers.forEach(CompletableFuture::join);
        for (int i = 0; i < 5; i++) {
            given().get("/q/health/group/utm").then().statusCode(200).body(containsString(fsrarId));
        }
        wireMock.verify(1, getRequestedFor(urlEqualTo("/api/info/list")));
        wireMock.verify(1, getRequestedFor(urlEqualTo("/diagnosis")));
    }
}
