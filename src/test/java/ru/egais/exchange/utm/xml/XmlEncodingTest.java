package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Posted bytes must be valid in their declared encoding; text goes out in the encoding it declares. */
class XmlEncodingTest {

    static final Charset CP1251 = Charset.forName("windows-1251");

    @Test
    void windows1251BytesUnderAUtf8DeclarationAreRefusedAtTheirOffset() {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>";
        byte[] bytes = (head + "Водка</a>").getBytes(CP1251);
        assertThatThrownBy(() -> XmlEncoding.decodeDeclared(bytes)).isInstanceOf(XmlEncoding.InvalidBytes.class)
                .hasMessageContaining("not valid UTF-8 at byte " + head.length())
                .satisfies(e -> assertThat(((XmlEncoding.InvalidBytes) e).offset()).isEqualTo(head.length()));
    }

    @Test
    void brokenUtf8WithoutADeclarationIsRefusedAtItsOffset() {
        byte[] ok = "<a>Да".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[ok.length + 2];
        System.arraycopy(ok, 0, bytes, 0, ok.length);
        bytes[ok.length] = (byte) 0xD0; // a lead byte followed by an ASCII one: a truncated sequence
        bytes[ok.length + 1] = '<';
        assertThatThrownBy(() -> XmlEncoding.decodeDeclared(bytes)).hasMessageContaining("at byte " + ok.length)
                .hasMessageContaining("declares no encoding");
    }

    @Test
    void anUnknownEncodingNameIsRefused() {
        byte[] bytes = "<?xml version=\"1.0\" encoding=\"KOI-9\"?><a/>".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> XmlEncoding.decodeDeclared(bytes)).hasMessageContaining("unknown encoding 'KOI-9'");
    }

    @Test
    void windows1251DeclaredAsSuchIsReadAndWrittenBackAsTheSameBytes() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><a>Остатки № 1</a>";
        byte[] posted = xml.getBytes(CP1251);
        String text = XmlEncoding.decodeDeclared(posted);
        assertThat(text).isEqualTo(xml);
        XmlEncoding.Encoded out = XmlEncoding.encodeDeclared(text);
        assertThat(out.charset()).isEqualTo(CP1251);
        assertThat(out.bytes()).isEqualTo(posted);
    }

    @Test
    void textTheDeclaredEncodingCannotHoldGoesOutAsUtf8SayingSo() {
        XmlEncoding.Encoded out = XmlEncoding.encodeDeclared(
                "<?xml version=\"1.0\" encoding=\"windows-1251\"?><a>酒</a>");
        assertThat(out.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(new String(out.bytes(), StandardCharsets.UTF_8))
                .isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>酒</a>");
        assertThat(XmlEncoding.encodeDeclared("<a>Да</a>").bytes()).isEqualTo("<a>Да</a>".getBytes(StandardCharsets.UTF_8));
    }
}
