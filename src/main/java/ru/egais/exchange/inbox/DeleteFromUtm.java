package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmHttpStatusException;
import ru.egais.exchange.utm.UtmListEntry;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Deletes a stored document from UTM only if its URL still names it (the renumbering guard). A UTM that was
 * reinstalled numbers /opt/out anew, and the URL we stored may now name a document we have never seen; deleting
 * that would lose it. So the URL must still be listed with the same replyId, and the document read back must be the
 * same (both: two replies can be byte-identical, and two tickets share one replyId) — one more GET, worth a
 * document with legal weight.
 */
@ApplicationScoped
public class DeleteFromUtm {

    private final UtmGateway utm;
    private final IncomingStore store;

    public DeleteFromUtm(UtmGateway utm, IncomingStore store) {
        this.utm = utm;
        this.store = store;
    }

    /** What the UTM lists in /opt/out now, by URL: one listing serves every deletion of a pass. */
    Map<String, UtmListEntry> listedByUrl(UtmTarget target) throws UtmException {
        Map<String, UtmListEntry> byUrl = new HashMap<>();
        for (UtmListEntry e : utm.listIncoming(target.utmUrl())) {
            byUrl.putIfAbsent(e.url(), e);
        }
        return byUrl;
    }

    /**
     * Deletes the document if {@code listed} (its URL's entry in the listing, or null) still names it; else marks it
     * gone from UTM with the reason. True when it was deleted now.
     */
    boolean deleteIfStillThere(UtmTarget target, IncomingView doc, UtmListEntry listed) throws UtmException {
        if (listed == null) {
            store.markGoneFromUtm(doc.id(), "no longer listed at " + doc.utmUrl());
            return false;
        }
        if (!Objects.equals(listed.replyId(), doc.replyId())) {
            store.markGoneFromUtm(doc.id(), doc.utmUrl() + " now names another document (UTM renumbered /opt/out)");
            return false;
        }
        boolean same;
        try {
            same = stillNamesStored(target, doc);
        } catch (UtmHttpStatusException e) {
            if (e.status() != 404) {
                throw e;
            }
            store.markGoneFromUtm(doc.id(), "no longer listed at " + doc.utmUrl());
            return false;
        }
        if (!same) {
            store.markGoneFromUtm(doc.id(), doc.utmUrl() + " now names another document (UTM renumbered /opt/out)");
            return false;
        }
        utm.delete(target.utmUrl(), doc.utmUrl());
        store.markDeletedFromUtm(doc.id());
        return true;
    }

    /**
     * Whether the stored document's URL still names it: the document is read back from UTM down to the SHA-256
     * of its bytes (nothing is kept), compared with the one recorded when it was stored.
     */
    private boolean stillNamesStored(UtmTarget target, IncomingView doc) throws UtmException {
        Optional<String> stored = store.bytesHashOf(doc.id());
        if (stored.isEmpty()) {
            return store.isSameText(doc.id(), utm.fetch(target.utmUrl(), doc.utmUrl()));
        }
        DigestOutputStream digest = DeliveryHash.bytesDigest(OutputStream.nullOutputStream());
        utm.download(target.utmUrl(), doc.utmUrl(), digest, (read, announced) -> { });
        return stored.get().equals(DeliveryHash.hex(digest));
    }
}
