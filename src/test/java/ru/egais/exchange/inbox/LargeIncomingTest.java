package ru.egais.exchange.inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;

/**
 * Documents larger than one stored piece (256K characters) come back exactly as UTM gave them — Cyrillic, a
 * character outside the BMP split across two pieces, windows-1251 — and are deleted from UTM after the check.
 */
@QuarkusTest
class LargeIncomingTest extends WithSimulatedUtm {

    static final int PIECE = 256 * 1024;

    /** A ReplyAP_v2 whose text puts a surrogate pair across the first piece boundary. */
    static String largeReply(String encoding, boolean withSurrogates) {
        String head = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><ns:Documents xmlns:ns=\"http://fsrar.ru/"
                + "WEGAIS/WB_DOC_SINGLE_01\"><ns:Owner><ns:FSRAR_ID>3463047</ns:FSRAR_ID></ns:Owner><ns:Document>"
                + "<ns:ReplyAP_v2><x>";
        StringBuilder b = new StringBuilder(head);
        while (b.length() < PIECE - 1) {
            b.append("Водка «Пшеничная» 0,5 л; ");
        }
        b.setLength(PIECE - 1);
        b.append(withSurrogates ? "\uD83C\uDF7E" : "ж"); // 🍾 starts at the last char of the first piece
        for (int i = 0; i < 12_000; i++) {
            b.append("позиция ").append(i).append("; ");
        }
        return b.append("</x></ns:ReplyAP_v2></ns:Document></ns:Documents>").toString();
    }

    @Test
    void aDocumentOfSeveralPiecesIsStoredExactlyAndDeletedFromUtm() {
        String xml = largeReply("UTF-8", true);
        utm.deliverBytes("ReplyAP_v2", xml.getBytes(StandardCharsets.UTF_8));
        exchange(fsrarId);
        JsonPath in = incoming(fsrarId);
        assertThat(in.getString("[0].status")).isEqualTo("PROCESSED");
        String back = given().get("/api/v1/incoming/{id}/xml", in.getString("[0].id")).then().statusCode(200)
                .extract().body().asString(); // sent as UTF-8
        assertThat(back).isEqualTo(xml);
        assertThat(utm.listedCount()).as("read back, matched, deleted").isZero();
    }

    @Test
    void aLargeWindows1251DocumentIsReadInItsEncodingAndLoadedAgainIsStoredOnce() {
        String xml = largeReply("windows-1251", false);
        utm.deliverBytes("ReplyAP_v2", xml.getBytes(Charset.forName("windows-1251")));
        utm.faults().loseDeletes(true);
        exchange(fsrarId); // stored, processed; UTM loses the DELETE
        utm.faults().loseDeletes(false);
        exchange(fsrarId); // loaded again: the same delivery, recognised after it is read, deleted once more
        JsonPath in = incoming(fsrarId);
        assertThat(in.getList("id")).hasSize(1);
        assertThat(in.getString("[0].status")).isEqualTo("PROCESSED");
        String back = given().get("/api/v1/incoming/{id}/xml", in.getString("[0].id")).then().statusCode(200)
                .extract().body().asString();
        assertThat(back).isEqualTo(xml);
        assertThat(utm.listedCount()).isZero();
    }
}
