package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.common.RunningOperations;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmList;
import ru.egais.exchange.utm.UtmListEntry;
import ru.egais.exchange.utm.UtmListedUrls;
import ru.egais.exchange.waybill.WaybillRecoveryService;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.List;
import java.util.Optional;

/**
 * Incoming documents: check what UTM holds, load and store each one raw, process the stored ones, and only then
 * delete them from UTM. Every UTM call happens outside database transactions.
 */
@ApplicationScoped
public class InboxService {

    private static final Logger LOG = Logger.getLogger(InboxService.class);

    private final UtmGateway utm;
    private final IncomingStore store;
    private final IncomingProcessor processor;
    private final IncomingQueries queries;
    private final OrganizationService organizations;
    private final WaybillRecoveryService recovery;
    private final IncomingSpool spool;
    private final io.micrometer.core.instrument.MeterRegistry metrics;
    private final RunningOperations operations;
    private final IncomingFetchFailures failures;
    private final ru.egais.exchange.organization.UtmKeyGuard keys;

    public InboxService(UtmGateway utm, IncomingStore store, IncomingProcessor processor, IncomingQueries queries,
                        OrganizationService organizations, WaybillRecoveryService recovery, IncomingSpool spool,
                        io.micrometer.core.instrument.MeterRegistry metrics, RunningOperations operations,
                        IncomingFetchFailures failures, ru.egais.exchange.organization.UtmKeyGuard keys) {
        this.keys = keys;
        this.failures = failures;
        this.spool = spool;
        this.operations = operations;
        this.recovery = recovery;
        this.metrics = metrics;
        this.utm = utm;
        this.store = store;
        this.processor = processor;
        this.queries = queries;
        this.organizations = organizations;
    }

    /** Lists /opt/out of each organization without loading anything. */
    public List<WaitingInUtm> checkIncoming(List<String> fsrarIds) {
        List<WaitingInUtm> result = new ArrayList<>();
        for (String fsrarId : organizations.selectForExchange(fsrarIds)) {
            Optional<UtmTarget> target = reachable(fsrarId);
            if (target.isEmpty()) {
                result.add(new WaitingInUtm(fsrarId, List.of(), notReachableReason(fsrarId)));
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
        return organizations.selectForExchange(fsrarIds).stream().map(this::fetch).toList();
    }

    /** Processes stored documents and deletes the processed ones from UTM. */
    public List<ReceiveSummary> processIncoming(List<String> fsrarIds) {
        return organizations.selectForExchange(fsrarIds).stream().map(this::processAndDelete).toList();
    }

    /** The receiving half of an exchange for one organization: load, store, process, delete. */
    public ReceiveSummary receive(String fsrarId) {
        ReceiveSummary fetched = fetch(fsrarId);
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
        Optional<UtmTarget> target = reachable(fsrarId);
        if (target.isEmpty()) {
            return 0;
        }
        int stored = 0;
        try {
            for (UtmListEntry entry : utm.listIncoming(target.get().utmUrl(), replyId)) {
                if (store.findStillInUtm(fsrarId, entry.url()).isEmpty()
                        && loadAndStore(fsrarId, target.get().utmUrl(), entry).isNew()) {
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
            UtmTarget target = reachable(doc.fsrarId()).orElseThrow(() ->
                    new ru.egais.exchange.api.ConflictProblem(notReachableReason(doc.fsrarId())));
            try {
                deleteIfStillThere(target, doc, listedByUrl(target).get(doc.utmUrl()));
            } catch (UtmException e) {
                throw new ru.egais.exchange.api.ProblemException(502, "UTM unavailable", e.getMessage(), null);
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
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        List<IncomingView> pending = docs.stream().filter(d -> d.deletedFromUtmAt() == null).toList();
        if (pending.isEmpty()) {
            return refused;
        }
        Optional<UtmTarget> target = reachable(fsrarId);
        if (target.isEmpty()) {
            pending.forEach(d -> refused.put(d.id(), notReachableReason(fsrarId)));
            return refused;
        }
        try {
            Map<String, UtmListEntry> listed = listedByUrl(target.get());
            for (IncomingView doc : pending) {
                try {
                    deleteIfStillThere(target.get(), doc, listed.get(doc.utmUrl()));
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
        IncomingStatus status = processor.process(id);
        if (status != null) {
            metrics.counter("egais.incoming.processed", "fsrarId", fsrarId, "status", status.name()).increment();
        }
        return status;
    }

    ReceiveSummary fetch(String fsrarId) {
        keys.verify(fsrarId);
        Optional<UtmTarget> target = reachable(fsrarId);
        if (target.isEmpty()) {
            return ReceiveSummary.failed(fsrarId, notReachableReason(fsrarId));
        }
        String utmUrl = target.get().utmUrl();
        UtmList list;
        try {
            list = utm.readIncoming(utmUrl);
        } catch (UtmException e) {
            return ReceiveSummary.failed(fsrarId, e.getMessage());
        }
        List<UtmListEntry> listed = list.entries();
        List<String> listedUrls = new ArrayList<>(listed.stream().map(UtmListEntry::url).toList());
        list.refused().forEach(r -> listedUrls.add(r.url()));
        failures.keepOnly(fsrarId, listedUrls);
        for (UtmListedUrls.Refused refused : list.refused()) {
            failures.failed(fsrarId, refused.url(), "URL not used: " + refused.reason());
        }
        int listedCount = listed.size() + list.refused().size();
        int loaded = 0;
        int duplicates = 0;
        int skipped = list.refused().size();
        // A URL listed twice is loaded once; one stored earlier only waits for processing and deletion; one that
        // failed lately waits for its back-off to pass.
        Map<String, UtmListEntry> byUrl = new java.util.LinkedHashMap<>();
        listed.forEach(e -> byUrl.putIfAbsent(e.url(), e));
        List<UtmListEntry> toLoad = new ArrayList<>();
        for (UtmListEntry e : byUrl.values()) {
            if (store.findStillInUtm(fsrarId, e.url()).isPresent()) {
                continue;
            }
            if (failures.waiting(fsrarId, e.url())) {
                skipped++;
            } else {
                toLoad.add(e);
            }
        }
        if (toLoad.isEmpty()) {
            return new ReceiveSummary(fsrarId, listedCount, 0, 0, 0, 0, skipped, notLoadedReport(fsrarId, skipped, list));
        }
        try (RunningOperations.Operation op = operations.start("load", fsrarId)) {
            int done = 0;
            for (UtmListEntry entry : toLoad) {
                String step = "document " + (++done) + " of " + toLoad.size() + ": " + entry.url();
                op.progress(step, done - 1, toLoad.size());
                IncomingStore.Stored stored;
                try {
                    stored = loadAndStore(fsrarId, utmUrl, entry, (read, size) -> op.progress(step + ", "
                            + megabytes(read) + (size > 0 ? " of " + megabytes(size) : ""), read, Math.max(size, 0)));
                } catch (UtmException e) {
                    if (!concernsOneEntry(e)) {
                        // The UTM itself is failing (down, timing out): trying the rest now would only wait longer.
                        LOG.warnf("Incoming %s of %s not loaded: %s", entry.url(), fsrarId, e.getMessage());
                        op.failed(e.getMessage());
                        return new ReceiveSummary(fsrarId, listedCount, loaded, duplicates, 0, 0, skipped, e.getMessage());
                    }
                    IncomingFetchFailures.Failure f = failures.failed(fsrarId, entry.url(), e.getMessage());
                    // Debug only: the summary and lastError say how many, a list of thousands would flood the log.
                    LOG.debugf("Incoming %s of %s skipped (failure %d, retried after %s): %s", entry.url(), fsrarId,
                            f.failures(), f.retryAt(), e.getMessage());
                    metrics.counter("egais.incoming.fetch.skipped", "fsrarId", fsrarId).increment();
                    skipped++;
                    continue;
                }
                failures.succeeded(fsrarId, entry.url());
                if (stored.isNew()) {
                    loaded++;
                } else {
                    duplicates++;
                }
            }
            op.succeeded(loaded + " new document(s) stored" + (duplicates > 0 ? ", " + duplicates + " seen before" : "")
                    + (skipped > 0 ? ", " + skipped + " skipped" : ""));
            if (skipped > 0) {
                LOG.warnf("%d listed document(s) of %s not loaded this time, e.g. %s", skipped, fsrarId,
                        failures.all(fsrarId).stream().findFirst().map(f -> f.url() + ": " + f.lastError()).orElse("?"));
            }
        }
        return new ReceiveSummary(fsrarId, listedCount, loaded, duplicates, 0, 0, skipped,
                notLoadedReport(fsrarId, skipped, list));
    }

    /** A failure of one listed document (gone, refused, a bad URL), not of the UTM: the others are still loaded. */
    private static boolean concernsOneEntry(UtmException e) {
        return e instanceof ru.egais.exchange.utm.UtmHttpStatusException
                || e instanceof ru.egais.exchange.utm.UtmProtocolException;
    }

    /** What lastError says about entries not loaded: how many now, and those failing again and again by name. */
    private String notLoadedReport(String fsrarId, int skipped, UtmList list) {
        if (skipped == 0 && !list.truncated()) {
            return null;
        }
        StringBuilder report = new StringBuilder();
        if (skipped > 0) {
            report.append(skipped).append(" listed document(s) not loaded, retried later with back-off");
            List<IncomingFetchFailures.Failure> repeated = failures.repeated(fsrarId);
            repeated.stream().limit(3).forEach(f -> report.append("; ").append(f.url()).append(" failed ")
                    .append(f.failures()).append(" times: ").append(f.lastError()));
            if (repeated.size() > 3) {
                report.append("; and ").append(repeated.size() - 3).append(" more failing repeatedly");
            }
        }
        if (list.truncated()) {
            report.append(report.isEmpty() ? "" : "; ").append("the UTM lists more than egais.utm.max-list-entries "
                    + "documents: the rest come in later exchanges");
        }
        return report.toString();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    /** Processes what is stored and not processed yet; returns how many were processed. */
    public int processStored(String fsrarId) {
        int processed = 0;
        for (String id : queries.idsToProcess(fsrarId)) {
            try {
                IncomingStatus status = processor.process(id);
                processed++;
                if (status != null) {
                    metrics.counter("egais.incoming.processed", "fsrarId", fsrarId, "status", status.name()).increment();
                }
            } catch (RuntimeException e) {
                // Stays STORED and is retried on the next pass; UTM keeps it until then.
                LOG.errorf(e, "Incoming %s of %s not processed", id, fsrarId);
            }
        }
        recovery.requestResends(fsrarId);
        return processed;
    }

    /**
     * Loads one listed document and stores it, within the size limit and its declared encoding (else quarantined):
     * every path that takes documents from UTM goes through here.
     */
    private IncomingStore.Stored loadAndStore(String fsrarId, String utmUrl, UtmListEntry entry) throws UtmException {
        return loadAndStore(fsrarId, utmUrl, entry, (read, announced) -> { });
    }

    private IncomingStore.Stored loadAndStore(String fsrarId, String utmUrl, UtmListEntry entry,
                                              ru.egais.exchange.utm.FetchProgress progress) throws UtmException {
        // Downloaded to a file first: the transaction that stores it never waits on UTM, and a 50 MB reply is
        // never held in memory.
        Path file = spool.newFile();
        try {
            String bytesHash;
            try (java.security.DigestOutputStream out = DeliveryHash.bytesDigest(Files.newOutputStream(file))) {
                utm.download(utmUrl, entry.url(), out, progress);
                bytesHash = DeliveryHash.hex(out);
            }
            return store.store(fsrarId, entry, file, bytesHash);
        } catch (ru.egais.exchange.utm.UtmDocumentTooLargeException tooLarge) {
            return store.quarantineUnloaded(fsrarId, entry, tooLarge.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot spool " + entry.url() + ": " + e.getMessage(), e);
        } finally {
            IncomingSpool.delete(file);
        }
    }

    private ReceiveSummary processAndDelete(String fsrarId) {
        Optional<UtmTarget> known = organizations.utmTarget(fsrarId);
        if (known.isPresent() && known.get().foreignKeyFsrarId() != null) {
            // What was stored from that UTM is not ours to apply either: it waits until the settings are corrected.
            return ReceiveSummary.failed(fsrarId, known.get().whyNotReachable());
        }
        int processed = processStored(fsrarId);
        Optional<UtmTarget> target = reachable(fsrarId);
        if (target.isEmpty()) {
            return new ReceiveSummary(fsrarId, 0, 0, 0, processed, 0, null);
        }
        List<IncomingView> toDelete = queries.toDeleteFromUtm(fsrarId);
        int deleted = 0;
        try {
            Map<String, UtmListEntry> listed = toDelete.isEmpty() ? Map.of() : listedByUrl(target.get());
            for (IncomingView doc : toDelete) {
                if (deleteIfStillThere(target.get(), doc, listed.get(doc.utmUrl()))) {
                    deleted++;
                }
            }
        } catch (UtmException e) {
            return new ReceiveSummary(fsrarId, 0, 0, 0, processed, deleted, e.getMessage());
        }
        return new ReceiveSummary(fsrarId, 0, 0, 0, processed, deleted, null);
    }

    private Map<String, UtmListEntry> listedByUrl(UtmTarget target) throws UtmException {
        Map<String, UtmListEntry> byUrl = new HashMap<>();
        for (UtmListEntry e : utm.listIncoming(target.utmUrl())) {
            byUrl.putIfAbsent(e.url(), e);
        }
        return byUrl;
    }

    /**
     * Deletes a stored document from UTM only if its URL still names it. A UTM that was reinstalled numbers
     * /opt/out anew, and the URL we stored may now name a document we have never seen; deleting that would lose
     * it. So the URL must still be listed with the same replyId, and the document read back must be the same
     * (both: two replies can be byte-identical, and two tickets share one replyId) — one more GET, worth a
     * document with legal weight.
     */
    private boolean deleteIfStillThere(UtmTarget target, IncomingView doc, UtmListEntry listed) throws UtmException {
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
        } catch (ru.egais.exchange.utm.UtmHttpStatusException e) {
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
        java.security.DigestOutputStream digest = DeliveryHash.bytesDigest(OutputStream.nullOutputStream());
        utm.download(target.utmUrl(), doc.utmUrl(), digest, (read, announced) -> { });
        return stored.get().equals(DeliveryHash.hex(digest));
    }

    private Optional<UtmTarget> reachable(String fsrarId) {
        return organizations.utmTarget(fsrarId).filter(UtmTarget::reachableByService);
    }

    private String notReachableReason(String fsrarId) {
        return organizations.utmTarget(fsrarId).map(UtmTarget::whyNotReachable)
                .orElse("no exchange settings for " + fsrarId);
    }
}
