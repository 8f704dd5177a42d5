package ru.egais.exchange.inbox;

import org.hibernate.Session;
import org.hibernate.jdbc.ReturningWork;
import org.hibernate.jdbc.Work;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.utm.DocumentTextSink;
import ru.egais.exchange.utm.EgaisDocumentReader;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Review of the V21 body format, without Quarkus: for each document the new path (download sink → deflated spool →
 * pieces in SQLite → inflated → lenient reader; delivery hash told by the sink or taken from the spool) must give
 * the text and delivery hash the code at 35be563 gave for the same bytes (strict reader, lenient on refusal, hash
 * of replyId + '\n' + the text in UTF-8). Each document is pushed through the sink in several write patterns.
 */
class BodyBytesReviewTest {

    static final String REPLY = "a1b2c3d4-0000-1111-2222-333344445555";
    static final int K256 = 256 * 1024;
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    Connection db;
    Session session;

    @BeforeEach
    void openDatabase() throws Exception {
        db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (var s = db.createStatement()) {
            s.execute("CREATE TABLE incoming_body_part (incoming_id VARCHAR(36) NOT NULL, seq INTEGER NOT NULL,"
                    + " content BYTEA NOT NULL, PRIMARY KEY (incoming_id, seq))");
        }
        session = (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "doWork" -> {
                        ((Work) args[0]).execute(db);
                        yield null;
                    }
                    case "doReturningWork" -> ((ReturningWork<?>) args[0]).execute(db);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    // ---- the old code (35be563), as the oracle ----

    record Old(String text, String hash, long length, boolean valid) {
    }

    static Old oldStore(String replyId, byte[] bytes) throws IOException {
        try {
            String text = readAll(EgaisDocumentReader.strictText(new ByteArrayInputStream(bytes)));
            return new Old(text, oldHash(replyId, text), text.length(), true);
        } catch (CharacterCodingException e) {
            String text = readAll(EgaisDocumentReader.lenientText(new ByteArrayInputStream(bytes)));
            return new Old(text, oldHash(replyId, text), text.length(), false);
        }
    }

    static String oldHash(String replyId, String text) throws IOException {
        MessageDigest digest = sha256();
        try (Writer utf8 = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), digest),
                StandardCharsets.UTF_8)) {
            utf8.write(replyId == null ? "" : replyId);
            utf8.write('\n');
            utf8.write(text);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    // ---- the new code's path ----

    record New(String text, String hash, long length, boolean valid, boolean told) {
    }

    /** As DownloadIncoming + IncomingStore.store(Spooled) + IncomingBodies.open, with writes of {@code step} bytes. */
    New newStore(String id, String replyId, byte[] bytes, int step, int pieceSize) throws IOException {
        ByteArrayOutputStream spool = new ByteArrayOutputStream();
        DeliveryHash.OfUtf8Text textHash = new DeliveryHash.OfUtf8Text(replyId);
        DocumentTextSink sink = EgaisDocumentReader.textSink(textHash);
        OutputStream deflated = IncomingBodies.deflating(spool);
        OutputStream both = new DownloadIncoming.Both(deflated, sink); // the download's own tee
        try (DigestOutputStream out = DeliveryHash.bytesDigest(both)) {
            for (int i = 0; i < bytes.length; i += step) {
                int n = Math.min(step, bytes.length - i);
                if (n == 1) {
                    out.write(bytes[i]);
                } else {
                    out.write(bytes, i, n);
                }
            }
            assertThat(DeliveryHash.hex(out)).isEqualTo(DeliveryHash.ofBytes(bytes));
        }
        byte[] spooled = spool.toByteArray();
        boolean told = sink.characters() >= 0;
        String hash;
        long length;
        boolean valid = true;
        if (told) {
            hash = textHash.hash();
            length = sink.characters();
        } else {
            DeliveryHash.OfUtf8Text h = new DeliveryHash.OfUtf8Text(replyId);
            try (InputStream in = IncomingBodies.inflating(new ByteArrayInputStream(spooled))) {
                length = EgaisDocumentReader.strictTextAsUtf8(in, h);
                hash = h.hash();
            } catch (CharacterCodingException e) {
                valid = false;
                DeliveryHash.OfUtf8Text l = new DeliveryHash.OfUtf8Text(replyId);
                try (InputStream in = IncomingBodies.inflating(new ByteArrayInputStream(spooled))) {
                    length = EgaisDocumentReader.lenientTextAsUtf8(in, l);
                    hash = l.hash();
                }
            }
        }
        try (OutputStream pieces = new BodyPieces.Writer(session, id, pieceSize)) {
            new ByteArrayInputStream(spooled).transferTo(pieces);
        }
        String text;
        try (InputStream in = IncomingBodies.inflating(new BodyPieces.Reader(seq -> BodyPieces.read(session, id, seq)));
             Reader r = EgaisDocumentReader.lenientText(in)) {
            text = readAll(r);
        }
        return new New(text, hash, length, valid, told);
    }

    int told;

    void assertSameAsBefore(String name, byte[] bytes) throws IOException {
        Old old = oldStore(REPLY, bytes);
        int n = 0;
        for (int step : new int[] {1, 2, 3, 7, 202, 203, 204, 8191, 64 * 1024, 64 * 1024 + 1, K256, bytes.length + 1}) {
            for (int piece : new int[] {K256, 1000, 1}) {
                if (piece == 1 && bytes.length > 300_000) {
                    continue;
                }
                String id = name.hashCode() + "-" + (n++);
                New now = newStore(id, REPLY, bytes, Math.max(step, 1), piece);
                String at = name + " written " + step + " bytes at a time, pieces of " + piece;
                assertThat(now.text()).as(at + ": text").isEqualTo(old.text());
                assertThat(now.hash()).as(at + ": delivery hash").isEqualTo(old.hash());
                assertThat(now.length()).as(at + ": length").isEqualTo(old.length());
                assertThat(now.valid()).as(at + ": valid").isEqualTo(old.valid());
                if (now.told()) {
                    told++;
                }
            }
        }
    }

    // ---- documents ----

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static final String DECL_UTF8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
    static final String DECL_1251 = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>";

    /** A UTF-8 document whose bytes put {@code ch} across each of the given offsets. */
    static byte[] straddling(String decl, String ch, int total, int... offsets) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(utf8(decl + "<d>"));
        byte[] c = utf8(ch);
        for (int offset : offsets) {
            while (out.size() < offset - 1) {
                out.write('a');
            }
            out.writeBytes(c);
        }
        while (out.size() < total - 4) {
            out.write('b');
        }
        out.writeBytes(utf8("</d>"));
        return out.toByteArray();
    }

    /** Text that deflates poorly: random Cyrillic, Latin and supplementary characters. */
    static String noisy(long seed, int chars) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) {
            int k = r.nextInt(10);
            if (k < 4) {
                b.append((char) ('а' + r.nextInt(32)));
            } else if (k < 8) {
                b.append((char) ('!' + r.nextInt(90)));
            } else if (k < 9) {
                b.appendCodePoint(0x1F300 + r.nextInt(500));
            } else {
                b.append((char) ('一' + r.nextInt(2000)));
            }
        }
        return b.toString().replace("<", "_").replace("&", "_");
    }

    @Test
    void utf8DocumentsTellTheOldTextHashAndLength() throws IOException {
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("plain", utf8(DECL_UTF8 + "<d>Водка «Пшеничная» \uD83C\uDF7E</d>"));
        docs.put("bom", concat(BOM, utf8(DECL_UTF8 + "<d>Водка</d>")));
        docs.put("bom, no declaration", concat(BOM, utf8("<d>Водка</d>")));
        docs.put("no declaration", utf8("<d>Водка</d>"));
        docs.put("two boms", concat(BOM, BOM, utf8("<d>x</d>")));
        docs.put("bom only", BOM.clone());
        docs.put("two bytes of a bom", new byte[] {(byte) 0xEF, (byte) 0xBB});
        docs.put("empty", new byte[0]);
        docs.put("one byte", new byte[] {'x'});
        docs.put("one Cyrillic letter", utf8("ж"));
        docs.put("one supplementary", utf8("\uD83C\uDF7E"));
        docs.put("203 bytes", straddling("", "ж", 203, 201));
        docs.put("202 bytes, bom", concat(BOM, straddling("", "ж", 199, 198)));
        docs.put("head boundary", straddling(DECL_UTF8, "ж", 1000, 203, 204, 205));
        docs.put("head boundary, 4 bytes", straddling(DECL_UTF8, "\uD83C\uDF7E", 1000, 201, 202, 203, 204));
        docs.put("bom + head boundary", concat(BOM, straddling(DECL_UTF8, "€", 1000, 200, 201, 202)));
        for (String k : List.of("ж", "€", "\uD83C\uDF7E")) {
            docs.put("straddles 64K/256K: " + k, straddling(DECL_UTF8, k, 3 * K256 + 17,
                    64 * 1024, 128 * 1024, K256, 2 * K256, 3 * K256));
        }
        docs.put("exactly 256K", straddling(DECL_UTF8, "ж", K256, K256 - 10));
        docs.put("exactly 2x256K", straddling(DECL_UTF8, "ж", 2 * K256, K256));
        for (var e : docs.entrySet()) {
            assertSameAsBefore(e.getKey(), e.getValue());
        }
        assertThat(told).as("UTF-8 documents whose text the download sink told").isGreaterThan(500);
    }

    @Test
    void otherEncodingsAndBadBytesGiveTheOldTextHashAndLength() throws IOException {
        Map<String, byte[]> docs = new LinkedHashMap<>();
        docs.put("windows-1251", (DECL_1251 + "<d>Коньяк 0,5 л</d>").getBytes(CP1251));
        docs.put("windows-1251 with bom", concat(BOM, (DECL_1251 + "<d>Коньяк</d>").getBytes(CP1251)));
        docs.put("windows-1251 bytes declaring UTF-8", (DECL_UTF8 + "<d>Коньяк</d>").getBytes(CP1251));
        docs.put("windows-1251 bytes, no declaration", ("<d>Коньяк</d>").getBytes(CP1251));
        docs.put("UTF-8 bytes declaring windows-1251", utf8(DECL_1251 + "<d>Коньяк Водка Пиво</d>"));
        docs.put("windows-1251 undefined byte 0x98", concat(DECL_1251.getBytes(CP1251), new byte[] {'<', 'd', '>',
                (byte) 0x98, '<'}));
        docs.put("unknown charset", utf8("<?xml version=\"1.0\" encoding=\"x-no-such\"?><d>ж</d>"));
        docs.put("overlong", concat(utf8(DECL_UTF8 + "<d>"), new byte[] {(byte) 0xC0, (byte) 0x80}, utf8("</d>")));
        docs.put("surrogate", concat(utf8(DECL_UTF8 + "<d>"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                utf8("</d>")));
        docs.put("above 10FFFF", concat(utf8("<d>"), new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
        docs.put("F5", concat(utf8("<d>"), new byte[] {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}));
        docs.put("cut at the end", concat(utf8("<d>ж"), new byte[] {(byte) 0xD0}));
        docs.put("cut 4-byte at the end", concat(utf8("<d>"), new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x8D}));
        docs.put("lone continuation", concat(utf8("<d>"), new byte[] {(byte) 0x80}, utf8("ж</d>")));
        byte[] big = straddling(DECL_UTF8, "ж", 3 * K256, K256, 2 * K256);
        big[K256 - 1] = (byte) 0xFF; // invalid in the middle of the character straddling 256K
        docs.put("bad byte at 256K", big);
        byte[] big2 = straddling(DECL_UTF8, "ж", 2 * K256, 64 * 1024);
        big2[64 * 1024] = (byte) 0xD0; // a lead where the continuation should be
        docs.put("bad continuation at 64K", big2);
        byte[] lying = straddling(DECL_UTF8, "ж", 2 * K256, 100_000);
        byte[] cp = "Коньяк".getBytes(CP1251);
        System.arraycopy(cp, 0, lying, 300_000, cp.length);
        docs.put("windows-1251 deep inside a UTF-8 document", lying);
        for (var e : docs.entrySet()) {
            assertSameAsBefore(e.getKey(), e.getValue());
        }
    }

    @Test
    void aBodyOfManyPiecesIsReadWholeAndTheSameDeliveryIsRecognised() throws Exception {
        // ~2.4 MB of poorly compressible text: the deflated body spans several 256 KB pieces.
        byte[] bytes = concat(BOM, utf8(DECL_UTF8 + "<d>" + noisy(7, 900_000) + "</d>"));
        Old old = oldStore(REPLY, bytes);
        New now = newStore("many", REPLY, bytes, 16 * 1024 + 3, K256);
        try (var s = db.prepareStatement("SELECT COUNT(*), SUM(LENGTH(content)) FROM incoming_body_part"
                + " WHERE incoming_id = 'many'"); var r = s.executeQuery()) {
            r.next();
            assertThat(r.getInt(1)).as("pieces").isGreaterThan(2);
        }
        assertThat(now.told()).isTrue();
        assertThat(now.text()).isEqualTo(old.text());
        assertThat(now.hash()).isEqualTo(old.hash());
        assertThat(now.length()).isEqualTo(old.length());
    }

    @Test
    void piecesOfExactlyNTimesThePieceSizeAndEmptyOnesReadBack() throws Exception {
        for (int size : new int[] {0, 1, K256 - 1, K256, K256 + 1, 2 * K256, 3 * K256}) {
            byte[] bytes = new byte[size];
            new Random(size).nextBytes(bytes);
            String id = "raw-" + size;
            try (OutputStream w = new BodyPieces.Writer(session, id, K256)) {
                // in odd steps, so a write crosses the piece boundary
                for (int i = 0; i < size; i += 70_001) {
                    w.write(bytes, i, Math.min(70_001, size - i));
                }
            }
            int expectedPieces = (size + K256 - 1) / K256;
            try (var s = db.prepareStatement("SELECT COUNT(*) FROM incoming_body_part WHERE incoming_id = ?")) {
                s.setString(1, id);
                try (var r = s.executeQuery()) {
                    r.next();
                    assertThat(r.getInt(1)).as(size + " bytes: pieces").isEqualTo(expectedPieces);
                }
            }
            byte[] back;
            try (InputStream in = new BodyPieces.Reader(seq -> BodyPieces.read(session, id, seq))) {
                back = in.readAllBytes();
            }
            assertThat(Arrays.equals(back, bytes)).as(size + " bytes read back").isTrue();
        }
    }

    @Test
    void randomUtf8LikeBytesGiveTheOldTextHashAndLength() throws IOException {
        // Fragments of valid and invalid UTF-8 (overlong, surrogates, above U+10FFFF, cut sequences, stray
        // continuations), after a UTF-8, windows-1251 or no declaration, with or without a BOM.
        byte[][] fragments = {
            utf8("a"), utf8("<"), utf8("ж"), utf8("€"), utf8("\uD83C\uDF7E"), utf8("\uFEFF"), utf8("\uFFFE"),
            {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xC2}, {(byte) 0x80}, {(byte) 0xBF},
            {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
            {(byte) 0xE0, (byte) 0xA0}, {(byte) 0xED, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF0, (byte) 0x90, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x8F, (byte) 0xBF, (byte) 0xBF}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF5, (byte) 0x80}, {(byte) 0xF8}, {(byte) 0xFE}, {(byte) 0xFF}, {(byte) 0x98}, {(byte) 0xD0},
            "Коньяк".getBytes(CP1251), {(byte) 0x00}};
        String[] heads = {"", DECL_UTF8, DECL_1251, "<?xml version='1.0' encoding='utf-8'?>"};
        Random random = new Random(24);
        for (int i = 0; i < 4000; i++) {
            ByteArrayOutputStream doc = new ByteArrayOutputStream();
            if (random.nextInt(3) == 0) {
                doc.writeBytes(BOM);
            }
            doc.writeBytes(utf8(heads[random.nextInt(heads.length)]));
            int count = random.nextInt(i % 10 == 0 ? 200 : 12);
            boolean valid = random.nextBoolean(); // half the documents of valid fragments only
            for (int k = 0; k < count; k++) {
                doc.writeBytes(fragments[valid ? random.nextInt(7) : random.nextInt(fragments.length)]);
            }
            byte[] bytes = doc.toByteArray();
            Old old = oldStore(REPLY, bytes);
            int step = 1 + random.nextInt(Math.max(1, bytes.length));
            New now = newStore("fuzz-" + i, REPLY, bytes, step, 1 + random.nextInt(64));
            String at = "document " + i + " " + HexFormat.of().formatHex(bytes) + " in writes of " + step;
            assertThat(now.text()).as(at + ": text").isEqualTo(old.text());
            assertThat(now.hash()).as(at + ": delivery hash").isEqualTo(old.hash());
            assertThat(now.length()).as(at + ": length").isEqualTo(old.length());
            assertThat(now.valid()).as(at + ": valid").isEqualTo(old.valid());
        }
    }

    static String readAll(Reader r) throws IOException {
        StringWriter w = new StringWriter();
        r.transferTo(w);
        return w.toString();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
