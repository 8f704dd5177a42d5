package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.utm.UtmListEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** Durably stores what was loaded from UTM, before anything else is done with it. */
@ApplicationScoped
public class IncomingStore {

    private final IncomingRepository incoming;
    private final ExchangeLog log;
    private final Clock clock;

    public IncomingStore(IncomingRepository incoming, ExchangeLog log, Clock clock) {
        this.incoming = incoming;
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
        // Two queries sent in the same second can get byte-identical replies (a ReplyRests of an unchanged
        // stock): the replyId they are listed under is part of what makes a delivery the same one.
        return storeWithHash(fsrarId, entry, content, deliveryHash(entry.replyId(), content));
    }

    private Stored storeWithHash(String fsrarId, UtmListEntry entry, String content, String hash) {
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
        d.contentLength = content.length();
        d.status = IncomingStatus.STORED;
        d.receivedAt = Instant.now(clock);
        incoming.persist(d);
        IncomingBody body = new IncomingBody();
        body.incomingId = d.id;
        body.content = content;
        incoming.getEntityManager().persist(body);
        log.incoming(fsrarId, d.id, ExchangeEvent.INCOMING_STORED, entry.url()
                + (entry.replyId() == null ? "" : " replyId=" + entry.replyId()));
        return new Stored(d.id, true);
    }

    /** Whether text just read from UTM is the stored delivery (same replyId and content). */
    @Transactional
    public boolean isSameDelivery(String id, String content) {
        IncomingDocument d = incoming.findById(id);
        return d.contentHash.equals(deliveryHash(d.replyId, content));
    }

    /** UTM no longer holds the stored document under its URL; nothing is deleted there. */
    @Transactional
    public void markGoneFromUtm(String id, String why) {
        IncomingDocument d = incoming.findById(id);
        d.deletedFromUtmAt = Instant.now(clock);
        log.incoming(d.fsrarId, d.id, ExchangeEvent.INCOMING_DELETED_FROM_UTM, "not deleted: " + why);
    }

    /**
     * Stores a loaded document from its bytes: a document not valid in its declared encoding is kept (with the
     * invalid bytes replaced) and quarantined, so the original stays in UTM.
     */
    @Transactional
    public Stored store(String fsrarId, UtmListEntry entry, byte[] bytes) {
        try {
            return store(fsrarId, entry, ru.egais.exchange.utm.xml.XmlText.decodeStrict(bytes));
        } catch (java.nio.charset.CharacterCodingException e) {
            Stored stored = store(fsrarId, entry, ru.egais.exchange.utm.xml.XmlText.decode(bytes));
            if (stored.isNew()) {
                quarantine(stored.id(), "not valid in its declared encoding (" + e.getClass().getSimpleName()
                        + "); the original is left in UTM");
            }
            return stored;
        }
    }

    /** A document too large to load: recorded by its URL with the reason; nothing is deleted from UTM. */
    @Transactional
    public Stored quarantineUnloaded(String fsrarId, UtmListEntry entry, String reason) {
        // Nothing was read, so the URL is what identifies it.
        Stored stored = storeWithHash(fsrarId, entry, "", sha256("not loaded\n" + entry.url() + "\n" + entry.replyId()));
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

    private static String deliveryHash(String replyId, String content) {
        return sha256((replyId == null ? "" : replyId) + "\n" + content);
    }

    static String sha256(String content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
