package ru.egais.exchange.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import ru.egais.exchange.utm.EgaisDocumentReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The bodies of incoming documents: the bytes as UTM gave them, deflated, in pieces (table incoming_body_part), so
 * a document of tens of megabytes is written and read with a piece in memory at a time and decoded only where it
 * is read. Bodies stored before V21 are their decoded text in pieces of {@value #TEXT_PIECE} characters (table
 * incoming_body_chunk); they are read as they are.
 */
@ApplicationScoped
public class IncomingBodies {

    /** incoming_document.body_format of a body in incoming_body_part; null: text in incoming_body_chunk. */
    static final String DEFLATED = "deflate";
    static final int TEXT_PIECE = 256 * 1024;
    /** Bytes of a stored piece; a 48 MB ReplyRests_v2 deflates to under 2 MB, so it is a few rows. */
    static final int PIECE = 256 * 1024;
    /**
     * The fastest level: it cuts a ReplyRests_v2 26-fold (48.5 to 1.9 MB) in about 80 ms, against 190 ms for 20 %
     * less at the default level; the writes it saves (into the WAL, then the database file) cost more than that.
     */
    private static final int LEVEL = Deflater.BEST_SPEED;

    private final EntityManager em;

    public IncomingBodies(EntityManager em) {
        this.em = em;
    }

    /**
     * Writes a document's bytes within the caller's transaction (whose incoming_document row must exist, with
     * {@code body_format} {@value #DEFLATED}); returns how many bytes were read.
     */
    long write(String incomingId, InputStream bytes) throws IOException {
        em.flush(); // the pieces are written over the same connection, after the row they refer to
        try (OutputStream deflated = deflating(new BodyPieces.Writer(session(), incomingId, PIECE))) {
            return bytes.transferTo(deflated);
        }
    }

    /** As {@link #write}, for bytes deflated already by {@link #deflating} (a download spooled that way). */
    void writeDeflated(String incomingId, InputStream deflated) throws IOException {
        em.flush();
        try (OutputStream pieces = new BodyPieces.Writer(session(), incomingId, PIECE)) {
            deflated.transferTo(pieces);
        }
    }

    /** Deflates what is written through it as a body is stored. */
    static OutputStream deflating(OutputStream target) {
        return new DeflaterOutputStream(target, new Deflater(LEVEL), 64 * 1024) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    def.end(); // a deflater of our own is not ended by the stream
                }
            }
        };
    }

    /** The bytes of a body as {@link #deflating} took them. */
    static InputStream inflating(InputStream deflated) {
        return new InflaterInputStream(deflated, new Inflater(), 64 * 1024) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    inf.end(); // an inflater of our own is not ended by the stream
                }
            }
        };
    }

    /** Removes a document's body written in the caller's transaction (a known delivery seen again). */
    void delete(String incomingId) {
        em.flush();
        em.createNativeQuery("DELETE FROM incoming_body_part WHERE incoming_id = ?1")
                .setParameter(1, incomingId).executeUpdate();
        em.createNativeQuery("DELETE FROM incoming_body_chunk WHERE incoming_id = ?1")
                .setParameter(1, incomingId).executeUpdate();
    }

    /**
     * The document's text as a stream, decoded as its declaration says (bad bytes replaced, as when a quarantined
     * document's text was stored). Each piece is read in the caller's transaction, or in one of its own when there
     * is none (a response streamed after the resource method returned).
     */
    public Reader open(String incomingId) {
        String format = QuarkusTransaction.joiningExisting().call(() -> formatOf(incomingId));
        if (!DEFLATED.equals(format)) {
            return new TextPieces(incomingId);
        }
        byte[] first = QuarkusTransaction.joiningExisting().call(() -> BodyPieces.read(session(), incomingId, 0));
        if (first == null) {
            // Retention removed the pieces (body_format stays): the body reads as empty text, as a text body stored
            // before V21 does once removed, so a document reopened after removal ends FAILED instead of failing to
            // inflate on every processing pass (RemovedBodyReopenedTest).
            return new StringReader("");
        }
        InputStream pieces = new BodyPieces.Reader(seq -> seq == 0 ? first : QuarkusTransaction.joiningExisting()
                .call(() -> BodyPieces.read(session(), incomingId, seq)));
        InputStream bytes = inflating(pieces);
        try {
            return EgaisDocumentReader.lenientText(bytes);
        } catch (IOException e) {
            try {
                bytes.close(); // ends its inflater
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new UncheckedIOException("cannot read incoming " + incomingId + ": " + e.getMessage(), e);
        }
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

    private Session session() {
        return em.unwrap(Session.class);
    }

    @SuppressWarnings("unchecked")
    private String formatOf(String incomingId) {
        List<String> rows = em.createNativeQuery("SELECT body_format FROM incoming_document WHERE id = ?1")
                .setParameter(1, incomingId).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** A body stored before V21: its text, a piece at a time. */
    private final class TextPieces extends Reader {
        private final String incomingId;
        private String piece = "";
        private int pos;
        private int nextSeq;
        private boolean done;

        TextPieces(String incomingId) {
            this.incomingId = incomingId;
        }

        @Override
        public int read(char[] cbuf, int off, int len) {
            while (pos == piece.length()) {
                if (done) {
                    return -1;
                }
                String next = QuarkusTransaction.joiningExisting().call(() -> textPiece(incomingId, nextSeq));
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
    }

    @SuppressWarnings("unchecked")
    private String textPiece(String incomingId, int seq) {
        List<String> rows = em.createNativeQuery(
                        "SELECT content FROM incoming_body_chunk WHERE incoming_id = ?1 AND seq = ?2")
                .setParameter(1, incomingId).setParameter(2, seq).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
