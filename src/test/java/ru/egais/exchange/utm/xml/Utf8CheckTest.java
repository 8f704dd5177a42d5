package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The UTF-8 check refuses exactly what the JDK's strict decoder refuses (the store relied on that decoder before),
 * wherever the input is cut, and the text it passes on is the decoder's text encoded again.
 */
class Utf8CheckTest {

    /** The bytes where one of table 3-7's ranges starts or ends. */
    static final int[] EDGES = {0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};

    @Test
    void everySequenceOfOneOrTwoBytesAndEveryThreeByteOneAtTheEdgesIsJudgedAsTheStrictDecoderJudgesIt() {
        for (int a = 0; a < 256; a++) {
            assertSameVerdict(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) {
                assertSameVerdict(new byte[] {(byte) a, (byte) b});
                if (a >= 0xE0 && a <= 0xEF) {
                    for (int c : EDGES) {
                        assertSameVerdict(new byte[] {(byte) a, (byte) b, (byte) c});
                    }
                }
            }
        }
    }

    @Test
    void fourByteSequencesAtTheEdgesOfEveryRangeAreJudgedAsTheStrictDecoderJudgesThem() {
        int[] edges = EDGES;
        for (int a = 0xF0; a <= 0xFF; a++) {
            for (int b : edges) {
                for (int c : edges) {
                    for (int d : edges) {
                        assertSameVerdict(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
                    }
                }
            }
        }
    }

    @Test
    void randomTextsCutAnywhereAreJudgedAsTheStrictDecoderJudgesThem() throws Exception {
        Random random = new Random(24);
        byte[] alphabet = "Водка <x>🍾 ж".getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[1 + random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly pieces of real text, sometimes any byte: mixes valid, cut and broken sequences
                bytes[i] = random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            assertSameVerdict(bytes);
        }
    }

    @Test
    void aSequenceSplitAcrossReadsIsFollowed() throws Exception {
        String string = "Коньяк «Арарат» 🍾 0,5 л".repeat(50);
        byte[] text = string.getBytes(StandardCharsets.UTF_8);
        for (int step = 1; step <= 7; step++) {
            Utf8Check check = new Utf8Check();
            for (int off = 0; off < text.length; off += step) {
                check.check(text, off, Math.min(step, text.length - off));
            }
            check.end();
            assertThat(check.characters()).as("UTF-16 units, the pair counting two").isEqualTo(string.length());
        }
        Utf8Check cut = new Utf8Check();
        cut.check(text, 0, 1); // the lead byte of "К", and nothing after it
        assertThatThrownBy(cut::end).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void theTextAsUtf8IsTheDocumentsTextWhateverItsEncodingAndWithoutItsBom() throws Exception {
        String utf8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x>Водка 🍾</x>";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = ByteBuffer.allocate(bom.length + utf8.getBytes(StandardCharsets.UTF_8).length).put(bom)
                .put(utf8.getBytes(StandardCharsets.UTF_8)).array();
        assertThat(asUtf8(withBom, true)).isEqualTo(utf8);
        String cp1251 = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><x>Водка</x>";
        assertThat(asUtf8(cp1251.getBytes(Charset.forName("windows-1251")), true)).isEqualTo(cp1251);
        byte[] broken = "<x>Водка</x>".getBytes(Charset.forName("windows-1251")); // no declaration: UTF-8
        assertThatThrownBy(() -> asUtf8(broken, true)).isInstanceOf(CharacterCodingException.class);
        assertThat(asUtf8(broken, false)).isEqualTo("<x>\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD</x>");
    }

    @Test
    void theSinkPassesOnWhatTheStrictPassWritesWhereverTheDownloadIsCutAndGivesUpOnTheRest() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        String long8 = "<?xml version=\"1.0\" encoding=\"utf-8\"?><x>" + "Водка 🍾 ".repeat(40) + "</x>";
        byte[] utf8 = long8.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = ByteBuffer.allocate(3 + utf8.length).put(bom).put(utf8).array();
        byte[] shortDoc = "<x>ж</x>".getBytes(StandardCharsets.UTF_8); // shorter than the head held back
        byte[] cp1251 = ("<?xml version=\"1.0\" encoding=\"windows-1251\"?><x>" + "Водка ".repeat(40) + "</x>")
                .getBytes(Charset.forName("windows-1251"));
        byte[] broken = Arrays.copyOf(utf8, utf8.length - 7); // a sequence cut at the end
        broken[300] = (byte) 0xC0;
        byte[] cutAtEnd = Arrays.copyOf(utf8, utf8.length - 6);
        for (byte[] doc : List.of(utf8, withBom, shortDoc, new byte[0], cp1251, broken, cutAtEnd)) {
            for (int step : new int[] {1, 2, 3, 7, 64, 203, 204, 100_000}) {
                ByteArrayOutputStream pushed = new ByteArrayOutputStream();
                ru.egais.exchange.utm.DocumentTextSink sink = XmlText.utf8Sink(pushed);
                for (int off = 0; off < doc.length; off += step) {
                    sink.write(doc, off, Math.min(step, doc.length - off));
                }
                sink.close();
                boolean utf8Valid;
                ByteArrayOutputStream pulled = new ByteArrayOutputStream();
                long characters = -1;
                try {
                    characters = XmlText.transferAsUtf8(new ByteArrayInputStream(doc), pulled, true);
                    utf8Valid = doc != cp1251;
                } catch (CharacterCodingException e) {
                    utf8Valid = false;
                }
                if (utf8Valid) {
                    assertThat(sink.characters()).as("step %d", step).isEqualTo(characters);
                    assertThat(pushed.toByteArray()).isEqualTo(pulled.toByteArray());
                } else {
                    assertThat(sink.characters()).as("given up, step %d", step).isEqualTo(-1);
                }
            }
        }
    }

    private static String asUtf8(byte[] bytes, boolean strict) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long characters = XmlText.transferAsUtf8(new ByteArrayInputStream(bytes), out, strict);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(characters).as("its length, counted as it passed").isEqualTo(text.length());
        return text;
    }

    private static void assertSameVerdict(byte[] bytes) {
        boolean decoderAccepts;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            decoderAccepts = true;
        } catch (CharacterCodingException e) {
            decoderAccepts = false;
        }
        boolean checkAccepts;
        try {
            Utf8Check check = new Utf8Check();
            check.check(bytes, 0, bytes.length);
            check.end();
            checkAccepts = true;
        } catch (CharacterCodingException e) {
            checkAccepts = false;
        }
        assertThat(checkAccepts).as("verdict on %s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(decoderAccepts);
    }
}
