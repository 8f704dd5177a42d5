package ru.egais.exchange.inbox;

import org.flywaydb.core.Flyway;
import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.hibernate.jdbc.Work;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.TestServers;
import ru.egais.exchange.utm.EgaisDocumentReader;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL (skipped without EGAIS_TEST_PG_URL, see .ci/servers.sh): every migration applies in one grouped
 * transaction as DatabaseMigration configures it, and a body of several BYTEA pieces (a UTF-8 document whose
 * characters straddle the 256 KB boundaries) is written, read back as its text and removed whole, as retention does.
 */
class BodyPiecesPostgresTest {

    @Test
    void groupedMigrationsThenABodyOfSeveralByteaPiecesIsWrittenReadAndRemoved() throws Exception {
        String url = TestServers.newDatabase("egais_review24");
        var result = Flyway.configure().dataSource(url, TestServers.pgUser(), TestServers.pgPassword())
                .locations("classpath:db/migration").group(true).load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.targetSchemaVersion).isNotNull();

        // Poorly compressible text with Cyrillic and supplementary characters: several deflated pieces.
        Random r = new Random(3);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><d>");
        while (b.length() < 1_500_000) {
            int k = r.nextInt(4);
            if (k == 0) {
                b.append((char) ('а' + r.nextInt(32)));
            } else if (k == 1) {
                b.appendCodePoint(0x1F300 + r.nextInt(500));
            } else {
                b.append((char) ('A' + r.nextInt(50)));
            }
        }
        String text = b.append("</d>").toString().replace("\\", "_");
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));

        try (Connection c = DriverManager.getConnection(url, TestServers.pgUser(), TestServers.pgPassword())) {
            c.setAutoCommit(false);
            Session session = session(c);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO incoming_document (id, fsrar_id, utm_url,"
                    + " content_hash, content_length, status, received_at, version, body_format)"
                    + " VALUES ('pg-1', '3463047', '/opt/out/ReplyRests_v2/1', 'h', 0, 'STORED', ?, 0, 'deflate')")) {
                s.setTimestamp(1, new Timestamp(System.currentTimeMillis()));
                s.executeUpdate();
            }
            try (OutputStream out = IncomingBodies.deflating(new BodyPieces.Writer(session, "pg-1",
                    IncomingBodies.PIECE))) {
                for (int i = 0; i < bytes.length; i += 65_537) {
                    out.write(bytes, i, Math.min(65_537, bytes.length - i));
                }
            }
            c.commit();

            assertThat(count(c, "SELECT count(*) FROM incoming_body_part WHERE incoming_id = 'pg-1'"))
                    .as("BYTEA pieces").isGreaterThan(2);
            String back;
            try (InputStream in = IncomingBodies.inflating(new BodyPieces.Reader(
                    seq -> BodyPieces.read(session, "pg-1", seq))); Reader reader = EgaisDocumentReader.lenientText(in)) {
                StringWriter w = new StringWriter();
                reader.transferTo(w);
                back = w.toString();
            }
            assertThat(back.length()).isEqualTo(text.length());
            assertThat(back).isEqualTo(text);

            // As BodyRemoval: the pieces, then the text chunks of before V21.
            try (PreparedStatement s = c.prepareStatement("DELETE FROM incoming_body_part WHERE incoming_id IN (?)")) {
                s.setString(1, "pg-1");
                s.executeUpdate();
            }
            c.commit();
            assertThat(count(c, "SELECT count(*) FROM incoming_body_part WHERE incoming_id = 'pg-1'")).isZero();
            assertThat(count(c, "select count(*) from (select 1 from outbox_message where state = 'SENDING' limit 1) x"))
                    .as("AbandonedSendRecovery's native look runs on PostgreSQL").isZero();
        }
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static Session session(Connection c) {
        return (Session) Proxy.newProxyInstance(BodyPiecesPostgresTest.class.getClassLoader(),
                new Class<?>[] {Session.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "doWork" -> {
                        ((Work) args[0]).execute(c);
                        yield null;
                    }
                    case "doReturningWork" -> ((ReturningWork<?>) args[0]).execute(c);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
