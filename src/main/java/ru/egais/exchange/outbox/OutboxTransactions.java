package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import ru.egais.exchange.cluster.Instance;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.DocumentTransitions;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.document.StatusEvent;
import ru.egais.exchange.utm.UtmAck;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The short database transactions around a send. The POST to UTM happens between them, never inside one:
 * a slow UTM must not hold the (single, on SQLite) database connection.
 */
@ApplicationScoped
public class OutboxTransactions {

    private static final Logger LOG = Logger.getLogger(OutboxTransactions.class);

    private final OutboxRepository outbox;
    private final DocumentRepository documents;
    private final ExchangeLog log;
    private final RetryPolicy retry;
    private final Instance instance;
    private final Clock clock;

    public OutboxTransactions(OutboxRepository outbox, DocumentRepository documents, ExchangeLog log,
                              RetryPolicy retry, Instance instance, Clock clock) {
        this.instance = instance;
        this.outbox = outbox;
        this.documents = documents;
        this.log = log;
        this.retry = retry;
        this.clock = clock;
    }

    /** What a claimed message needs for the POST, read in the claiming transaction. */
    public record Claimed(String messageId, String documentId, String fsrarId, String utmPath, String xml,
                          boolean inDoubt, int attempt) {
    }

    /**
     * Claims up to {@code max} of the organization's due messages in one transaction: the queue is drained in
     * batches so that a document costs a share of two commits, not two commits of its own.
     */
    @Transactional
    public List<Claimed> claimBatch(String fsrarId, int max, Long optInMark) {
        return outbox.dueForClaim(fsrarId, Instant.now(clock), max, instance.sharedDatabase(), false).stream()
                .map(m -> {
                    m.optInMark = optInMark;
                    return claimForThisInstance(m);
                }).toList();
    }

    /** Records a pass's outcomes in one transaction; returns the document status after each (null if not posted). */
    @Transactional
    List<DocumentStatus> recordBatch(List<SendResult> results) {
        List<DocumentStatus> statuses = new java.util.ArrayList<>();
        for (SendResult r : results) {
            if (!stillOurs(r)) {
                statuses.add(null);
            } else if (!r.posted()) {
                OutboxMessage m = outbox.findById(r.messageId());
                m.state = OutboxState.PENDING;
                m.attempts--; // it was not attempted after all
                statuses.add(null);
            } else if (r.foundReplyId() != null) {
                recordFoundInUtm(r.messageId(), r.foundReplyId());
                statuses.add(DocumentStatus.SENT);
            } else if (r.ack() != null) {
                statuses.add(recordAnswer(r.messageId(), r.ack()));
            } else {
                recordUnreachable(r.messageId(), r.error(), r.mayHaveArrived());
                statuses.add(DocumentStatus.QUEUED);
            }
        }
        return statuses;
    }

    /**
     * Whether the claim a result belongs to still holds: a claim that expired (this instance stalled past its lease)
     * was returned to the queue in doubt, and whoever claims it next looks for it in UTM; our late result must not
     * overwrite that (the version check of the update guards the same race inside the transaction).
     */
    private boolean stillOurs(SendResult r) {
        OutboxMessage m = outbox.findById(r.messageId());
        boolean ours = m != null && m.state == OutboxState.SENDING && m.attempts == r.attempt()
                && instance.id().equals(m.claimedBy);
        if (!ours) {
            LOG.warnf("Claim of message %s expired before its result was recorded; it is settled in doubt", r.messageId());
        }
        return ours;
    }

    /** The claim ends: no holder, no lease. */
    private static void release(OutboxMessage message) {
        message.claimedBy = null;
        message.leaseUntil = null;
    }

    /** Claims the pending message of one document, whatever its next attempt time (an immediate send). */
    @Transactional
    public Optional<Claimed> claimForDocument(String documentId, Long optInMark) {
        return outbox.latestForDocument(documentId)
                .filter(m -> m.state == OutboxState.PENDING && !m.inDoubt) // in doubt: only a settle pass decides
                .map(m -> {
                    m.optInMark = optInMark;
                    return claimForThisInstance(m);
                });
    }

    /**
     * Claims up to {@code max} of the organization's due messages for a workstation, until {@code leaseUntil}:
     * no other workstation gets them while the lease holds.
     */
    @Transactional
    public List<Claimed> claimForWorkstation(String fsrarId, String workstationId, int max, Instant leaseUntil) {
        List<OutboxMessage> due = outbox.dueForClaim(fsrarId, Instant.now(clock), max, instance.sharedDatabase());
        List<Claimed> claimed = new java.util.ArrayList<>();
        for (OutboxMessage m : due) {
            m.claimedBy = workstationId;
            m.leaseUntil = leaseUntil;
            claimed.add(claim(m));
        }
        return claimed;
    }

    /** Where a message stands now (a workstation's answer for one already answered has no second effect). */
    @Transactional
    public Optional<OutboxState> stateOf(String messageId, String fsrarId) {
        return Optional.ofNullable(outbox.findById(messageId)).filter(m -> m.fsrarId.equals(fsrarId)).map(m -> m.state);
    }

    /** The status of the document a message carries, as it stands after what was recorded for it. */
    @Transactional
    public Optional<String> documentStatusOf(String messageId) {
        return Optional.ofNullable(outbox.findById(messageId))
                .map(m -> documents.findById(m.documentId))
                .map(d -> d.status.name());
    }

    /** This instance posts it: its claim holds while its heartbeat extends the lease. */
    private Claimed claimForThisInstance(OutboxMessage message) {
        message.claimedBy = instance.id();
        message.leaseUntil = Instant.now(clock).plus(instance.lease());
        return claim(message);
    }

    private Claimed claim(OutboxMessage message) {
        message.state = OutboxState.SENDING;
        message.attempts++;
        message.claimedAt = Instant.now(clock);
        Document document = documents.findById(message.documentId);
        log.document(document, ExchangeEvent.SEND_ATTEMPT, "attempt " + message.attempts + " to /opt/in/" + document.utmPath);
        return new Claimed(message.id, document.id, document.fsrarId, document.utmPath, document.xml, message.inDoubt,
                message.attempts);
    }

    /** An in-doubt transmission was found in UTM's /opt/in: UTM has it under this replyId; it is not posted again. */
    @Transactional
    public void recordFoundInUtm(String messageId, String replyId) {
        OutboxMessage message = outbox.findById(messageId);
        Document document = documents.findById(message.documentId);
        Instant now = Instant.now(clock);
        message.state = OutboxState.DONE;
        message.sentAt = now;
        message.inDoubt = false;
        release(message);
        message.lastError = null;
        document.replyId = replyId;
        document.lastError = null;
        DocumentTransitions.apply(document, StatusEvent.UTM_TOOK, ExchangeEvent.SENT,
                "replyId=" + replyId + " (found in UTM's /opt/in after an unanswered POST; not posted again)", now, log);
    }

    /**
     * Transmissions left SENDING by a process that died, or by a claim older than {@code claimedBefore}: UTM may or
     * may not have them, so they return to the queue in doubt.
     */
    /** An in-doubt message a workstation did not find in its UTM: it is posted again, no longer in doubt. */
    @Transactional
    public void recordNotInUtm(String messageId) {
        OutboxMessage message = outbox.findById(messageId);
        message.state = OutboxState.PENDING;
        message.inDoubt = false;
        release(message);
        message.nextAttemptAt = Instant.now(clock);
        log.document(documents.findById(message.documentId), ExchangeEvent.UTM_UNREACHABLE,
                "not found in UTM's /opt/in by the workstation; it will be posted again");
    }

    /** Whether any message is claimed: with none, no reclaim below can find anything. */
    @Transactional
    public boolean anyBeingSent() {
        return outbox.anyBeingSent();
    }

    @Transactional
    public int reclaimAbandoned(Instant claimedBefore) {
        return returnInDoubt(outbox.list("state = ?1 and ((leaseUntil is null and claimedAt < ?2) or leaseUntil < ?3)",
                OutboxState.SENDING, claimedBefore, Instant.now(clock)));
    }

    /**
     * At the start of a service that owns its database alone: every claim an instance holds belongs to a process that
     * died (its lease may still run for a minute, but nothing extends it any more), so it returns in doubt now rather
     * than stalling the queue until the lease runs out. A workstation's claims keep their lease.
     */
    @Transactional
    public int reclaimDeadProcessClaims() {
        return returnInDoubt(outbox.list("state = ?1 and (claimedBy is null or claimedBy like ?2)",
                OutboxState.SENDING, "instance:%"));
    }

    /** Messages whose workstation lease ran out return to the queue, in doubt (the workstation may have posted them). */
    @Transactional
    public int reclaimExpiredLeases() {
        return returnInDoubt(outbox.list("state = ?1 and leaseUntil < ?2", OutboxState.SENDING, Instant.now(clock)));
    }

    private int returnInDoubt(List<OutboxMessage> abandoned) {
        for (OutboxMessage m : abandoned) {
            m.state = OutboxState.PENDING;
            m.inDoubt = true;
            release(m);
            m.nextAttemptAt = Instant.now(clock);
            m.lastError = "interrupted while being posted; UTM may have it";
            log.document(documents.findById(m.documentId), ExchangeEvent.UTM_UNREACHABLE, m.lastError);
        }
        return abandoned.size();
    }

    /** UTM answered: with a replyId the document is SENT; with {@code <error>} it is REJECTED with UTM's text. */
    @Transactional
    public DocumentStatus recordAnswer(String messageId, UtmAck ack) {
        OutboxMessage message = outbox.findById(messageId);
        Document document = documents.findById(message.documentId);
        Instant now = Instant.now(clock);
        message.state = OutboxState.DONE;
        message.sentAt = now;
        message.inDoubt = false;
        release(message);
        if (ack.isError()) {
            message.lastError = ack.error();
            document.lastError = "UTM error: " + ack.error();
            DocumentTransitions.apply(document, StatusEvent.UTM_REFUSED, ExchangeEvent.UTM_ERROR, ack.error(), now, log);
        } else {
            message.lastError = null;
            document.replyId = ack.replyId();
            document.lastError = null;
            DocumentTransitions.apply(document, StatusEvent.UTM_TOOK, ExchangeEvent.SENT, "replyId=" + ack.replyId(),
                    now, log);
        }
        return document.status;
    }

    /**
     * UTM could not be reached: the document stays QUEUED, the error is visible, and it is tried again later —
     * after a look into UTM's /opt/in when the POST may have arrived.
     */
    @Transactional
    public void recordUnreachable(String messageId, String error, boolean mayHaveArrived) {
        OutboxMessage message = outbox.findById(messageId);
        Document document = documents.findById(message.documentId);
        Instant now = Instant.now(clock);
        message.state = OutboxState.PENDING;
        message.inDoubt = message.inDoubt || mayHaveArrived;
        release(message);
        message.lastError = error;
        message.nextAttemptAt = now.plus(retry.delayAfter(message.attempts));
        document.lastError = error;
        document.updatedAt = now;
        log.document(document, ExchangeEvent.UTM_UNREACHABLE, error + "; next attempt at " + message.nextAttemptAt);
    }
}
