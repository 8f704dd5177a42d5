package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.utm.UtmListEntry;

import ru.egais.exchange.utm.EgaisDocumentReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Durably stores what was loaded from UTM, before anything else is done with it. */
@ApplicationScoped
public class IncomingStore {

    private final IncomingRepository incoming;
    private final IncomingBodies bodies;
    private final ExchangeLog log;
    private final Clock clock;

    public IncomingStore(IncomingRepository incoming, IncomingBodies bodies, ExchangeLog log, Clock clock) {
        this.incoming = incoming;
        this.bodies = bodies;
        this.log = log;
        this.clock = clock;
    }

    /** The stored copy and whether it was stored just now (false: the same bytes were already stored). */
    public record Stored(String id, boolean isNew) {
    }

    @Transactional
    public Optional<String> findStillInUtm(String fsrarId, String url) {
        return incoming.findStillInUtm(fsrarId, url).map(d -> d.id);
    }

    /**
     * A download spooled as {@link IncomingBodies#deflating} wrote it: SHA-256 of its bytes, and its delivery text
     * when it could be told as it arrived (null: read it from the file).
     */
    public record Spooled(Path deflatedFile, String bytesHash, DeliveryText text) {
    }

    /** The delivery hash of a document's text and the text's length in characters. */
    public record DeliveryText(String hash, long characters) {
    }

    /**
     * Stores a downloaded document from its spool file. Identical text already stored under the same replyId (a
     * DELETE that did not happen, a resend) is the same document: nothing new is stored and the known copy is
     * returned, so its effect is never applied twice. A document not valid in its declared encoding is kept as
     * it came and quarantined (its text read with the invalid bytes replaced), so the original stays in UTM.
     */
    @Transactional
    public Stored store(String fsrarId, UtmListEntry entry, Spooled spooled) {
        return store(fsrarId, entry, spooled.bytesHash(), id -> {
            try (InputStream in = Files.newInputStream(spooled.deflatedFile())) {
                bodies.writeDeflated(id, in);
            }
        }, () -> IncomingBodies.inflating(Files.newInputStream(spooled.deflatedFile())), spooled.text());
    }

    /** As {@link #store(String, UtmListEntry, Spooled)}, for a document at hand as bytes (a workstation's upload). */
    @Transactional
    public Stored store(String fsrarId, UtmListEntry entry, byte[] bytes) {
        Source raw = () -> new ByteArrayInputStream(bytes);
        return store(fsrarId, entry, DeliveryHash.ofBytes(bytes), id -> {
            try (InputStream in = raw.open()) {
                bodies.write(id, in);
            }
        }, raw, null);
    }

    /** Where a document's bytes can be read from, as many times as needed. */
    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
    }

    @FunctionalInterface
    private interface BodyWrite {
        void write(String incomingId) throws IOException;
    }

    private Stored store(String fsrarId, UtmListEntry entry, String bytesHash, BodyWrite body, Source raw,
                         DeliveryText told) {
        // A known delivery is recognised once the copy is written, which is then dropped (rare: a DELETE that did
        // not happen), so a large document is read once more at most: for its text when it was not told already.
        IncomingDocument d = newRow(fsrarId, entry, "pending:" + Ids.newId());
        d.bodyFormat = IncomingBodies.DEFLATED;
        boolean valid = true;
        DeliveryText text;
        try {
            body.write(d.id);
            try {
                text = told != null ? told : textOf(entry.replyId(), raw, true);
            } catch (CharacterCodingException e) {
                valid = false;
                text = textOf(entry.replyId(), raw, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a document loaded from UTM: " + e.getMessage(), e);
        }
        d.contentLength = text.characters();
        String hash = text.hash();
        Optional<IncomingDocument> known = incoming.findByHash(fsrarId, hash);
        if (known.isPresent()) {
            bodies.delete(d.id);
            incoming.delete(d);
            return listedAgain(known.get(), entry);
        }
        d.contentHash = hash;
        d.bytesHash = bytesHash;
        logStored(d, entry);
        if (!valid) {
            quarantine(d.id, "not valid in its declared encoding; the original is left in UTM");
        }
        return new Stored(d.id, true);
    }

    private static DeliveryText textOf(String replyId, Source raw, boolean strict) throws IOException {
        DeliveryHash.OfUtf8Text hash = new DeliveryHash.OfUtf8Text(replyId);
        try (InputStream in = raw.open()) {
            long characters = strict ? EgaisDocumentReader.strictTextAsUtf8(in, hash)
                    : EgaisDocumentReader.lenientTextAsUtf8(in, hash);
            return new DeliveryText(hash.hash(), characters);
        }
    }

    private IncomingDocument newRow(String fsrarId, UtmListEntry entry, String hash) {
        IncomingDocument d = new IncomingDocument();
        d.id = Ids.newId();
        d.fsrarId = fsrarId;
        d.utmUrl = entry.url();
        d.replyId = entry.replyId();
        d.contentHash = hash;
        d.status = IncomingStatus.STORED;
        d.receivedAt = Instant.now(clock);
        incoming.persist(d);
        return d;
    }

    /** UTM lists a stored delivery (again) under this URL: it must be deleted there once more. */
    private static Stored listedAgain(IncomingDocument d, UtmListEntry entry) {
        d.utmUrl = entry.url();
        d.deletedFromUtmAt = null;
        return new Stored(d.id, false);
    }

    private void logStored(IncomingDocument d, UtmListEntry entry) {
        log.incoming(d.fsrarId, d.id, ExchangeEvent.INCOMING_STORED, entry.url()
                + (entry.replyId() == null ? "" : " replyId=" + entry.replyId()));
    }

    /** SHA-256 of a stored document's bytes as UTM gave them; empty for rows stored before it was kept. */
    @Transactional
    public Optional<String> bytesHashOf(String id) {
        return Optional.ofNullable(incoming.findById(id).bytesHash);
    }

    /** Whether text read back from UTM is the stored delivery (rows with no bytes hash). */
    @Transactional
    public boolean isSameText(String id, String text) {
        IncomingDocument d = incoming.findById(id);
        try {
            return d.contentHash.equals(DeliveryHash.of(d.replyId, new StringReader(text)));
        } catch (IOException e) {
            throw new IllegalStateException("a string reader does not fail", e);
        }
    }

    /** UTM no longer holds the stored document under its URL; nothing is deleted there. */
    @Transactional
    public void markGoneFromUtm(String id, String why) {
        IncomingDocument d = incoming.findById(id);
        d.deletedFromUtmAt = Instant.now(clock);
        log.incoming(d.fsrarId, d.id, ExchangeEvent.INCOMING_DELETED_FROM_UTM, "not deleted: " + why);
    }

    /** A document too large to load: recorded by its URL with the reason; nothing is deleted from UTM. */
    @Transactional
    public Stored quarantineUnloaded(String fsrarId, UtmListEntry entry, String reason) {
        // Nothing was read, so the URL is what identifies it.
        String hash = DeliveryHash.ofText("not loaded\n" + entry.url() + "\n" + entry.replyId());
        Optional<IncomingDocument> known = incoming.findByHash(fsrarId, hash);
        if (known.isPresent()) {
            return listedAgain(known.get(), entry);
        }
        IncomingDocument d = newRow(fsrarId, entry, hash);
        d.bodyFormat = IncomingBodies.DEFLATED;
        try {
            bodies.write(d.id, InputStream.nullInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("an empty stream does not fail", e);
        }
        logStored(d, entry);
        quarantine(d.id, reason);
        return new Stored(d.id, true);
    }

    private void quarantine(String id, String reason) {
        IncomingDocument d = incoming.findById(id);
        d.status = IncomingStatus.QUARANTINED;
        d.error = reason;
        d.processedAt = Instant.now(clock);
        log.incoming(d.fsrarId, d.id, ExchangeEvent.INCOMING_PROCESSED, "quarantined: " + reason);
    }

    /**
     * A workstation uploaded this document: once processed (and not quarantined), it may delete it from its UTM;
     * recorded as deleted, and a delete that did not happen brings it back as a duplicate with no second effect.
     */
    @Transactional
    public boolean markDeletableByWorkstation(String id) {
        IncomingDocument d = incoming.findById(id);
        if (d.status == IncomingStatus.STORED || d.status == IncomingStatus.QUARANTINED) {
            return false;
        }
        if (d.deletedFromUtmAt == null) {
            d.deletedFromUtmAt = Instant.now(clock);
            log.incoming(d.fsrarId, d.id, ExchangeEvent.INCOMING_DELETED_FROM_UTM, d.utmUrl + " (by the workstation)");
        }
        return true;
    }

    @Transactional
    public void markDeletedFromUtm(String id) {
        IncomingDocument d = incoming.findById(id);
        d.deletedFromUtmAt = Instant.now(clock);
        log.incoming(d.fsrarId, d.id, ExchangeEvent.INCOMING_DELETED_FROM_UTM, d.utmUrl);
    }
}
