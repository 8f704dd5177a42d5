package ru.egais.exchange.utm.xml;

import ru.egais.exchange.utm.DocumentTextSink;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.MalformedInputException;
import java.util.Arrays;

/**
 * The strict pass of {@link XmlText#transferAsUtf8} over bytes pushed as they are downloaded: a UTF-8 document's
 * bytes after any BOM go to {@code text}, checked. The first {@value XmlText#HEAD} bytes are held until the
 * declaration is known. Anything else it gives up on quietly (the download goes on): {@link #characters()} is -1.
 */
final class Utf8TextSink extends DocumentTextSink {

    private final OutputStream text;
    private final Utf8Check check = new Utf8Check();
    private byte[] head = new byte[XmlText.HEAD];
    private int headFilled;
    private boolean gaveUp;
    private boolean closed;

    Utf8TextSink(OutputStream text) {
        this.text = text;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (gaveUp) {
            return;
        }
        if (head != null) {
            int n = Math.min(len, head.length - headFilled);
            System.arraycopy(b, off, head, headFilled, n);
            headFilled += n;
            off += n;
            len -= n;
            if (headFilled < head.length) {
                return;
            }
            passHead();
        }
        pass(b, off, len);
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (head != null) {
            passHead();
        }
        if (!gaveUp) {
            try {
                check.end();
            } catch (MalformedInputException e) {
                gaveUp = true;
            }
        }
    }

    @Override
    public long characters() {
        return closed && !gaveUp ? check.characters() : -1;
    }

    private void passHead() throws IOException {
        byte[] first = Arrays.copyOf(head, headFilled);
        head = null;
        if (!XmlText.isUtf8(first)) {
            gaveUp = true;
            return;
        }
        int bom = XmlText.bomLength(first);
        pass(first, bom, first.length - bom);
    }

    private void pass(byte[] b, int off, int len) throws IOException {
        if (gaveUp || len == 0) {
            return;
        }
        try {
            check.check(b, off, len);
        } catch (MalformedInputException e) {
            gaveUp = true;
            return;
        }
        text.write(b, off, len);
    }
}
