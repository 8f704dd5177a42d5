package ru.egais.exchange.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.cluster.Leases;
import ru.egais.exchange.inbox.InboxService;
import ru.egais.exchange.inbox.ReceiveSummary;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmKeyGuard;
import ru.egais.exchange.outbox.OutboxService;
import ru.egais.exchange.outbox.SendSummary;

import ru.egais.exchange.common.RunningOperations;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole exchange (the 1C module's ВыполнитьОбмен): send the queue, load what UTM holds, process it, delete it
 * from UTM. One organization's exchange runs at most once at a time in this instance; a request for one already
 * running is answered as skipped rather than queued behind it.
 */
@ApplicationScoped
public class ExchangeService {

    private final OutboxService outbox;
    private final InboxService inbox;
    private final OrganizationService organizations;
    private final org.eclipse.microprofile.context.ManagedExecutor workers;
    private final Leases leases;
    private final Set<String> running = ConcurrentHashMap.newKeySet();
    private final RunningOperations operations;
    private final ExchangeChanges changes;
    private final UtmKeyGuard keys;

    public ExchangeService(OutboxService outbox, InboxService inbox, OrganizationService organizations,
                           org.eclipse.microprofile.context.ManagedExecutor workers, Leases leases,
                           RunningOperations operations, ExchangeChanges changes,
                           UtmKeyGuard keys) {
        this.changes = changes;
        this.keys = keys;
        this.leases = leases;
        this.operations = operations;
        this.outbox = outbox;
        this.inbox = inbox;
        this.organizations = organizations;
        this.workers = workers;
    }

    /** Runs the exchange for the given organizations (none: every organization the service exchanges for). */
    public List<ExchangeSummary> runExchange(List<String> fsrarIds) {
        List<String> selected = organizations.selectForExchange(fsrarIds);
        try (RunningOperations.Operation op = operations.start("exchange", selected.size() + " organization(s)")) {
            op.progress("organizations exchanged", 0, selected.size());
            AtomicInteger done = new AtomicInteger();
            // Each organization on its own worker: one UTM that is slow or hangs does not hold up the others.
            List<CompletableFuture<ExchangeSummary>> running = selected.stream()
                    .map(id -> workers.supplyAsync(() -> {
                        try {
                            return runExchange(id);
                        } finally {
                            op.progress("organizations exchanged", done.incrementAndGet(), selected.size());
                        }
                    })).toList();
            List<ExchangeSummary> summaries = running.stream().map(CompletableFuture::join).toList();
            long failed = summaries.stream().filter(s -> s.sent().error() != null || s.received().error() != null).count();
            op.succeeded(summaries.size() + " organization(s) exchanged" + (failed > 0 ? ", " + failed + " with errors" : ""));
            return summaries;
        }
    }

    public ExchangeSummary runExchange(String fsrarId) {
        if (!running.add(fsrarId)) {
            return busy(fsrarId, "an exchange of " + fsrarId + " is already running");
        }
        // Several instances on one database: the organization's lease makes its exchange run on one at a time.
        String lease = "exchange:" + fsrarId;
        if (!leases.tryAcquire(lease)) {
            running.remove(fsrarId);
            return busy(fsrarId, "an exchange of " + fsrarId + " is running on another instance");
        }
        ExchangeChanges.Recording recording = changes.start(fsrarId);
        try {
            java.util.Optional<String> stopped = keys.verify(fsrarId);
            if (stopped.isPresent()) {
                // Another organization's key: nothing is sent, loaded, processed or deleted (UtmKeyGuard).
                organizations.recordExchange(fsrarId, stopped.get());
                return busy(fsrarId, stopped.get());
            }
            SendSummary sent = outbox.processQueue(fsrarId);
            ReceiveSummary received = inbox.receive(fsrarId);
            organizations.recordExchange(fsrarId, sent.error() != null ? sent.error() : received.error());
            return new ExchangeSummary(fsrarId, sent, received, changes.documents(recording),
                    changes.incoming(recording));
        } finally {
            changes.stop(fsrarId, recording);
            try {
                leases.release(lease);
            } finally {
                running.remove(fsrarId);
            }
        }
    }

    private ExchangeSummary busy(String fsrarId, String why) {
        return new ExchangeSummary(fsrarId, new SendSummary(fsrarId, 0, 0, 0, outbox.countOpen(fsrarId), why),
                new ReceiveSummary(fsrarId, 0, 0, 0, 0, 0, why));
    }
}
