package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.utm.UtmListEntry;

import ru.egais.exchange.utm.xml.XmlText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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
     * Stores a loaded document. Identical bytes already stored (a DELETE that did not happen, a resend) are the
     * same document: nothing new is stored and the known copy is returned, so its effect is never applied twice.
     */
    @Transactional
    public Stored store(String fsrarId, UtmListEntry entry, String content) {
        return storeText(fsrarId, entry, DeliveryHash.of(entry.replyId(), content), () -> new StringReader(content));
    }

    /**
     * Stores a document from a file it was downloaded to, reading it as a stream: a document not valid in its
     * declared encoding is kept (with the invalid bytes replaced) and quarantined, so the original stays in UTM.
     */
    @Transactional
    public Stored store(String fsrarId, UtmListEntry entry, Path file) {
        return store(fsrarId, entry, () -> Files.newInputStream(file));
    }

    /** As {@link #store(String, UtmListEntry, Path)}, for a document at hand as bytes (a workstation's upload). */
    @Transactional
    public Stored store(String fsrarId, UtmListEntry entry, byte[] bytes) {
        return store(fsrarId, entry, () -> new ByteArrayInputStream(bytes));
    }

    private Stored store(String fsrarId, UtmListEntry entry, Source bytes) {
        try {
            boolean valid = true;
            String hash;
            try (Reader strict = XmlText.reader(bytes.open(), true)) {
                hash = DeliveryHash.of(entry.replyId(), strict);
            } catch (CharacterCodingException e) {
                valid = false;
                try (Reader lenient = XmlText.reader(bytes.open(), false)) {
                    hash = DeliveryHash.of(entry.replyId(), lenient);
                }
            }
            // Decoded leniently, a valid document reads exactly as when decoded strictly.
            Stored stored = storeText(fsrarId, entry, hash, () -> XmlText.reader(bytes.open(), false));
            if (!valid && stored.isNew()) {
                quarantine(stored.id(), "not valid in its declared encoding; the original is left in UTM");
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a document loaded from UTM: " + e.getMessage(), e);
        }
    }

    /** Where a document's bytes or text can be read from, as many times as needed. */
    @FunctionalInterface
    private interface Source {
        InputStream open() throws IOException;
    }

    @FunctionalInterface
    private interface Text {
        Reader open() throws IOException;
    }

    private Stored storeText(String fsrarId, UtmListEntry entry, String hash, Text text) {
        Optional<IncomingDocument> known = incoming.findByHash(fsrarId, hash);
        if (known.isPresent()) {
            IncomingDocument d = known.get();
            // UTM lists it (again) under this URL: it must be deleted there once more.
            d.utmUrl = entry.url();
            d.deletedFromUtmAt = null;
            return new Stored(d.id, false);
        }
        IncomingDocument d = new IncomingDocument();
        d.id = Ids.newId();
        d.fsrarId = fsrarId;
        d.utmUrl = entry.url();
        d.replyId = entry.replyId();
        d.contentHash = hash;
        d.status = IncomingStatus.STORED;
        d.receivedAt = Instant.now(clock);
        incoming.persist(d);
        try (Reader in = text.open()) {
            d.contentLength = bodies.write(d.id, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a document loaded from UTM: " + e.getMessage(), e);
        }
        log.incoming(fsrarId, d.id, ExchangeEvent.INCOMING_STORED, entry.url()
                + (entry.replyId() == null ? "" : " replyId=" + entry.replyId()));
        return new Stored(d.id, true);
    }

    /** The delivery hash of a document read back from UTM (outside any transaction: it streams a file). */
    public static String deliveryHashOf(String replyId, Path file) throws IOException {
        try (Reader in = XmlText.reader(Files.newInputStream(file), false)) {
            return DeliveryHash.of(replyId, in);
        }
    }

    /** Whether a document read back from UTM (by its delivery hash) is the stored delivery. */
    @Transactional
    public boolean isSameDelivery(String id, String deliveryHash) {
        return incoming.findById(id).contentHash.equals(deliveryHash);
    }

    /** The replyId a stored document was listed under. */
    @Transactional
    public String replyIdOf(String id) {
        return incoming.findById(id).replyId;
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
        Stored stored = storeText(fsrarId, entry, DeliveryHash.ofText("not loaded\n" + entry.url() + "\n" + entry.replyId()),
                () -> new StringReader(""));
        if (stored.isNew()) {
            quarantine(stored.id(), reason);
        }
        return stored;
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
