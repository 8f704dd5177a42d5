package ru.egais.exchange.workstation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.inbox.InboxService;
import ru.egais.exchange.inbox.IncomingStore;
import ru.egais.exchange.organization.ExchangeMode;
import ru.egais.exchange.organization.Organization;
import ru.egais.exchange.organization.OrganizationRepository;
import ru.egais.exchange.outbox.InDoubtReconciler;
import ru.egais.exchange.outbox.InDoubtTransactions;
import ru.egais.exchange.outbox.OrphanAnswers;
import ru.egais.exchange.outbox.OutboxService;
import ru.egais.exchange.outbox.OutboxState;
import ru.egais.exchange.outbox.OutboxTransactions;
import ru.egais.exchange.utm.UtmAck;
import ru.egais.exchange.utm.UtmListEntry;
import ru.egais.exchange.utm.UtmProtocolException;
import ru.egais.exchange.utm.EgaisDocumentReader;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exchange "on the client" (1C's обмен на клиенте): when only a workstation reaches the UTM, the service hands it
 * the prepared messages under a lease, records UTM's answers it brings back exactly as if it had posted them
 * itself, and stores what it uploads from /opt/out before telling it what it may delete there.
 */
@ApplicationScoped
public class WorkstationExchangeService {

    static final int DEFAULT_BATCH = 50;
    static final int MAX_BATCH = 500;
    static final Duration DEFAULT_LEASE = Duration.ofMinutes(2);

    private final OrganizationRepository organizations;
    private final OutboxTransactions transactions;
    private final OutboxService outbox;
    private final OrphanAnswers orphans;
    private final InDoubtReconciler reconciler;
    private final InDoubtTransactions inDoubt;
    private final IncomingStore store;
    private final InboxService inbox;
    private final Clock clock;

    public WorkstationExchangeService(OrganizationRepository organizations, OutboxTransactions transactions,
                                      OutboxService outbox, OrphanAnswers orphans,
                                      InDoubtReconciler reconciler, IncomingStore store,
                                      InboxService inbox, Clock clock,
                                      InDoubtTransactions inDoubt) {
        this.inDoubt = inDoubt;
        this.reconciler = reconciler;
        this.organizations = organizations;
        this.transactions = transactions;
        this.outbox = outbox;
        this.orphans = orphans;
        this.store = store;
        this.inbox = inbox;
        this.clock = clock;
    }

    /** Hands the workstation the next messages to carry, held for it alone until the lease ends. */
    public WorkstationProtocol.Batch pull(String fsrarId, WorkstationProtocol.Pull pull) {
        Organization org = calledBy(fsrarId);
        String workstation = pull == null || pull.workstationId() == null ? "workstation" : pull.workstationId();
        int max = pull == null || pull.max() == null ? DEFAULT_BATCH : Math.max(1, Math.min(pull.max(), MAX_BATCH));
        Duration lease = pull == null || pull.leaseSeconds() == null ? DEFAULT_LEASE
                : Duration.ofSeconds(Math.max(1, Math.min(pull.leaseSeconds(), 3600)));
        Instant now = Instant.now(clock);
        transactions.reclaimExpiredLeases();
        List<WorkstationProtocol.Message> messages = transactions.claimForWorkstation(fsrarId, workstation, max,
                        now.plus(lease)).stream()
                .map(c -> new WorkstationProtocol.Message(c.messageId(), c.documentId(), c.utmPath(), c.xml(), c.inDoubt()))
                .toList();
        return new WorkstationProtocol.Batch(fsrarId, now.plus(lease), messages,
                now.plusSeconds(org.pollIntervalSeconds));
    }

    /** Records what UTM answered the workstation, as the service's own send would; a repeat has no second effect. */
    public List<WorkstationProtocol.AnswerResult> recordAnswers(String fsrarId, List<WorkstationProtocol.Answer> answers) {
        calledBy(fsrarId);
        if (answers == null) {
            throw new RequestUnreadable("a JSON array of answers is required");
        }
        List<WorkstationProtocol.AnswerResult> results = new ArrayList<>();
        for (WorkstationProtocol.Answer a : answers) {
            Optional<OutboxState> state = a == null || a.messageId() == null ? Optional.empty()
                    : transactions.stateOf(a.messageId(), fsrarId);
            if (state.isEmpty()) {
                results.add(new WorkstationProtocol.AnswerResult(a == null ? null : a.messageId(), "UNKNOWN_MESSAGE", null));
                continue;
            }
            if (state.get() == OutboxState.DONE || state.get() == OutboxState.CANCELLED) {
                results.add(new WorkstationProtocol.AnswerResult(a.messageId(), "ALREADY_RECORDED",
                        transactions.documentStatusOf(a.messageId()).orElse(null)));
                continue;
            }
            record(fsrarId, a);
            results.add(new WorkstationProtocol.AnswerResult(a.messageId(), "RECORDED",
                    transactions.documentStatusOf(a.messageId()).orElse(null)));
        }
        return results;
    }

    private void record(String fsrarId, WorkstationProtocol.Answer a) {
        if (a.foundReplyIds() != null) {
            // The workstation took no /opt/in mark before its POST, so an entry with the same text proves nothing:
            // it may be another program's post of the same document, from any time. Only "no such entry" is proof.
            List<String> free = a.foundReplyIds().stream().filter(java.util.Objects::nonNull).distinct()
                    .filter(id -> !reconciler.isKnown(id)).toList();
            if (free.isEmpty()) {
                transactions.recordNotInUtm(a.messageId());
            } else {
                boolean held = inDoubt.settleUnproven(a.messageId(), "the workstation found " + free.size() + " entr"
                        + (free.size() == 1 ? "y" : "ies") + " with its text in UTM's /opt/in (" + String.join(", ", free)
                        + ") but no mark to prove one is its own post: another program may have posted the same "
                        + "document");
                if (held) {
                    orphans.reopenAnswersTo(fsrarId, free); // a ticket already here may prove which one is ours
                }
            }
            return;
        }
        if (a.ack() != null) {
            try {
                UtmAck ack = EgaisDocumentReader.ack(a.ack());
                transactions.recordAnswer(a.messageId(), ack);
            } catch (UtmProtocolException garbage) {
                transactions.recordUnreachable(a.messageId(), garbage.getMessage(), true);
            }
            return;
        }
        transactions.recordUnreachable(a.messageId(), a.error() == null ? "the workstation reported no answer" : a.error(),
                a.mayHaveArrived() == null || a.mayHaveArrived());
    }

    /**
     * Stores what the workstation read from /opt/out, processes it, and answers which URLs are durably stored and
     * may now be deleted from UTM (quarantined ones stay there).
     */
    public WorkstationProtocol.IncomingResult receiveIncoming(String fsrarId, List<WorkstationProtocol.IncomingDocument> docs) {
        calledBy(fsrarId);
        if (docs == null) {
            throw new RequestUnreadable("a JSON array of documents is required");
        }
        List<String> storedIds = new ArrayList<>();
        List<String> urls = new ArrayList<>();
        int stored = 0;
        int duplicates = 0;
        for (WorkstationProtocol.IncomingDocument d : docs) {
            if (d == null || d.url() == null || d.xml() == null) {
                throw new RequestUnreadable("each document needs url and xml");
            }
            IncomingStore.Stored s = store.store(fsrarId, new UtmListEntry(d.url(), d.replyId()),
                    d.xml().getBytes(StandardCharsets.UTF_8));
            storedIds.add(s.id());
            urls.add(d.url());
            if (s.isNew()) {
                stored++;
            } else {
                duplicates++;
            }
        }
        int processed = inbox.processStored(fsrarId);
        List<String> deletable = new ArrayList<>();
        for (int i = 0; i < storedIds.size(); i++) {
            if (store.markDeletableByWorkstation(storedIds.get(i))) {
                deletable.add(urls.get(i));
            }
        }
        return new WorkstationProtocol.IncomingResult(deletable, stored, duplicates, processed);
    }

    /** When the workstation called last and when its next exchange is due. */
    public WorkstationProtocol.Schedule schedule(String fsrarId) {
        Organization org = QuarkusTransaction.requiringNew().call(() -> workstationOrganization(fsrarId));
        Instant now = Instant.now(clock);
        Instant next = org.lastWorkstationCallAt == null ? now : org.lastWorkstationCallAt.plusSeconds(org.pollIntervalSeconds);
        boolean late = org.lastWorkstationCallAt == null
                || org.lastWorkstationCallAt.plusSeconds(2L * org.pollIntervalSeconds).isBefore(now);
        return new WorkstationProtocol.Schedule(fsrarId, org.pollIntervalSeconds, org.lastWorkstationCallAt, next, late,
                outbox.countOpen(fsrarId));
    }

    /** The organization, checked to be one whose exchange a workstation carries; records that it called. */
    private Organization calledBy(String fsrarId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Organization org = workstationOrganization(fsrarId);
            org.lastWorkstationCallAt = Instant.now(clock);
            org.lastExchangeAt = org.lastWorkstationCallAt;
            return org;
        });
    }

    private Organization workstationOrganization(String fsrarId) {
        Organization org = organizations.findById(fsrarId);
        if (org == null) {
            throw new NotFound("no exchange settings for organization " + fsrarId);
        }
        if (org.exchangeMode != ExchangeMode.WORKSTATION || !org.enabled) {
            throw new StateConflict("the exchange of " + fsrarId + " is not carried by a workstation (mode "
                    + org.exchangeMode + (org.enabled ? "" : ", disabled") + ")");
        }
        return org;
    }
}
