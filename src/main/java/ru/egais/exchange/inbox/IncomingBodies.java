package ru.egais.exchange.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The raw text of incoming documents, kept in pieces of {@value #CHUNK} characters (table incoming_body_chunk),
 * so a document of tens of megabytes is written and read with a piece in memory at a time.
 */
@ApplicationScoped
public class IncomingBodies {

    static final int CHUNK = 256 * 1024;

    private final EntityManager em;

    public IncomingBodies(EntityManager em) {
        this.em = em;
    }

    /** Writes a document's text within the caller's transaction; returns its length in characters. */
    long write(String incomingId, Reader text) throws IOException {
        char[] buffer = new char[CHUNK];
        long length = 0;
        int seq = 0;
        int carried = 0;
        while (true) {
            int filled = carried;
            for (int n; filled < CHUNK && (n = text.read(buffer, filled, CHUNK - filled)) >= 0; ) {
                filled += n;
            }
            if (filled == 0 && seq > 0) {
                return length;
            }
            // A surrogate pair split across two pieces would be two invalid halves once each is stored as UTF-8.
            int cut = filled == CHUNK && Character.isHighSurrogate(buffer[filled - 1]) ? filled - 1 : filled;
            em.createNativeQuery("INSERT INTO incoming_body_chunk (incoming_id, seq, content) VALUES (?1, ?2, ?3)")
                    .setParameter(1, incomingId).setParameter(2, seq++)
                    .setParameter(3, new String(buffer, 0, cut)).executeUpdate();
            length += cut;
            carried = filled - cut;
            if (carried > 0) {
                buffer[0] = buffer[cut];
            }
            if (filled < CHUNK) {
                return length;
            }
        }
    }

    /** Removes a document's text written in the caller's transaction (a known delivery seen again). */
    void delete(String incomingId) {
        em.createNativeQuery("DELETE FROM incoming_body_chunk WHERE incoming_id = ?1")
                .setParameter(1, incomingId).executeUpdate();
    }

    /**
     * The document's text as a stream. Each piece is read in the caller's transaction, or in one of its own when
     * there is none (a response streamed after the resource method returned).
     */
    public Reader open(String incomingId) {
        return new Reader() {
            private String piece = "";
            private int pos;
            private int nextSeq;
            private boolean done;

            @Override
            public int read(char[] cbuf, int off, int len) {
                while (pos == piece.length()) {
                    if (done) {
                        return -1;
                    }
                    String next = QuarkusTransaction.joiningExisting().call(() -> piece(incomingId, nextSeq));
                    nextSeq++;
                    if (next == null) {
                        done = true;
                        return -1;
                    }
                    piece = next;
                    pos = 0;
                }
                int n = Math.min(len, piece.length() - pos);
                piece.getChars(pos, pos + n, cbuf, off);
                pos += n;
                return n;
            }

            @Override
            public void close() {
                done = true;
                piece = "";
                pos = 0;
            }
        };
    }

    /** The whole text, for the small documents (tickets, waybills) whose readers take a string. */
    public String readAll(String incomingId) {
        StringWriter out = new StringWriter();
        try (Reader in = open(incomingId)) {
            in.transferTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private String piece(String incomingId, int seq) {
        List<String> rows = em.createNativeQuery(
                        "SELECT content FROM incoming_body_chunk WHERE incoming_id = ?1 AND seq = ?2")
                .setParameter(1, incomingId).setParameter(2, seq).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
