package ru.egais.exchange.inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.maintenance.DatabaseFile;
import ru.egais.exchange.testsupport.WithSimulatedUtm;
import ru.egais.exchange.utm.EgaisDocumentReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;

/**
 * Deliveries stored by the release before V21 (text chunks, the hash of the text read strictly, or leniently when
 * refused) are recognised when UTM lists the same bytes after the upgrade, through the real download path: a
 * windows-1251 document, a UTF-8 one with a BOM and characters straddling the 64 KB reads, and a quarantined one
 * declaring UTF-8 with windows-1251 bytes.
 */
@QuarkusTest
class PreV21DeliveriesRecognisedTest extends WithSimulatedUtm {

    @Inject
    DatabaseFile database;

    @Test
    void aWindows1251DeliveryStoredBeforeV21IsRecognised() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>"
                + IncomingBodyFormatTest.ENVELOPE.formatted("Коньяк «Старый» ".repeat(50));
        recognised(text.getBytes(Charset.forName("windows-1251")), "PROCESSED");
    }

    @Test
    void aUtf8DeliveryWithABomAndCharactersAcrossReadsStoredBeforeV21IsRecognised() throws Exception {
        StringBuilder filler = new StringBuilder();
        while (filler.length() < 200_000) {
            filler.append("Водка \uD83C\uDF7E ab");
        }
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + IncomingBodyFormatTest.ENVELOPE.formatted(filler);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        b.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        recognised(b.toByteArray(), "PROCESSED");
    }

    @Test
    void aQuarantinedMislabelledDeliveryStoredBeforeV21IsRecognised() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + IncomingBodyFormatTest.ENVELOPE.formatted("Коньяк");
        recognised(text.getBytes(Charset.forName("windows-1251")), "QUARANTINED");
    }

    private void recognised(byte[] bytes, String status) throws Exception {
        // The old store: strict text, else lenient; the hash of that text; its text in one chunk.
        String stored;
        try {
            stored = readAll(EgaisDocumentReader.strictText(new ByteArrayInputStream(bytes)));
            assertThat(status).isEqualTo("PROCESSED");
        } catch (CharacterCodingException e) {
            stored = readAll(EgaisDocumentReader.lenientText(new ByteArrayInputStream(bytes)));
            assertThat(status).isEqualTo("QUARANTINED");
        }
        String id = UUID.randomUUID().toString();
        try (Connection c = database.open()) {
            long now = System.currentTimeMillis();
            update(c, "INSERT INTO incoming_document (id, fsrar_id, utm_url, content_hash, content_length, status,"
                    + " received_at, processed_at, deleted_from_utm_at, doc_type, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ReplyAP_v2', 0)", id, fsrarId,
                    utm.url() + "/opt/out/ReplyAP_v2/999", DeliveryHash.of(null, new StringReader(stored)),
                    stored.length(), status, now, now, now);
            update(c, "INSERT INTO incoming_body_chunk (incoming_id, seq, content) VALUES (?, 0, ?)", id, stored);
        }
        utm.deliverBytes("ReplyAP_v2", bytes);
        exchange(fsrarId);
        JsonPath in = incoming(fsrarId);
        assertThat(in.getList("id")).as("the same delivery, not a second document").containsExactly(id);
        if (status.equals("PROCESSED")) {
            assertThat(given().get("/api/v1/incoming/{id}/xml", id).then().statusCode(200).extract().asString())
                    .isEqualTo(stored);
        }
    }

    private static String readAll(Reader r) throws Exception {
        StringWriter w = new StringWriter();
        r.transferTo(w);
        return w.toString();
    }

    private static void update(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
