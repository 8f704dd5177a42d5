package ru.egais.exchange.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.organization.OrganizationService;
import ru.egais.exchange.organization.UtmTarget;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The send queue: puts documents in it and drains it to each organization's UTM. A message is claimed in one
 * transaction, posted outside any transaction, and its outcome recorded in another; the claim makes sure no
 * message is posted by two drains at once.
 */
@ApplicationScoped
public class OutboxService {

    private static final Logger LOG = Logger.getLogger(OutboxService.class);
    private final OutboxRepository outbox;
    private final OutboxTransactions transactions;
    private final OrganizationService organizations;
    private final UtmGateway utm;
    private final InDoubtSettlement settlement;
    private final org.eclipse.microprofile.context.ManagedExecutor workers;
    private final ClaimsAndRecords claims;
    private final Clock clock;
    public OutboxService(OutboxRepository outbox, OutboxTransactions transactions, OrganizationService organizations,
                         UtmGateway utm, InDoubtSettlement settlement, ClaimsAndRecords claims,
                         org.eclipse.microprofile.context.ManagedExecutor workers, Clock clock) {
        this.workers = workers;
        this.claims = claims;
        this.settlement = settlement;
        this.outbox = outbox;
        this.transactions = transactions;
        this.organizations = organizations;
        this.utm = utm;
        this.clock = clock;
    }

    /** Queues a freshly prepared document, in the caller's transaction (the document and its message commit together). */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxMessage enqueue(Document document) {
        OutboxMessage message = new OutboxMessage();
        message.id = Ids.newId();
        message.documentId = document.id;
        message.fsrarId = document.fsrarId;
        message.state = OutboxState.PENDING;
        message.attempts = 0;
        message.createdAt = Instant.now(clock);
        message.nextAttemptAt = message.createdAt;
        outbox.persist(message);
        return message;
    }

    /**
     * Sends the organization's due messages in order. Stops at the first transport failure: UTM is down, and the
     * rest would only fail the same way (they stay queued with their order kept).
     */
    public SendSummary processQueue(String fsrarId) {
        Optional<UtmTarget> target = organizations.utmTarget(fsrarId);
        if (target.isEmpty() || !target.get().reachableByService()) {
            String why = target.isEmpty() ? "no exchange settings for " + fsrarId : target.get().whyNotReachable();
            return new SendSummary(fsrarId, 0, 0, 0, countOpen(fsrarId), why);
        }
        String[] listError = {null};
        Long mark = countOpen(fsrarId) == 0 ? null : settleInDoubt(fsrarId, target.get().utmUrl(), listError);
        // A pipeline, so that this thread waits on the UTM only, never on a commit: while it posts one batch, the
        // next is claimed and the one before recorded on another thread (each a durable commit on SQLite). Claims
        // and records are the same short transactions as before and keep their order among themselves; at most the
        // batch being posted and the one claimed after it are claimed and not yet posted (left in doubt by a crash,
        // and looked for in /opt/in as always). A POST still starts only after its claim, with its mark, committed.
        int[] outcome = new int[3]; // sent, rejected, failed
        String error = null;
        java.util.concurrent.CompletableFuture<Void> recording = java.util.concurrent.CompletableFuture.completedFuture(null);
        java.util.concurrent.CompletableFuture<List<OutboxTransactions.Claimed>> next = null;
        List<OutboxTransactions.Claimed> batch = claims.claim(fsrarId, mark);
        try {
            // a failed record stops the pass, as it did when recording was this thread's step
            while (!batch.isEmpty() && !recording.isCompletedExceptionally()) {
                next = claims.claimAhead(fsrarId, mark);
                List<SendResult> results = new java.util.ArrayList<>();
                for (OutboxTransactions.Claimed claimed : batch) {
                    if (error != null) {
                        results.add(SendResult.notPosted(claimed));
                        continue;
                    }
                    SendResult result = post(target.get(), claimed);
                    results.add(result);
                    if (result.error() != null) {
                        // UTM is down: the rest would only fail the same way; they stay queued in their order.
                        error = result.error();
                        outcome[2]++;
                    }
                }
                recording = claims.recordAfter(recording, fsrarId, results, outcome);
                batch = List.of();
                List<OutboxTransactions.Claimed> claimedAhead = ClaimsAndRecords.join(next);
                next = null;
                if (error == null) {
                    batch = claimedAhead;
                } else if (!claimedAhead.isEmpty()) {
                    // claimed while the failing batch was posted: back to the queue, not attempted
                    List<SendResult> notPosted = claimedAhead.stream().map(SendResult::notPosted).toList();
                    recording = claims.recordAfter(recording, fsrarId, notPosted, outcome);
                }
            }
        } finally {
            // A pass ended by a failure forgets the claims it did not post: their lease runs out and returns them.
            claims.forget(batch);
            if (next != null) {
                next.thenAccept(claims::forget);
            }
            ClaimsAndRecords.join(recording); // nothing this pass posted is left unrecorded when it returns
        }
        int sent = outcome[0];
        int rejected = outcome[1];
        int failed = outcome[2];
        if (error == null && sent + rejected == 0 && listError[0] != null) {
            error = listError[0]; // nothing went out and UTM's /opt/in could not be read: that is the news
        }
        if (sent + rejected > 0) {
            organizations.recordSend(fsrarId, null);
        } else if (error != null) {
            organizations.recordSend(fsrarId, error);
        }
        return new SendSummary(fsrarId, sent, rejected, failed, countOpen(fsrarId), error);
    }

    /**
     * One pass over UTM's /opt/in before the drain posts anything: it settles every in-doubt message of the
     * organization and gives the mark the drain's transmissions take (it was read before any of their POSTs could
     * start). Null when UTM could not be read: nothing is settled, and transmissions posted without a mark are
     * settled against the whole of /opt/in should they end in doubt.
     */
    private Long settleInDoubt(String fsrarId, String utmUrl, String[] listError) {
        try {
            return settlement.settle(fsrarId, utmUrl).mark();
        } catch (UtmException e) {
            LOG.warnf("UTM's /opt/in of %s could not be read (%s): in-doubt documents wait", fsrarId, e.getMessage());
            listError[0] = e.getMessage();
            return null;
        } catch (RuntimeException e) {
            // Another instance settles the same messages right now (the version check refused ours).
            LOG.warnf("Settling in-doubt documents of %s failed: %s", fsrarId, e);
            return null;
        }
    }

    /**
     * Processes the queues of the given organizations now; none given means every organization whose exchange
     * the service runs itself.
     */
    public List<SendSummary> processQueues(List<String> fsrarIds) {
        // Each organization on its own worker, as in a whole exchange: one organization's backlog (or slow UTM)
        // must not hold back the next one's first document (ManyOrganizationsBench measures it).
        List<java.util.concurrent.CompletableFuture<SendSummary>> running = organizations.selectForExchange(fsrarIds)
                .stream().map(id -> workers.supplyAsync(() -> processQueue(id))).toList();
        return running.stream().map(java.util.concurrent.CompletableFuture::join).toList();
    }

    /** The transmissions not yet answered by UTM, oldest first. */
    public List<QueuedMessageView> listOpen(String fsrarId) {
        return QuarkusTransaction.joiningExisting().call(() -> outbox.listOpen(fsrarId).stream()
                .map(m -> new QueuedMessageView(m.id, m.documentId, m.fsrarId, m.state, m.attempts, m.nextAttemptAt,
                        m.lastError, m.createdAt))
                .toList());
    }

    /** Sends one document now (the {@code immediate} option), ahead of the queue's schedule. */
    public void sendNow(String documentId, String fsrarId) {
        Optional<UtmTarget> target = organizations.utmTarget(fsrarId).filter(UtmTarget::reachableByService);
        if (target.isEmpty()) {
            return; // stays queued; the exchange (or a workstation) will carry it
        }
        Long mark;
        try {
            // The mark is read before the claim, so before the POST can start: what /opt/in lists after it can be ours.
            mark = settlement.markNow(target.get().utmUrl());
        } catch (UtmException e) {
            mark = null; // the POST below most likely fails the same way, and is recorded as such
        }
        Optional<OutboxTransactions.Claimed> claimed;
        try {
            claimed = transactions.claimForDocument(documentId, mark);
        } catch (RuntimeException e) {
            // Another instance's drain claimed it at the same moment (the version check refused our claim): it is
            // being sent.
            LOG.debugf(e, "Document %s is being sent by another instance", documentId);
            return;
        }
        claimed.ifPresent(c -> claims.postTracked(fsrarId, c, () -> post(target.get(), c)));
    }

    /** Messages of the organization not yet answered by UTM (pending or in flight). */
    public int countOpen(String fsrarId) {
        return QuarkusTransaction.joiningExisting().call(() -> (int) outbox.count("fsrarId = ?1 and state in ?2",
                fsrarId, List.of(OutboxState.PENDING, OutboxState.SENDING)));
    }

    /**
     * Posts one claimed message; records nothing itself. A claimed message is never in doubt (the claims leave those
     * to the settle pass), and it becomes in doubt only if this POST may have reached UTM: a refused connection did
     * not, a reset, a time-out or a garbled answer may have.
     */
    private SendResult post(UtmTarget target, OutboxTransactions.Claimed claimed) {
        try {
            return SendResult.answered(claimed, utm.send(target.utmUrl(), claimed.utmPath(), claimed.xml()));
        } catch (UtmException e) {
            LOG.warnf("Document %s not sent: %s", claimed.documentId(), e.getMessage());
            return SendResult.unreachable(claimed, e.getMessage(), e.mayHaveArrived() || claimed.inDoubt());
        }
    }
}
