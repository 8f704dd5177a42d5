package ru.egais.exchange.inbox;

import org.hibernate.Session;

import java.io.InputStream;
import java.io.OutputStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * Rows of incoming_body_part written and read as a stream of bytes. Plain JDBC on the transaction's connection:
 * the column is a BLOB in SQLite and a BYTEA in PostgreSQL, bound and read as bytes either way.
 */
final class BodyPieces {

    private BodyPieces() {
    }

    /** Piece {@code seq} of a body, or null past its last. */
    static byte[] read(Session session, String incomingId, int seq) {
        return session.doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT content FROM incoming_body_part WHERE incoming_id = ? AND seq = ?")) {
                s.setString(1, incomingId);
                s.setInt(2, seq);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? r.getBytes(1) : null;
                }
            }
        });
    }

    /** Buffers what is written and stores it a full piece at a time; the last, shorter piece on close. */
    static final class Writer extends OutputStream {
        private final Session session;
        private final String incomingId;
        private final byte[] piece;
        private int filled;
        private int seq;

        Writer(Session session, String incomingId, int pieceSize) {
            this.session = session;
            this.incomingId = incomingId;
            this.piece = new byte[pieceSize];
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            while (len > 0) {
                int n = Math.min(len, piece.length - filled);
                System.arraycopy(b, off, piece, filled, n);
                filled += n;
                off += n;
                len -= n;
                if (filled == piece.length) {
                    store();
                }
            }
        }

        @Override
        public void close() {
            if (filled > 0) {
                store();
            }
        }

        private void store() {
            // The full buffer itself is bound: safe because the insert runs now, before the buffer is refilled (it
            // would not be with addBatch).
            byte[] content = filled == piece.length ? piece : Arrays.copyOf(piece, filled);
            int at = seq++;
            session.doWork(c -> {
                try (PreparedStatement s = c.prepareStatement(
                        "INSERT INTO incoming_body_part (incoming_id, seq, content) VALUES (?, ?, ?)")) {
                    s.setString(1, incomingId);
                    s.setInt(2, at);
                    s.setBytes(3, content);
                    s.executeUpdate();
                }
            });
            filled = 0;
        }
    }

    /** The pieces of one body, fetched one at a time as they are read. */
    static final class Reader extends InputStream {
        private final IntFunction<byte[]> fetch;
        private byte[] piece = new byte[0];
        private int pos;
        private int nextSeq;
        private boolean done;

        Reader(IntFunction<byte[]> fetch) {
            this.fetch = fetch;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            while (pos == piece.length) {
                if (done) {
                    return -1;
                }
                byte[] next = fetch.apply(nextSeq++);
                if (next == null) {
                    done = true;
                    return -1;
                }
                piece = next;
                pos = 0;
            }
            int n = Math.min(len, piece.length - pos);
            System.arraycopy(piece, pos, b, off, n);
            pos += n;
            return n;
        }

        @Override
        public void close() {
            done = true;
            piece = new byte[0];
        }
    }
}
