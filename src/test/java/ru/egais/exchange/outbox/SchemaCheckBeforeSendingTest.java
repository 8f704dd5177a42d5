package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.SharedEgais;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;

/** Documents are checked against the schemas the organization's UTM publishes before they are queued. */
@QuarkusTest
class SchemaCheckBeforeSendingTest {

    @Test
    void aDocumentTheUtmsSchemasRefuseIs422WithLineAndMessageAndNothingIsQueued() {
        String fsrarId = newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0).schemas(SharedEgais.xsd())) {
            configureOrganization(fsrarId, utm.url());
            String actWithoutNumber = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <ns:Documents Version="1.0" xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"
                        xmlns:wa="http://fsrar.ru/WEGAIS/ActTTNSingle_v4">
                      <ns:Owner><ns:FSRAR_ID>%s</ns:FSRAR_ID></ns:Owner>
                      <ns:Document><ns:WayBillAct_v4><wa:Header><wa:IsAccept>Accepted</wa:IsAccept>
                        <wa:ActDate>2026-11-23</wa:ActDate><wa:WBRegId>TTN-1</wa:WBRegId></wa:Header>
                      </ns:WayBillAct_v4></ns:Document>
                    </ns:Documents>""".formatted(fsrarId);
            given().contentType("application/xml").body(actWithoutNumber.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/documents").then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("xml"))
                    .body("errors[0].message", containsString("line 6"))
                    .body("errors[0].message", containsString("ACTNUMBER"));
            given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").then().body("$", empty());

            String ok = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");
            assertThat(ok).isNotNull();
            assertThat(utm.received()).hasSize(1);
        }
    }

    @Test
    void withoutPublishedSchemasOrWithUtmDownDocumentsAreStillQueued() {
        String fsrarId = newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0)) {
            configureOrganization(fsrarId, utm.url());
            utm.down();
            assertThat(prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("status"))
                    .isEqualTo("QUEUED");
        }
    }
}
