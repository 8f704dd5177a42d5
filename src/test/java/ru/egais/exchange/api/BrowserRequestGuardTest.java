package ru.egais.exchange.api;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.newFsrarId;

/**
 * What a web page open on the store PC can send to the API is refused before anything is read or stored; a POS
 * posting JSON or XML the ordinary way still works.
 */
@QuarkusTest
@TestProfile(BrowserRequestGuardTest.KnownOrigin.class)
class BrowserRequestGuardTest {

    public static class KnownOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("egais.api.allowed-origins", "https://backoffice.example:8443",
                    "egais.api.allowed-hosts", "egais.chain.example");
        }
    }

    @TestHTTPResource("/")
    URL base;

    static Map<String, Object> writeOff(String fsrarId) {
        return Map.of("fsrarId", fsrarId, "type", "ActWriteOff_v3", "actNumber", "1", "actDate", "2026-11-23",
                "typeWriteOff", "Порча", "immediate", true, "positions", List.of(Map.of("identity", "1",
                        "quantity", 1, "informF2RegId", "FB-000004917646122")));
    }

    static String json(Object o) throws Exception {
        return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(o);
    }

    private static void nothingStored(String fsrarId) {
        given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").then().statusCode(200).body("$", empty());
    }

    @Test
    void aBodyWithoutJsonOrXmlTypeIs415AndNothingIsStored() throws Exception {
        String fsrarId = newFsrarId();
        // fetch(url, {method:'POST', mode:'no-cors', body: new Blob([json])}) sends no Content-Type at all
        given().body(json(writeOff(fsrarId)).getBytes(StandardCharsets.UTF_8)).post("/api/v1/documents").then()
                .statusCode(415).contentType("application/problem+json").body("detail", containsString("application/json"));
        given().contentType("text/plain").body(json(writeOff(fsrarId))).post("/api/v1/documents").then().statusCode(415);
        given().contentType("application/x-www-form-urlencoded").body(json(writeOff(fsrarId)))
                .post("/api/v1/documents").then().statusCode(415);
        given().contentType("multipart/form-data; boundary=x").body("--x--".getBytes(StandardCharsets.US_ASCII)).post("/api/v1/documents").then()
                .statusCode(415);
        nothingStored(fsrarId);
        configureOrganization(fsrarId, "http://127.0.0.1:9");
        given().contentType("application/json; charset=UTF-8").body(json(Map.of("fsrarId", fsrarId,
                "type", "QueryRests_v2"))).post("/api/v1/documents").then().statusCode(201);
    }

    @Test
    void anotherSitesPageIsRefusedAndTheServicesOwnPageAndAKnownOriginAreNot() throws Exception {
        String fsrarId = newFsrarId();
        String own = io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port;
        given().header("Origin", "https://ads.example").contentType(ContentType.JSON).body(json(writeOff(fsrarId)))
                .post("/api/v1/documents").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("EGAIS_API_ALLOWED_ORIGINS"));
        // the same host on another port is another origin (a page served by some other program on this PC)
        given().header("Origin", "http://localhost:1").contentType(ContentType.JSON).body(json(writeOff(fsrarId)))
                .post("/api/v1/documents").then().statusCode(403);
        given().header("Origin", "null").contentType(ContentType.JSON).body(json(writeOff(fsrarId)))
                .post("/api/v1/documents").then().statusCode(403);
        given().header("Sec-Fetch-Site", "cross-site").contentType(ContentType.JSON).body(json(writeOff(fsrarId)))
                .post("/api/v1/documents").then().statusCode(403);
        given().header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "no-cors")
                .get("/api/v1/documents").then().statusCode(403);
        given().header("Origin", "https://ads.example").header("Access-Control-Request-Method", "POST")
                .options("/api/v1/documents").then().statusCode(403);
        nothingStored(fsrarId);

        given().header("Origin", own).header("Sec-Fetch-Site", "same-origin").get("/api/v1/documents")
                .then().log().ifValidationFails().statusCode(200);
        given().header("Sec-Fetch-Site", "cross-site").header("Sec-Fetch-Mode", "navigate").get("/")
                .then().statusCode(200);
        given().header("Origin", "https://backoffice.example:8443").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").options("/api/v1/documents").then()
                .statusCode(204).header("Access-Control-Allow-Origin", "https://backoffice.example:8443")
                .header("Access-Control-Allow-Headers", containsString("Content-Type"));
        configureOrganization(fsrarId, "http://127.0.0.1:9");
        given().header("Origin", "https://backoffice.example:8443").header("Sec-Fetch-Site", "cross-site")
                .contentType(ContentType.JSON).body(json(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")))
                .post("/api/v1/documents").then().statusCode(201)
                .header("Access-Control-Allow-Origin", "https://backoffice.example:8443");
    }

    @Test
    void aForeignHostNameIsRefusedAgainstDnsRebinding() throws Exception {
        assertThat(rawGet("rebind.attacker.example:" + base.getPort())).startsWith("HTTP/1.1 403");
        assertThat(rawGet("127.0.0.1.nip.io:" + base.getPort())).startsWith("HTTP/1.1 403");
        assertThat(rawGet("10.0.0.5:" + base.getPort())).startsWith("HTTP/1.1 403");
        assertThat(rawGet("localhost:" + base.getPort())).startsWith("HTTP/1.1 200");
        assertThat(rawGet("127.0.0.1:" + base.getPort())).startsWith("HTTP/1.1 200");
        assertThat(rawGet("[::1]:" + base.getPort())).startsWith("HTTP/1.1 200");
        assertThat(rawGet("egais.chain.example")).startsWith("HTTP/1.1 200");
    }

    private String rawGet(String host) throws Exception {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /api/v1/organizations HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (answer.startsWith("HTTP/1.1 403")) {
                assertThat(answer).contains("application/problem+json").contains("EGAIS_API_ALLOWED_HOSTS");
            }
            return answer;
        }
    }

    @Test
    void aChunkedBodyOverTheLimitIs413AndOneUnderItIsRead() throws Exception {
        for (HttpClient.Version version : HttpClient.Version.values()) {
            chunkedBodyOverTheLimitIsRefused(HttpClient.newBuilder().version(version).build());
        }
    }

    private void chunkedBodyOverTheLimitIsRefused(HttpClient client) throws Exception {
        byte[] big = new byte[18 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) ' ');
        String fsrarId = newFsrarId();
        byte[] head = ("{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"QueryRests_v2\",\"externalId\":\"").getBytes();
        System.arraycopy(head, 0, big, 0, head.length);
        HttpResponse<String> tooLarge = client.send(chunked(big), HttpResponse.BodyHandlers.ofString());
        assertThat(tooLarge.statusCode()).as(client.version() + " " + tooLarge.body()).isEqualTo(413);
        assertThat(tooLarge.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        nothingStored(fsrarId);

        configureOrganization(fsrarId, "http://127.0.0.1:9");
        byte[] small = json(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "externalId", "chunked-" + client.version()))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> read = client.send(chunked(small), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).as(read.body()).isEqualTo(201);
    }

    private HttpRequest chunked(byte[] body) {
        // an input stream of unknown length is sent with Transfer-Encoding: chunked
        return HttpRequest.newBuilder(URI.create(base + "api/v1/documents")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> (InputStream) new ByteArrayInputStream(body)))
                .build();
    }

    @Test
    void aMisspeltFieldIs422NamingItAndNothingIsStored() throws Exception {
        String fsrarId = newFsrarId();
        Map<String, Object> act = new java.util.HashMap<>(writeOff(fsrarId));
        act.put("positions", List.of(Map.of("identity", "1", "quantity", 1, "informF2RegId", "FB-000004917646122",
                "realQuantty", 0)));
        given().contentType(ContentType.JSON).body(json(act)).post("/api/v1/documents").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("positions[0].realQuantty"));
        given().contentType(ContentType.JSON).body(json(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4",
                        "isAccept", "Differences", "actNumber", "1", "actDate", "2026-11-23", "wbRegId", "TTN-1",
                        "positions", List.of(Map.of("identity", "1", "informF2RegId", "FB-1", "realQuantty", 0)))))
                .post("/api/v1/documents").then().statusCode(422).body("errors.field", hasItem("positions[0].realQuantty"));
        given().contentType(ContentType.JSON).body(json(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2",
                "imediate", true))).post("/api/v1/documents").then().statusCode(422).body("errors.field", hasItem("imediate"));
        nothingStored(fsrarId);
    }

    @Test
    void numbersTheSchemaCannotHoldAre422BeforeAnyXmlIsBuilt() {
        String fsrarId = newFsrarId();
        for (String quantity : List.of("1e400", "12345678901234567890", "1e100000000")) {
            String act = "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"ActWriteOff_v3\",\"actNumber\":\"1\","
                    + "\"actDate\":\"2026-11-23\",\"typeWriteOff\":\"Порча\",\"positions\":[{\"identity\":\"1\","
                    + "\"quantity\":" + quantity + ",\"informF2RegId\":\"FB-000004917646122\"}]}";
            given().contentType(ContentType.JSON).body(act).post("/api/v1/documents").then().statusCode(422)
                    .body("errors.field", hasItem("positions[0].quantity"));
            String acceptance = "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"WayBillAct_v4\",\"isAccept\":\"Differences\","
                    + "\"actNumber\":\"1\",\"actDate\":\"2026-11-23\",\"wbRegId\":\"TTN-1\",\"positions\":[{\"identity\":"
                    + "\"1\",\"informF2RegId\":\"FB-1\",\"realQuantity\":" + quantity + "}]}";
            given().contentType(ContentType.JSON).body(acceptance).post("/api/v1/documents").then().statusCode(422)
                    .body("errors.field", hasItem("positions[0].realQuantity"));
        }
        nothingStored(fsrarId);
    }
}
