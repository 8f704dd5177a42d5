package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.ReceivedDocument;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;

/**
 * XML posted to the API in the wrong encoding is a 400 naming the byte, and nothing is stored; a windows-1251
 * document reaches the (simulated) UTM as windows-1251, which it decodes strictly as a real UTM does.
 */
@QuarkusTest
class PostedXmlEncodingTest extends WithSimulatedUtm {

    static final Charset CP1251 = Charset.forName("windows-1251");

    private String query(String encoding) {
        return "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?>\n"
                + "<ns:Documents Version=\"1.0\" xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\""
                + " xmlns:qp=\"http://fsrar.ru/WEGAIS/QueryParameters\">"
                + "<!-- Остатки на складе, запрос кассы № 1 -->"
                + "<ns:Owner><ns:FSRAR_ID>" + fsrarId + "</ns:FSRAR_ID></ns:Owner>"
                + "<ns:Document><ns:QueryRests_v2/></ns:Document></ns:Documents>";
    }

    private io.restassured.response.ValidatableResponse post(byte[] body, String contentType) {
        return given().contentType(contentType).body(body).queryParam("immediate", true)
                .post("/api/v1/documents").then();
    }

    @Test
    void bytesNotValidInTheDeclaredEncodingAre400NamingTheOffsetAndNothingIsStored() {
        String utf8Declared = query("UTF-8");
        int firstCyrillic = utf8Declared.indexOf('О');
        post(utf8Declared.getBytes(CP1251), "application/xml").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("at byte " + firstCyrillic));
        byte[] broken = utf8Declared.getBytes(StandardCharsets.UTF_8);
        int at = utf8Declared.substring(0, firstCyrillic).getBytes(StandardCharsets.UTF_8).length;
        broken[at + 1] = '!'; // the second byte of a two-byte sequence
        post(broken, "application/xml; charset=UTF-8").statusCode(400).body("detail", containsString("at byte " + at));
        post(query("x-unknown-1251").getBytes(StandardCharsets.UTF_8), "application/xml").statusCode(400)
                .body("detail", containsString("unknown encoding"));
        given().queryParam("fsrarId", fsrarId).get("/api/v1/documents").then().statusCode(200).body("$", empty());
        assertThat(utm.received()).isEmpty();
    }

    @Test
    void aWindows1251DocumentReachesTheUtmAsWindows1251() {
        String xml = query("windows-1251");
        post(xml.getBytes(CP1251), "application/xml").statusCode(201).body("status", org.hamcrest.Matchers.is("SENT"));
        assertThat(utm.received()).hasSize(1);
        ReceivedDocument received = utm.received().get(0);
        assertThat(received.xml()).contains("Остатки на складе, запрос кассы № 1").contains("encoding=\"windows-1251\"");
    }

    @Test
    void aUtf8DocumentFromAPosStillGoesOut() {
        post(query("UTF-8").getBytes(StandardCharsets.UTF_8), "application/xml; charset=UTF-8").statusCode(201)
                .body("status", org.hamcrest.Matchers.is("SENT"));
        assertThat(utm.received().get(0).xml()).contains("Остатки на складе");
    }
}
