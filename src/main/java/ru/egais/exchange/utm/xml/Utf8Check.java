package ru.egais.exchange.utm.xml;

import java.nio.charset.MalformedInputException;

/**
 * Checks bytes as they pass for well-formed UTF-8 (Unicode's table 3-7: no overlong form, no surrogate, nothing
 * above U+10FFFF — what the JDK's strict decoder refuses), without decoding them: a large UTF-8 document is stored
 * and hashed as its own bytes, and decoding 50 MB of Cyrillic text only to encode it again was most of its cost.
 */
final class Utf8Check {

    private long position;
    /** UTF-16 units of the text checked so far (a 4-byte sequence is a surrogate pair: two). */
    private long characters;
    /** Continuation bytes the current sequence still needs, and the range the next one must be in. */
    private int needed;
    private int low = 0x80;
    private int high = 0xBF;

    void check(byte[] bytes, int off, int len) throws MalformedInputException {
        int end = off + len;
        int i = off;
        while (i < end) {
            if (needed == 0) {
                int ascii = i;
                while (i < end && bytes[i] >= 0) { // ASCII, the bulk of any EGAIS document
                    i++;
                }
                characters += i - ascii;
                if (i == end) {
                    break;
                }
                start(bytes[i] & 0xFF, i - off);
                characters += needed == 3 ? 2 : 1;
            } else {
                int b = bytes[i] & 0xFF;
                if (b < low || b > high) {
                    throw malformed(i - off);
                }
                needed--;
                low = 0x80;
                high = 0xBF;
            }
            i++;
        }
        position += len;
    }

    long characters() {
        return characters;
    }

    /** At the end of the text: a sequence cut short is malformed too. */
    void end() throws MalformedInputException {
        if (needed > 0) {
            throw new MalformedInputException(needed);
        }
    }

    private void start(int lead, int at) throws MalformedInputException {
        if (lead >= 0xC2 && lead <= 0xDF) {
            expect(1, 0x80, 0xBF);
        } else if (lead == 0xE0) {
            expect(2, 0xA0, 0xBF);
        } else if (lead == 0xED) {
            expect(2, 0x80, 0x9F);
        } else if (lead >= 0xE1 && lead <= 0xEF) {
            expect(2, 0x80, 0xBF);
        } else if (lead == 0xF0) {
            expect(3, 0x90, 0xBF);
        } else if (lead >= 0xF1 && lead <= 0xF3) {
            expect(3, 0x80, 0xBF);
        } else if (lead == 0xF4) {
            expect(3, 0x80, 0x8F);
        } else {
            throw malformed(at);
        }
    }

    private void expect(int continuations, int nextLow, int nextHigh) {
        needed = continuations;
        low = nextLow;
        high = nextHigh;
    }

    private MalformedInputException malformed(int at) {
        MalformedInputException e = new MalformedInputException(1);
        e.initCause(new IllegalArgumentException("not UTF-8 at byte " + (position + at)));
        return e;
    }
}
