package ru.egais.exchange.workstation;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.arc.Arc;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.SettableClock;
import ru.egais.exchange.workstation.client.WorkstationClient;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/** A workstation carries the exchange between the service and a UTM only it reaches. */
@QuarkusTest
class WorkstationExchangeTest {

    @TestHTTPResource("/")
    URL service;

    String fsrarId;
    UtmSimulator utm;

    @BeforeEach
    void startUtm() {
        fsrarId = newFsrarId();
        utm = UtmSimulator.start(fsrarId, 0);
        given().contentType(ContentType.JSON).body(Map.of("utmUrl", utm.url(), "exchangeMode", "WORKSTATION",
                "pollIntervalSeconds", 60)).put("/api/v1/organizations/{id}", fsrarId).then().statusCode(200);
    }

    @AfterEach
    void stopUtm() {
        utm.close();
        resetClock();
    }

    /**
     * The service's clock moves past a lease. Not an injected field: {@link WorkstationExchangeIT} reruns this class
     * against the packaged service, where nothing can be injected and the clock is the system's.
     */
    void letLeaseRunOut(Duration lease) throws InterruptedException {
        Arc.container().instance(SettableClock.class).get().tick(lease.plusSeconds(1));
    }

    void resetClock() {
        Arc.container().instance(SettableClock.class).get().reset();
    }

    WorkstationClient workstation(String name) {
        return new WorkstationClient(service.toString(), null, fsrarId, utm.url(), name);
    }

    String act(String ttn) {
        return prepare(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Accepted", "actNumber", "1",
                "actDate", "2026-11-23", "wbRegId", ttn, "immediate", true)).getString("id");
    }

    @Test
    void anActAndAStockQueryReachAcceptedThroughTheWorkstation() throws Exception {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        String act = act(ttn);
        String rests = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("id");
        exchange(fsrarId); // the service itself never contacts this organization's UTM
        assertThat(utm.received()).isEmpty();

        WorkstationClient.Result first = workstation("kassa-1").exchangeOnce();

        assertThat(first.posted()).isEqualTo(2);
        assertThat(status(act)).isEqualTo("ACCEPTED");
        assertThat(status(rests)).isEqualTo("ACCEPTED");
        assertThat(utm.listedCount()).as("everything stored was deleted from the UTM").isZero();
        assertThat(incoming(fsrarId).getList("docType")).contains("WayBill_v4", "TTNInformF2Reg", "ReplyRests_v2", "Ticket");
        JsonPath schedule = given().get("/api/v1/exchange/workstation/{id}", fsrarId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(schedule.getBoolean("late")).isFalse();
        assertThat(schedule.getString("nextExchangeAt")).isNotNull();
    }

    @Test
    void aWorkstationDyingMidBatchLosesNothingAndNothingIsSentTwice() throws Exception {
        String first = act("TTN-0000000001");
        String second = act("TTN-0000000002");
        JsonPath batch = given().contentType(ContentType.JSON).body(Map.of("workstationId", "kassa-1", "leaseSeconds", 1))
                .post("/api/v1/exchange/workstation/{id}/pull", fsrarId).then().statusCode(200).extract().jsonPath();
        assertThat(batch.getList("messages")).hasSize(2);
        // Another workstation asking meanwhile gets nothing: the lease holds them.
        assertThat(given().contentType(ContentType.JSON).body(Map.of("workstationId", "kassa-2"))
                .post("/api/v1/exchange/workstation/{id}/pull", fsrarId).jsonPath().getList("messages")).isEmpty();
        // kassa-1 posts the first message to its UTM, then dies before reporting anything.
        java.net.http.HttpClient.newHttpClient().send(
                multipart(utm.url() + "/opt/in/" + batch.getString("messages[0].utmPath"), batch.getString("messages[0].xml")),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        letLeaseRunOut(Duration.ofSeconds(1)); // the lease runs out

        workstation("kassa-2").exchangeOnce(); // finds the first in /opt/in, reports the second as not there
        workstation("kassa-2").exchangeOnce(); // posts the second
        workstation("kassa-2").exchangeOnce(); // brings back the last answers

        assertThat(utm.receivedCount("WayBillAct_v4")).as("each sent exactly once").isEqualTo(2);
        assertThat(List.of(status(first), status(second))).containsOnly("REJECTED"); // unknown TTNs: EGAIS refuses
        assertThat(document(first).getString("replyId")).isNotEqualTo(document(second).getString("replyId"));
    }

    @Test
    void anUploadRepeatedHasNoSecondEffect() {
        String id = act("TTN-0000000003");
        JsonPath batch = given().contentType(ContentType.JSON).body(Map.of("workstationId", "kassa-1"))
                .post("/api/v1/exchange/workstation/{id}/pull", fsrarId).then().statusCode(200).extract().jsonPath();
        String ack = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><A><url>r-123</url><sign>00</sign><ver>2</ver></A>";
        List<Map<String, Object>> answers = List.of(Map.of("messageId", batch.getString("messages[0].messageId"), "ack", ack));
        given().contentType(ContentType.JSON).body(answers).post("/api/v1/exchange/workstation/{id}/answers", fsrarId)
                .then().statusCode(200).body("[0].result", org.hamcrest.Matchers.equalTo("RECORDED"))
                .body("[0].documentStatus", org.hamcrest.Matchers.equalTo("SENT"));
        given().contentType(ContentType.JSON).body(answers).post("/api/v1/exchange/workstation/{id}/answers", fsrarId)
                .then().statusCode(200).body("[0].result", org.hamcrest.Matchers.equalTo("ALREADY_RECORDED"))
                .body("[0].documentStatus", org.hamcrest.Matchers.equalTo("SENT"));
        assertThat(document(id).getString("replyId")).isEqualTo("r-123");

        String ticket = """
                <?xml version="1.0" encoding="UTF-8"?><ns:Documents xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"
                 xmlns:tc="http://fsrar.ru/WEGAIS/Ticket"><ns:Owner><ns:FSRAR_ID>3463047</ns:FSRAR_ID></ns:Owner><ns:Document>
                <ns:Ticket><tc:DocId>1</tc:DocId><tc:TransportId>r-123</tc:TransportId><tc:OperationResult>
                <tc:OperationName>Confirm</tc:OperationName><tc:OperationResult>Accepted</tc:OperationResult>
                <tc:OperationComment>ok</tc:OperationComment></tc:OperationResult></ns:Ticket></ns:Document></ns:Documents>""";
        List<Map<String, Object>> upload = List.of(Map.of("url", "http://localhost:8080/opt/out/Ticket/7",
                "replyId", "r-123", "xml", ticket));
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(upload).post("/api/v1/exchange/workstation/{id}/incoming", fsrarId)
                    .then().statusCode(200)
                    .body("deletable", org.hamcrest.Matchers.contains("http://localhost:8080/opt/out/Ticket/7"))
                    .body("stored", org.hamcrest.Matchers.equalTo(i == 0 ? 1 : 0));
        }
        assertThat(status(id)).isEqualTo("ACCEPTED");
        assertThat(document(id).getList("tickets")).hasSize(1);
        assertThat(incoming(fsrarId).getList("id")).hasSize(1);
    }

    @Test
    void onlyWorkstationOrganizationsArePulledAndALateWorkstationIsFlagged() {
        given().get("/api/v1/exchange/workstation/{id}", fsrarId).then().statusCode(200)
                .body("late", org.hamcrest.Matchers.equalTo(true)).body("lastCallAt", org.hamcrest.Matchers.nullValue());
        given().get("/q/health/group/utm").then().statusCode(503)
                .body("checks[0].data['" + fsrarId + ".workstation']", org.hamcrest.Matchers.equalTo("never called"));
        String server = newFsrarId();
        given().contentType(ContentType.JSON).body(Map.of("utmUrl", "http://127.0.0.1:9"))
                .put("/api/v1/organizations/{id}", server).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/v1/exchange/workstation/{id}/pull", server)
                .then().statusCode(409).contentType("application/problem+json");
    }

    static java.net.http.HttpRequest multipart(String url, String xml) {
        String body = "--b\r\nContent-Disposition: form-data; name=\"xml_file\"; filename=\"d.xml\"\r\n\r\n" + xml + "\r\n--b--\r\n";
        return java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
