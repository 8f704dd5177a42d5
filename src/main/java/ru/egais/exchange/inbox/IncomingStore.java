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
        String hash = deliveryHash(entry.replyId(), content);
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
