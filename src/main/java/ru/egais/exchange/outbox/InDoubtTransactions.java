package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.cluster.Instance;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.egais.DocumentKind;
import ru.egais.exchange.egais.OutgoingDocumentTypes;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The short transactions of a settle pass: claim the organization's in-doubt messages, then record the verdicts. */
@ApplicationScoped
public class InDoubtTransactions {

    private final OutboxRepository outbox;
    private final DocumentRepository documents;
    private final OutboxTransactions transactions;
    private final ExchangeLog log;
    private final Instance instance;
    private final Clock clock;

    public InDoubtTransactions(OutboxRepository outbox, DocumentRepository documents, OutboxTransactions transactions,
                               ExchangeLog log, Instance instance, Clock clock) {
        this.outbox = outbox;
        this.documents = documents;
        this.transactions = transactions;
        this.log = log;
        this.instance = instance;
        this.clock = clock;
    }

    /** An in-doubt message claimed for settling: what the matcher needs, and its kind for the safe side. */
    public record Doubtful(String messageId, String documentId, String utmPath, String xml, Long mark, boolean query) {
    }

    /**
     * Claims every due in-doubt message of the organization, in posting order. Due: its back-off has passed, so a UTM
     * still finishing a POST cut off by a time-out has had time to list it before it is called absent. Claimed, no
     * drain, immediate send or other instance touches them while they are settled; a crash meanwhile returns them in
     * doubt again, and nothing was posted.
     */
    @Transactional
    public List<Doubtful> claimInDoubt(String fsrarId) {
        Instant now = Instant.now(clock);
        List<OutboxMessage> doubtful = outbox.list("fsrarId = ?1 and state = ?2 and inDoubt = true "
                + "and nextAttemptAt <= ?3 order by claimedAt, createdAt, id", fsrarId, OutboxState.PENDING, now);
        return doubtful.stream().map(m -> {
            m.state = OutboxState.SENDING;
            m.claimedBy = instance.id();
            m.leaseUntil = now.plus(instance.lease());
            Document d = documents.findById(m.documentId);
            boolean query = OutgoingDocumentTypes.byElement(d.docType).kind() == DocumentKind.QUERY;
            return new Doubtful(m.id, d.id, d.utmPath, d.xml, m.optInMark, query);
        }).toList();
    }

    /** Records the verdicts of one pass together; the FOUND ones' replyIds are returned for their orphan answers. */
    @Transactional
    public List<String> recordVerdicts(List<Doubtful> claimed, Map<String, InDoubtMatcher.Verdict> verdicts) {
        List<String> found = new java.util.ArrayList<>();
        Instant now = Instant.now(clock);
        for (Doubtful c : claimed) {
            OutboxMessage m = outbox.findById(c.messageId());
            if (m == null || m.state != OutboxState.SENDING || !instance.id().equals(m.claimedBy)) {
                continue; // our claim ran out and another instance took it back: it settles it
            }
            InDoubtMatcher.Verdict v = verdicts.get(c.messageId());
            if (v.outcome() == InDoubtMatcher.Outcome.FOUND) {
                transactions.recordFoundInUtm(m.id, v.replyId());
                found.add(v.replyId());
            } else if (v.outcome() == InDoubtMatcher.Outcome.ABSENT) {
                postAgain(m, now, "not in UTM's /opt/in after the mark taken before its POST: UTM never took it; "
                        + "posted again");
            } else if (c.query()) {
                postAgain(m, now, v.reason() + "; a query is posted again (a second answer is harmless)");
            } else {
                hold(m, now, v.reason());
            }
        }
        return found;
    }

    /**
     * A transmission whose landing cannot be proven either way (UTM lists entries with its text that no document of
     * ours holds, but nothing says one of them is its own): the safe side for its kind — a query is posted again (a
     * second answer is harmless), a document with legal weight is held for the operator or the ticket that names it.
     * Returns whether it was held.
     */
    @Transactional
    public boolean settleUnproven(String messageId, String why) {
        OutboxMessage m = outbox.findById(messageId);
        Document d = documents.findById(m.documentId);
        Instant now = Instant.now(clock);
        if (OutgoingDocumentTypes.byElement(d.docType).kind() == DocumentKind.QUERY) {
            postAgain(m, now, why + "; a query is posted again (a second answer is harmless)");
            return false;
        }
        hold(m, now, why);
        return true;
    }

    /** A pass that could not finish (UTM stopped answering): its messages return to the queue, still in doubt. */
    @Transactional
    public void release(List<Doubtful> claimed) {
        for (Doubtful c : claimed) {
            OutboxMessage m = outbox.findById(c.messageId());
            if (m != null && m.state == OutboxState.SENDING && instance.id().equals(m.claimedBy)) {
                m.state = OutboxState.PENDING;
                m.claimedBy = null;
                m.leaseUntil = null;
            }
        }
    }

    /** Back to the queue, no longer in doubt, in its place: the drain posts it. */
    static void postAgain(OutboxMessage m, Instant now, String why, ExchangeLog log, Document d) {
        m.state = OutboxState.PENDING;
        m.inDoubt = false;
        m.claimedBy = null;
        m.leaseUntil = null;
        m.nextAttemptAt = now;
        m.lastError = null;
        log.document(d, ExchangeEvent.IN_DOUBT_SETTLED, why);
    }

    private void postAgain(OutboxMessage m, Instant now, String why) {
        postAgain(m, now, why, log, documents.findById(m.documentId));
    }

    /** Held for the operator: never posted again on a guess. */
    private void hold(OutboxMessage m, Instant now, String why) {
        Document d = documents.findById(m.documentId);
        m.state = OutboxState.IN_DOUBT;
        m.inDoubt = true;
        m.claimedBy = null;
        m.leaseUntil = null;
        m.lastError = "in doubt: " + why;
        d.lastError = m.lastError;
        d.updatedAt = now;
        log.document(d, ExchangeEvent.IN_DOUBT_HELD, why + "; held until the operator settles it (posted with its "
                + "replyId, or post again)");
    }
}
