package ru.egais.exchange.utm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most {@code limit} bytes, then fails, remembering that the limit (not the source) ended the read. */
final class CappedInputStream extends FilterInputStream {

    private final long limit;
    private long read;
    private boolean exceeded;

    CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    boolean exceeded() {
        return exceeded;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws IOException {
        read += n;
        if (read > limit) {
            exceeded = true;
            throw new IOException("more than " + limit + " bytes");
        }
    }
}
