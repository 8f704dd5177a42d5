package ru.egais.exchange.inbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identity of one delivery from UTM: SHA-256 of the replyId it is listed under, a newline and its text in UTF-8.
 * Two queries sent in the same second can get byte-identical replies (a ReplyRests of an unchanged stock), so
 * the replyId is part of it. Computed from a stream, so a 50 MB document is never held whole to hash it.
 */
final class DeliveryHash {

    private DeliveryHash() {
    }

    static String of(String replyId, Reader text) throws IOException {
        MessageDigest digest = sha256();
        try (Writer utf8 = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), digest),
                StandardCharsets.UTF_8)) {
            utf8.write(replyId == null ? "" : replyId);
            utf8.write('\n');
            text.transferTo(utf8);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String ofBytes(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** A digest of raw bytes as they stream past (a download from UTM). */
    static DigestOutputStream bytesDigest(OutputStream target) {
        return new DigestOutputStream(target, sha256());
    }

    static String hex(DigestOutputStream digested) {
        return HexFormat.of().formatHex(digested.getMessageDigest().digest());
    }

    /** Takes a document's text as UTF-8 bytes and gives its delivery hash: a UTF-8 document is hashed undecoded. */
    static final class OfUtf8Text extends OutputStream {
        private final MessageDigest digest = sha256();

        OfUtf8Text(String replyId) {
            digest.update((replyId == null ? "" : replyId).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }

        @Override
        public void write(int b) {
            digest.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            digest.update(b, off, len);
        }

        String hash() {
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    static String ofText(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
