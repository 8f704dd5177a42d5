package ru.egais.exchange.outbox;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.SharedEgais;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * The schema download's circuit breaker: a UTM that could not give its schemas is not asked again (within
 * {@code egais.schemas.retry-after}), so later documents are queued without waiting on it; and it is one breaker per
 * UTM, so another UTM's schemas are still downloaded and checked.
 */
@QuarkusTest
class SchemaDownloadBreakerTest {

    private WireMockServer brokenUtm;

    @BeforeEach
    void startBrokenUtm() {
        brokenUtm = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        brokenUtm.start();
        brokenUtm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500).withBody("internal error")));
    }

    @AfterEach
    void stopBrokenUtm() {
        brokenUtm.stop();
    }

    @Test
    void aUtmThatFailedToGiveSchemasIsNotAskedAgainForTheNextDocuments() {
        String fsrarId = newFsrarId();
        configureOrganization(fsrarId, "http://127.0.0.1:" + brokenUtm.port());

        assertThat(prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("status"))
                .isEqualTo("QUEUED");
        int schemaCalls = schemaRequests();
        assertThat(schemaCalls).as("the first document tried to download the schemas").isPositive();

        for (int i = 0; i < 3; i++) {
            assertThat(prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("status"))
                    .isEqualTo("QUEUED");
        }
        assertThat(schemaRequests()).as("the open breaker keeps later documents off the failing UTM")
                .isEqualTo(schemaCalls);
    }

    @Test
    void oneUtmsOpenBreakerLeavesAnotherUtmsSchemaCheckAlone() {
        String broken = newFsrarId();
        configureOrganization(broken, "http://127.0.0.1:" + brokenUtm.port());
        prepare(Map.of("fsrarId", broken, "type", "QueryRests_v2"));
        assertThat(schemaRequests()).isPositive();

        String healthy = newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(healthy, 0).schemas(SharedEgais.xsd())) {
            configureOrganization(healthy, utm.url());
            String actWithoutNumber = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ns:Documents Version="1.0" xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"
                        xmlns:wa="http://fsrar.ru/WEGAIS/ActTTNSingle_v4">
                      <ns:Owner><ns:FSRAR_ID>%s</ns:FSRAR_ID></ns:Owner>
                      <ns:Document><ns:WayBillAct_v4><wa:Header><wa:IsAccept>Accepted</wa:IsAccept>
                        <wa:ActDate>2026-11-23</wa:ActDate><wa:WBRegId>TTN-1</wa:WBRegId></wa:Header>
                      </ns:WayBillAct_v4></ns:Document>
                    </ns:Documents>""".formatted(healthy);
            given().contentType("application/xml").body(actWithoutNumber).post("/api/v1/documents")
                    .then().statusCode(422);
        }
    }

    private int schemaRequests() {
        return brokenUtm.findAll(anyRequestedFor(urlMatching("/info(/xsd.*)?"))).size();
    }
}
