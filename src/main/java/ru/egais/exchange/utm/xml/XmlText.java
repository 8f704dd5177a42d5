package ru.egais.exchange.utm.xml;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the bytes of an XML document into text the way its declaration says (UTF-8 when it says nothing). */
public final class XmlText {

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    private XmlText() {
    }

    /**
     * Like {@link #decode} but refuses bytes that are not valid in the declared encoding (a document sent as
     * windows-1251 but declared UTF-8), instead of silently replacing them.
     */
    public static String decodeStrict(byte[] bytes) throws java.nio.charset.CharacterCodingException {
        int offset = hasBom(bytes) ? 3 : 0;
        return charsetOf(bytes, offset).newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static Charset charsetOf(byte[] bytes, int offset) {
        String head = new String(bytes, offset, Math.min(200, bytes.length - offset), StandardCharsets.ISO_8859_1);
        Matcher m = ENCODING.matcher(head.stripLeading());
        if (m.find()) {
            try {
                return Charset.forName(m.group(1));
            } catch (IllegalArgumentException unknown) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    public static String decode(byte[] bytes) {
        int offset = 0;
        // A UTF-8 byte order mark is common in documents from Windows tools; it is not part of the text.
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            offset = 3;
        }
        String head = new String(bytes, offset, Math.min(200, bytes.length - offset), StandardCharsets.ISO_8859_1);
        Charset charset = StandardCharsets.UTF_8;
        Matcher m = ENCODING.matcher(head.stripLeading());
        if (m.find()) {
            try {
                charset = Charset.forName(m.group(1));
            } catch (IllegalArgumentException unknown) {
                charset = StandardCharsets.UTF_8;
            }
        }
        return new String(bytes, offset, bytes.length - offset, charset);
    }
}
