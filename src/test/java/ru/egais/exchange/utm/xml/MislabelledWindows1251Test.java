package ru.egais.exchange.utm.xml;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A document declared windows-1251 is read only when its bytes are windows-1251 text. */
class MislabelledWindows1251Test {

    static final Charset CP1251 = Charset.forName("windows-1251");
    static final String DOC = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><a>Водка «Столичная» №1, ёлка</a>";

    static String read(byte[] bytes) throws Exception {
        try (Reader r = XmlText.strictReaderRefusingMislabelled(new ByteArrayInputStream(bytes))) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[7];
            for (int n; (n = r.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }

    @Test
    void windows1251TextIsRead() throws Exception {
        assertThat(read(DOC.getBytes(CP1251))).isEqualTo(DOC);
    }

    @Test
    void utf8TextDeclaringWindows1251IsRefused() {
        assertThatThrownBy(() -> read(DOC.getBytes(StandardCharsets.UTF_8))).isInstanceOf(CharacterCodingException.class);
        // Even without "И" (UTF-8 D0 98, 0x98 being the one byte windows-1251 leaves undefined).
        assertThatThrownBy(() -> read("<?xml version=\"1.0\" encoding=\"windows-1251\"?><a>Водка</a>"
                .getBytes(StandardCharsets.UTF_8))).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void undefinedAndControlBytesAreRefused() {
        byte[] undefined = (DOC.replace("</a>", "x</a>")).getBytes(CP1251);
        undefined[undefined.length - 5] = (byte) 0x98;
        assertThatThrownBy(() -> read(undefined)).isInstanceOf(CharacterCodingException.class);
        byte[] control = DOC.getBytes(CP1251);
        control[control.length - 5] = 0x01;
        assertThatThrownBy(() -> read(control)).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void plainAsciiDeclaringWindows1251IsRead() throws Exception {
        String ascii = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><a>\tok\r\n</a>";
        assertThat(read(ascii.getBytes(CP1251))).isEqualTo(ascii);
    }

    @Test
    void theDeclaredCharsetIsFoundInTheText() {
        assertThat(XmlText.declaredCharset(DOC)).isEqualTo(CP1251);
        assertThat(XmlText.declaredCharset("<a/>")).isEqualTo(StandardCharsets.UTF_8);
    }
}
