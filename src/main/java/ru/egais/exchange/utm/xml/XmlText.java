package ru.egais.exchange.utm.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the bytes of an XML document into text the way its declaration says (UTF-8 when it says nothing). */
public final class XmlText {

    private static final Pattern ENCODING = Pattern.compile("^<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");
    /** The BOM and enough of the prolog to hold the encoding declaration. */
    static final int HEAD = 203;

    private XmlText() {
    }

    public static String decode(byte[] bytes) {
        // A UTF-8 byte order mark is common in documents from Windows tools; it is not part of the text.
        int offset = hasBom(bytes, bytes.length) ? 3 : 0;
        return new String(bytes, offset, bytes.length - offset, charsetOf(bytes, offset, bytes.length));
    }

    /**
     * The text of a document read as a stream, for documents too large to hold as a string. Strict: a byte
     * sequence not valid in the declared encoding makes a read throw {@link CharacterCodingException}; otherwise
     * such bytes become U+FFFD, as {@link #decode} does.
     */
    public static Reader reader(InputStream in, boolean strict) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(HEAD);
        byte[] head = buffered.readNBytes(HEAD);
        buffered.reset();
        int offset = hasBom(head, head.length) ? 3 : 0;
        buffered.skipNBytes(offset);
        return new InputStreamReader(buffered, decoder(charsetOf(head, offset, head.length), strict));
    }

    /**
     * A strict {@link #reader} that also refuses a document declared windows-1251 whose bytes are not windows-1251
     * text (see {@link Cp1251Guard}): such a document would otherwise be read garbled. A refusal is a
     * {@link CharacterCodingException} thrown by a read, as for any byte not valid in the declared encoding.
     */
    public static Reader strictReaderRefusingMislabelled(InputStream in) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(HEAD);
        byte[] head = buffered.readNBytes(HEAD);
        buffered.reset();
        int offset = hasBom(head, head.length) ? 3 : 0;
        Charset charset = charsetOf(head, offset, head.length);
        InputStream checked = charset.name().equals("windows-1251") ? new Cp1251Guard(buffered) : buffered;
        return reader(checked, true);
    }

    /**
     * Writes a document's text, encoded as UTF-8, to {@code out}. A strict pass over a UTF-8 document writes its own
     * bytes after any BOM, only checked ({@link Utf8Check}): nothing is decoded. Any other document is read as
     * {@link #strictReaderRefusingMislabelled} (strict) or {@link #reader} (lenient) reads it and encoded again.
     * Strict: a document that reader would refuse throws the same {@link CharacterCodingException}. Returns the
     * length of the text in UTF-16 units, as a {@link Reader} would count it.
     */
    public static long transferAsUtf8(InputStream in, OutputStream out, boolean strict) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(HEAD);
        byte[] head = buffered.readNBytes(HEAD);
        buffered.reset();
        int offset = hasBom(head, head.length) ? 3 : 0;
        if (strict && charsetOf(head, offset, head.length).equals(StandardCharsets.UTF_8)) {
            buffered.skipNBytes(offset);
            Utf8Check check = new Utf8Check();
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = buffered.read(buffer)) >= 0; ) {
                check.check(buffer, 0, n);
                out.write(buffer, 0, n);
            }
            check.end();
            return check.characters();
        }
        Reader text = strict ? strictReaderRefusingMislabelled(buffered) : reader(buffered, false);
        Writer utf8 = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        long characters = text.transferTo(utf8);
        utf8.flush();
        return characters;
    }

    public static ru.egais.exchange.utm.DocumentTextSink utf8Sink(OutputStream text) {
        return new Utf8TextSink(text);
    }

    /** Whether a document starting with these bytes (at least its first {@value #HEAD}, or all of it) is UTF-8. */
    static boolean isUtf8(byte[] head) {
        return charsetOf(head, bomLength(head), head.length).equals(StandardCharsets.UTF_8);
    }

    static int bomLength(byte[] head) {
        return hasBom(head, head.length) ? 3 : 0;
    }

    /** The charset a document's text declares in its first characters (UTF-8 when it declares none we know). */
    public static Charset declaredCharset(CharSequence head) {
        byte[] latin = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        return charsetOf(latin, 0, latin.length);
    }

    private static CharsetDecoder decoder(Charset charset, boolean strict) {
        CodingErrorAction action = strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE;
        return charset.newDecoder().onMalformedInput(action).onUnmappableCharacter(action);
    }

    private static boolean hasBom(byte[] bytes, int length) {
        return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static Charset charsetOf(byte[] bytes, int offset, int length) {
        String head = new String(bytes, offset, Math.min(200, length - offset), StandardCharsets.ISO_8859_1);
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
}
