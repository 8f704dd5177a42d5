package ru.egais.exchange.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentNotFound;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.DocumentTransitions;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.document.StatusEvent;

import java.time.Clock;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * The operator settles a document held in doubt: "posted" (UTM has it under this replyId, e.g. read from UTM's own
 * page or from the ticket that came for it) or "post again" (it is not in EGAIS). The service never guesses either
 * for a document with legal weight.
 */
@ApplicationScoped
public class InDoubtActions {

    /** What UTM hands out as a replyId (a GUID); anything else is refused rather than stored. */
    private static final Pattern REPLY_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    public enum Action { POSTED, POST_AGAIN }

    /** The body of {@code POST /api/v1/documents/{id}/settle}. */
    public record Settle(Action action, String replyId) {
    }

    private final DocumentRepository documents;
    private final OutboxRepository outbox;
    private final DocumentService documentService;
    private final OrphanAnswers orphans;
    private final ExchangeLog log;
    private final Clock clock;

    public InDoubtActions(DocumentRepository documents, OutboxRepository outbox, DocumentService documentService,
                          OrphanAnswers orphans, ExchangeLog log, Clock clock) {
        this.documents = documents;
        this.outbox = outbox;
        this.documentService = documentService;
        this.orphans = orphans;
        this.log = log;
        this.clock = clock;
    }

    public DocumentView settle(String id, Settle settle) {
        if (settle == null || settle.action() == null) {
            throw RequestInvalid.of("action", "required: POSTED (with replyId) or POST_AGAIN");
        }
        if (settle.action() == Action.POSTED && (settle.replyId() == null || !REPLY_ID.matcher(settle.replyId()).matches())) {
            throw RequestInvalid.of("replyId", "required with POSTED: the replyId UTM gave the document (a GUID)");
        }
        if (settle.action() == Action.POST_AGAIN && settle.replyId() != null) {
            throw RequestInvalid.of("replyId", "only with POSTED");
        }
        String fsrarId = QuarkusTransaction.requiringNew().call(() -> {
            Document d = documents.findById(id);
            if (d == null) {
                throw new DocumentNotFound(id);
            }
            OutboxMessage m = outbox.latestForDocument(id).filter(InDoubtActions::settleable).orElseThrow(() ->
                    new StateConflict("document " + id + " is not in doubt (or is being settled from UTM's /opt/in "
                            + "right now)"));
            Instant now = Instant.now(clock);
            if (settle.action() == Action.POSTED) {
                documents.findByReplyId(settle.replyId()).ifPresent(other -> {
                    throw new StateConflict("replyId " + settle.replyId() + " is held by document " + other.id
                            + ": no two documents hold one replyId");
                });
                m.state = OutboxState.DONE;
                m.inDoubt = false;
                m.sentAt = now;
                m.lastError = null;
                m.claimedBy = null;
                m.leaseUntil = null;
                d.replyId = settle.replyId();
                d.lastError = null;
                DocumentTransitions.apply(d, StatusEvent.UTM_TOOK, ExchangeEvent.IN_DOUBT_SETTLED,
                        "replyId=" + settle.replyId() + " (settled by the operator: UTM has it)", now, log);
            } else {
                if (d.status != DocumentStatus.QUEUED) {
                    throw new StateConflict("document " + id + " is " + d.status + ": only a QUEUED document is "
                            + "posted again");
                }
                d.lastError = null;
                d.updatedAt = now;
                InDoubtTransactions.postAgain(m, now, "settled by the operator: not in EGAIS, posted again", log, d);
            }
            return d.fsrarId;
        });
        if (settle.action() == Action.POSTED) {
            orphans.reopenAnswersTo(fsrarId, settle.replyId());
        }
        return documentService.getDocument(id);
    }

    /** Held in doubt, or in doubt and waiting for the next settle pass (not claimed by one right now). */
    static boolean settleable(OutboxMessage m) {
        return m.state == OutboxState.IN_DOUBT || (m.state == OutboxState.PENDING && m.inDoubt);
    }
}
