package ru.egais.exchange.inbox;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.common.RunningOperations;
import ru.egais.exchange.organization.UtmKeyGuard;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmHttpStatusException;
import ru.egais.exchange.utm.UtmList;
import ru.egais.exchange.utm.UtmListEntry;
import ru.egais.exchange.utm.UtmListedUrls;
import ru.egais.exchange.utm.UtmProtocolException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads every document one organization's UTM lists in /opt/out and we have not stored yet: a URL listed twice is
 * loaded once, one that failed lately waits for its back-off, and a failing UTM stops the pass.
 */
@ApplicationScoped
public class FetchIncoming {

    private static final Logger LOG = Logger.getLogger(FetchIncoming.class);

    private final UtmGateway utm;
    private final IncomingStore store;
    private final DownloadIncoming download;
    private final IncomingFetchFailures failures;
    private final ReachableUtms reachable;
    private final UtmKeyGuard keys;
    private final RunningOperations operations;
    private final MeterRegistry metrics;

    public FetchIncoming(UtmGateway utm, IncomingStore store, DownloadIncoming download, IncomingFetchFailures failures,
                         ReachableUtms reachable, UtmKeyGuard keys, RunningOperations operations, MeterRegistry metrics) {
        this.utm = utm;
        this.store = store;
        this.download = download;
        this.failures = failures;
        this.reachable = reachable;
        this.keys = keys;
        this.operations = operations;
        this.metrics = metrics;
    }

    ReceiveSummary fetch(String fsrarId) {
        keys.verify(fsrarId);
        Optional<UtmTarget> target = reachable.of(fsrarId);
        if (target.isEmpty()) {
            return ReceiveSummary.failed(fsrarId, reachable.whyNot(fsrarId));
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
        Map<String, UtmListEntry> byUrl = new LinkedHashMap<>();
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
                long[] shownTenths = {-1};
                try {
                    stored = download.downloadAndStore(fsrarId, utmUrl, entry, (read, size) -> {
                        // Reported when the tenth of a megabyte shown changes, not at every read of a few KB:
                        // formatting it thousands of times was 3 % of a 48 MB download's CPU.
                        if (read / 104_858 != shownTenths[0]) {
                            shownTenths[0] = read / 104_858;
                            op.progress(step + ", " + megabytes(read) + (size > 0 ? " of " + megabytes(size) : ""),
                                    read, Math.max(size, 0));
                        }
                    });
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
        return e instanceof UtmHttpStatusException || e instanceof UtmProtocolException;
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
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
