package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmListEntry;
import ru.egais.exchange.utm.UtmUnavailable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Incoming documents: check what UTM holds, load and store each one raw ({@link FetchIncoming}), process the stored
 * ones ({@link ProcessStored}), and only then delete them from UTM ({@link DeleteFromUtm}). Every UTM call happens
 * outside database transactions.
 */
@ApplicationScoped
public class InboxService {

    private static final Logger LOG = Logger.getLogger(InboxService.class);

    private final UtmGateway utm;
    private final IncomingStore store;
    private final IncomingQueries queries;
    private final OrganizationService organizations;
    private final ReachableUtms reachable;
    private final FetchIncoming fetching;
    private final DownloadIncoming download;
    private final ProcessStored processing;
    private final DeleteFromUtm deletion;

    public InboxService(UtmGateway utm, IncomingStore store, IncomingQueries queries, OrganizationService organizations,
                        ReachableUtms reachable, FetchIncoming fetching, DownloadIncoming download,
                        ProcessStored processing, DeleteFromUtm deletion) {
        this.utm = utm;
        this.store = store;
        this.queries = queries;
        this.organizations = organizations;
        this.reachable = reachable;
        this.fetching = fetching;
        this.download = download;
        this.processing = processing;
        this.deletion = deletion;
    }

    /** Lists /opt/out of each organization without loading anything. */
    public List<WaitingInUtm> checkIncoming(List<String> fsrarIds) {
        List<WaitingInUtm> result = new ArrayList<>();
        for (String fsrarId : organizations.selectForExchange(fsrarIds)) {
            Optional<UtmTarget> target = reachable.of(fsrarId);
            if (target.isEmpty()) {
                result.add(new WaitingInUtm(fsrarId, List.of(), reachable.whyNot(fsrarId)));
                continue;
            }
            try {
                List<WaitingInUtm.Entry> entries = new ArrayList<>();
                for (UtmListEntry e : utm.listIncoming(target.get().utmUrl())) {
                    entries.add(new WaitingInUtm.Entry(e.url(), e.replyId(),
                            store.findStillInUtm(fsrarId, e.url()).orElse(null)));
                }
                result.add(new WaitingInUtm(fsrarId, entries, null));
            } catch (UtmException e) {
                result.add(new WaitingInUtm(fsrarId, List.of(), e.getMessage()));
            }
        }
        return result;
    }

    /** Loads every listed document not stored yet and stores it raw. */
    public List<ReceiveSummary> fetchIncoming(List<String> fsrarIds) {
        return organizations.selectForExchange(fsrarIds).stream().map(fetching::fetch).toList();
    }

    /** Processes stored documents and deletes the processed ones from UTM. */
    public List<ReceiveSummary> processIncoming(List<String> fsrarIds) {
        return organizations.selectForExchange(fsrarIds).stream().map(this::processAndDelete).toList();
    }

    /** The receiving half of an exchange for one organization: load, store, process, delete. */
    public ReceiveSummary receive(String fsrarId) {
        ReceiveSummary fetched = fetching.fetch(fsrarId);
        ReceiveSummary processed = processAndDelete(fsrarId);
        ReceiveSummary total = fetched.plus(processed);
        organizations.recordReceive(fsrarId, total.error());
        return total;
    }

    /**
     * Loads, stores and processes what UTM holds for one of our submissions ({@code /opt/out?replyId=}), e.g. when
     * restoring a document's status finds no answer in the log. Returns how many new documents were stored.
     */
    public int receiveAnswers(String fsrarId, String replyId) {
        Optional<UtmTarget> target = reachable.of(fsrarId);
        if (target.isEmpty()) {
            return 0;
        }
        int stored = 0;
        try {
            for (UtmListEntry entry : utm.listIncoming(target.get().utmUrl(), replyId)) {
                if (store.findStillInUtm(fsrarId, entry.url()).isEmpty()
                        && download.downloadAndStore(fsrarId, target.get().utmUrl(), entry).isNew()) {
                    stored++;
                }
            }
        } catch (UtmException e) {
            LOG.warnf("Answers to %s not loaded from UTM: %s", replyId, e.getMessage());
        }
        processAndDelete(fsrarId);
        return stored;
    }

    /** Deletes one stored document from UTM now (an operator's action); the stored copy stays. */
    public IncomingView deleteFromUtm(String incomingId) {
        IncomingView doc = queries.getIncoming(incomingId);
        if (doc.deletedFromUtmAt() == null) {
            UtmTarget target = reachable.of(doc.fsrarId()).orElseThrow(() ->
                    new StateConflict(reachable.whyNot(doc.fsrarId())));
            try {
                deletion.deleteIfStillThere(target, doc, deletion.listedByUrl(target).get(doc.utmUrl()));
            } catch (UtmException e) {
                throw new UtmUnavailable(e.getMessage());
            }
        }
        return queries.getIncoming(incomingId);
    }

    /**
     * Deletes these stored documents of one organization from UTM with one listing of /opt/out (an operator's
     * action, for a list or "everything processed"); each is deleted only while its URL still names it. Returns,
     * per id not deleted, why; a document already gone from UTM counts as deleted.
     */
    Map<String, String> deleteFromUtm(String fsrarId, List<IncomingView> docs) {
        Map<String, String> refused = new LinkedHashMap<>();
        List<IncomingView> pending = docs.stream().filter(d -> d.deletedFromUtmAt() == null).toList();
        if (pending.isEmpty()) {
            return refused;
        }
        Optional<UtmTarget> target = reachable.of(fsrarId);
        if (target.isEmpty()) {
            pending.forEach(d -> refused.put(d.id(), reachable.whyNot(fsrarId)));
            return refused;
        }
        try {
            Map<String, UtmListEntry> listed = deletion.listedByUrl(target.get());
            for (IncomingView doc : pending) {
                try {
                    deletion.deleteIfStillThere(target.get(), doc, listed.get(doc.utmUrl()));
                } catch (UtmException e) {
                    refused.put(doc.id(), e.getMessage());
                }
            }
        } catch (UtmException e) {
            pending.forEach(d -> refused.put(d.id(), e.getMessage()));
        }
        return refused;
    }

    /** Processes one stored document (no effect on one processed already); counted like the exchange's. */
    IncomingStatus processOne(String fsrarId, String id) {
        return processing.processOne(fsrarId, id);
    }

    /** Processes what is stored and not processed yet; returns how many were processed. */
    public int processStored(String fsrarId) {
        return processing.processStored(fsrarId);
    }

    private ReceiveSummary processAndDelete(String fsrarId) {
        Optional<UtmTarget> known = organizations.utmTarget(fsrarId);
        if (known.isPresent() && known.get().foreignKeyFsrarId() != null) {
            // What was stored from that UTM is not ours to apply either: it waits until the settings are corrected.
            return ReceiveSummary.failed(fsrarId, known.get().whyNotReachable());
        }
        int processed = processing.processStored(fsrarId);
        Optional<UtmTarget> target = reachable.of(fsrarId);
        if (target.isEmpty()) {
            return new ReceiveSummary(fsrarId, 0, 0, 0, processed, 0, null);
        }
        List<IncomingView> toDelete = queries.toDeleteFromUtm(fsrarId);
        int deleted = 0;
        try {
            Map<String, UtmListEntry> listed = toDelete.isEmpty() ? Map.of() : deletion.listedByUrl(target.get());
            for (IncomingView doc : toDelete) {
                if (deletion.deleteIfStillThere(target.get(), doc, listed.get(doc.utmUrl()))) {
                    deleted++;
                }
            }
        } catch (UtmException e) {
            return new ReceiveSummary(fsrarId, 0, 0, 0, processed, deleted, e.getMessage());
        }
        return new ReceiveSummary(fsrarId, 0, 0, 0, processed, deleted, null);
    }
}
