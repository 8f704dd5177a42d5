package ru.egais.exchange.utm.xml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.MalformedInputException;

/**
 * Refuses bytes declared windows-1251 that are not windows-1251 text. Windows-1251 maps almost every byte, so
 * decoding alone rarely fails (only 0x98 is undefined, which the strict decoder already refuses). Two more signs:
 * <ul>
 *   <li>a C0 control byte other than tab, CR and LF — not text in any Cyrillic document, and not allowed in XML;</li>
 *   <li>bytes that are valid UTF-8 with at least one multi-byte sequence — UTF-8 text mislabelled as windows-1251
 *   ("Водка" would read as "Р’РѕРґРєР°"). Real windows-1251 Russian text is practically never valid UTF-8: its
 *   letters (0xC0–0xFF) are followed by letters, never by the 0x80–0xBF continuation bytes UTF-8 needs.</li>
 * </ul>
 * The verdict on the second comes at the end of the stream, where a {@link MalformedInputException} is thrown.
 */
final class Cp1251Guard extends FilterInputStream {

    private long position;
    private int continuationNeeded;
    private boolean validUtf8 = true;
    private boolean multiByteSeen;

    Cp1251Guard(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            inspect(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
        int n = super.read(buffer, off, len);
        if (n < 0) {
            atEnd();
        }
        for (int i = 0; i < n; i++) {
            inspect(buffer[off + i] & 0xFF);
        }
        return n;
    }

    private void inspect(int b) throws MalformedInputException {
        position++;
        if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
            throw new MalformedInputException(1);
        }
        if (!validUtf8) {
            return;
        }
        if (continuationNeeded > 0) {
            if ((b & 0xC0) == 0x80) {
                continuationNeeded--;
            } else {
                validUtf8 = false;
            }
        } else if (b >= 0xC2 && b <= 0xDF) {
            continuationNeeded = 1;
            multiByteSeen = true;
        } else if (b >= 0xE0 && b <= 0xEF) {
            continuationNeeded = 2;
            multiByteSeen = true;
        } else if (b >= 0xF0 && b <= 0xF4) {
            continuationNeeded = 3;
            multiByteSeen = true;
        } else if (b >= 0x80) {
            validUtf8 = false;
        }
    }

    private void atEnd() throws MalformedInputException {
        if (validUtf8 && multiByteSeen && continuationNeeded == 0) {
            throw new MalformedInputException(1); // UTF-8 text that declares windows-1251
        }
    }
}
