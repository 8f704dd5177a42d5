package ru.egais.exchange.inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.maintenance.DatabaseFile;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.UUID;
import java.util.zip.Inflater;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.incoming;

/**
 * A body is kept as the bytes UTM gave (deflated) and read as the text its declaration says; a body stored as text
 * before V21 is still read, and the same delivery arriving after the upgrade is still recognised as the one stored.
 */
@QuarkusTest
class IncomingBodyFormatTest extends WithSimulatedUtm {

    static final String ENVELOPE = "<ns:Documents xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\"><ns:Owner>"
            + "<ns:FSRAR_ID>3463047</ns:FSRAR_ID></ns:Owner><ns:Document><ns:ReplyAP_v2><x>%s</x></ns:ReplyAP_v2>"
            + "</ns:Document></ns:Documents>";

    @Inject
    DatabaseFile database;

    @Test
    void aUtf8BodyWithABomIsKeptByteForByteAndReadWithoutTheBom() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + ENVELOPE.formatted("Водка «Пшеничная» \uD83C\uDF7E");
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        String id = deliverAndExchange(bytes);

        assertThat(storedBytes(id)).as("the bytes as UTM gave them, BOM included").isEqualTo(bytes);
        assertThat(given().get("/api/v1/incoming/{id}/xml", id).then().statusCode(200).extract().asString())
                .isEqualTo(text);
        assertThat(incoming(fsrarId).getLong("[0].contentLength")).as("in characters, the pair counting two")
                .isEqualTo(text.length());
    }

    @Test
    void aWindows1251BodyIsKeptInItsEncodingAndReadAsItsText() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>" + ENVELOPE.formatted("Коньяк 0,5 л");
        byte[] bytes = text.getBytes(Charset.forName("windows-1251"));
        String id = deliverAndExchange(bytes);

        assertThat(storedBytes(id)).isEqualTo(bytes);
        assertThat(given().get("/api/v1/incoming/{id}/xml", id).then().statusCode(200).extract().asString())
                .isEqualTo(text);
        assertThat(incoming(fsrarId).getLong("[0].contentLength")).isEqualTo(text.length());
    }

    @Test
    void aBodyStoredAsTextBeforeV21IsReadAndItsDeliveryIsRecognisedAgain() throws Exception {
        String text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + ENVELOPE.formatted("Старая «запись» ".repeat(20));
        String id = UUID.randomUUID().toString();
        int cut = text.length() / 2;
        try (Connection c = database.open()) {
            // As the release before V21 left it: no body_format, its text in two pieces, the hash of its text,
            // processed and (as far as it knew) deleted from UTM.
            long now = System.currentTimeMillis();
            update(c, "INSERT INTO incoming_document (id, fsrar_id, utm_url, content_hash, content_length, status,"
                    + " received_at, processed_at, deleted_from_utm_at, doc_type, version)"
                    + " VALUES (?, ?, ?, ?, ?, 'PROCESSED', ?, ?, ?, 'ReplyAP_v2', 0)", id, fsrarId,
                    utm.url() + "/opt/out/ReplyAP_v2/999", DeliveryHash.of(null, new StringReader(text)),
                    text.length(), now, now, now);
            update(c, "INSERT INTO incoming_body_chunk (incoming_id, seq, content) VALUES (?, 0, ?)", id,
                    text.substring(0, cut));
            update(c, "INSERT INTO incoming_body_chunk (incoming_id, seq, content) VALUES (?, 1, ?)", id,
                    text.substring(cut));
        }
        assertThat(given().get("/api/v1/incoming/{id}/xml", id).then().statusCode(200).extract().asString())
                .isEqualTo(text);

        // Its DELETE from UTM never happened: it is listed again, now stored with the new format's hash.
        utm.deliverBytes("ReplyAP_v2", text.getBytes(StandardCharsets.UTF_8));
        exchange(fsrarId);
        JsonPath in = incoming(fsrarId);
        assertThat(in.getList("id")).as("the same delivery, not a second document").containsExactly(id);
        assertThat(utm.listedCount()).as("read back against the text's hash and deleted").isZero();
    }

    private String deliverAndExchange(byte[] bytes) {
        utm.deliverBytes("ReplyAP_v2", bytes);
        exchange(fsrarId);
        JsonPath in = incoming(fsrarId);
        assertThat(in.getList("id")).hasSize(1);
        assertThat(in.getString("[0].status")).isEqualTo("PROCESSED");
        return in.getString("[0].id");
    }

    /** The stored pieces, inflated. */
    private byte[] storedBytes(String id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Inflater inflater = new Inflater();
        try (Connection c = database.open(); PreparedStatement s = c.prepareStatement(
                "SELECT d.body_format, p.content FROM incoming_document d JOIN incoming_body_part p"
                        + " ON p.incoming_id = d.id WHERE d.id = ? ORDER BY p.seq")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    assertThat(r.getString(1)).isEqualTo(IncomingBodies.DEFLATED);
                    inflater.setInput(r.getBytes(2));
                    byte[] buffer = new byte[8192];
                    for (int n; (n = inflater.inflate(buffer)) > 0 || !inflater.needsInput(); ) {
                        out.write(buffer, 0, n);
                        if (inflater.finished()) {
                            break;
                        }
                    }
                }
            }
            assertThat(inflater.finished()).as("one whole deflate stream").isTrue();
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    private static void update(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
