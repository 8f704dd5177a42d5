package ru.egais.exchange.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A secret per service run that every form of the page carries: another site open in the operator's browser can
 * make it POST to 127.0.0.1 (no token is needed on loopback), but cannot read the page to learn the secret.
 */
@ApplicationScoped
public class WebCsrf {

    private final String token;

    public WebCsrf() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        this.token = HexFormat.of().formatHex(bytes);
    }

    String token() {
        return token;
    }

    boolean accepts(String presented) {
        return presented != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII),
                presented.getBytes(StandardCharsets.US_ASCII));
    }
}
