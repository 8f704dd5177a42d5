package ru.egais.exchange.relay.transport;

import java.io.IOException;

/** A message file the transport will not read (too large, a symbolic link, not a plain file): set it aside. */
public class RelayFileRefused extends IOException {

    public RelayFileRefused(String message) {
        super(message);
    }

    static RelayFileRefused tooLarge(String name, long size, long max) {
        return new RelayFileRefused(name + " is larger than egais.relay.max-message-bytes (" + max + " bytes"
                + (size > max ? "; it has " + size : "") + ")");
    }

    /** Copies at most {@code max} bytes; one more is a refusal, so a file that grows while read is bounded too. */
    static byte[] bounded(String name, java.io.InputStream in, long max) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                throw tooLarge(name, -1, max);
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
