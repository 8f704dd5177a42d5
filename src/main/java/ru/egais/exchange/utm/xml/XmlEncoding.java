package ru.egais.exchange.utm.xml;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding an XML document declares, held to both ways: bytes posted to us must be valid in it (else the
 * caller learns the byte offset, rather than a U+FFFD being stored and sent with legal weight), and the text we send
 * to the UTM is written in it, so a document declared windows-1251 reaches the UTM as windows-1251 bytes.
 */
public final class XmlEncoding {

    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Pattern DECLARED_AT = Pattern.compile("(^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"'])([^\"']*)([\"'])");

    private XmlEncoding() {
    }

    /** Bytes that are not text in the encoding their declaration names; {@code offset} counts from the first byte. */
    public static final class InvalidBytes extends Exception {
        private final long offset;

        InvalidBytes(String message, long offset) {
            super(message);
            this.offset = offset;
        }

        /** The offset of the first byte at fault, or -1 when the declaration itself is at fault. */
        public long offset() {
            return offset;
        }
    }

    /**
     * The text of posted XML bytes, decoded strictly by the declared encoding (UTF-8 without a declaration; a UTF-8
     * byte order mark is skipped). An unknown encoding name or a byte sequence not valid in it is refused.
     */
    public static String decodeDeclared(byte[] bytes) throws InvalidBytes {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        String head = new String(bytes, start, Math.min(200, bytes.length - start), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head.stripLeading());
        Charset charset = StandardCharsets.UTF_8;
        boolean declared = m.find();
        if (declared) {
            try {
                charset = Charset.forName(m.group(1).strip());
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new InvalidBytes("the XML declares the unknown encoding '" + m.group(1) + "'", -1);
            }
        }
        if (start == 3 && !StandardCharsets.UTF_8.equals(charset)) {
            throw new InvalidBytes("the XML starts with a UTF-8 byte order mark but declares " + charset.name(), 0);
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InvalidBytes("the XML is not valid " + charset.name() + " at byte " + in.position()
                    + (declared ? " (the encoding its declaration names)" : " (UTF-8, as it declares no encoding)"),
                    in.position());
        }
        return out.flip().toString();
    }

    /**
     * The bytes to send for a document's text: in the encoding its declaration names (UTF-8 without one). Text the
     * declared encoding cannot hold is sent as UTF-8 with the declaration changed to say so, never as bytes that
     * contradict their declaration.
     */
    public static Encoded encodeDeclared(String xml) {
        Matcher m = DECLARED.matcher(xml.stripLeading());
        if (!m.find()) {
            return new Encoded(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        try {
            Charset charset = Charset.forName(m.group(1).strip());
            CharsetEncoder encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer encoded = encoder.encode(CharBuffer.wrap(xml));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return new Encoded(bytes, charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException | UnsupportedOperationException
                 | CharacterCodingException e) {
            String relabelled = DECLARED_AT.matcher(xml).replaceFirst("$1UTF-8$3");
            return new Encoded(relabelled.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
    }

    /** A document's bytes and the encoding they are in. */
    public record Encoded(byte[] bytes, Charset charset) {
    }
}
