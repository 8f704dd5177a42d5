package ru.egais.exchange.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A stand-in for the signature UTM returns in {@code <sign>}: 128 upper-case hex digits, like the real ones. */
final class UtmSignatures {

    private UtmSignatures() {
    }

    static String fake(String xml) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(xml.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is part of every JDK", e);
        }
    }
}
