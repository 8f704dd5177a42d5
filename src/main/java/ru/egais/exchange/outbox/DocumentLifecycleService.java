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
import ru.egais.exchange.document.DocumentStatusMachine;
import ru.egais.exchange.document.IllegalTransition;
import ru.egais.exchange.document.DocumentTransitions;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.document.OverdueDocuments;
import ru.egais.exchange.document.StatusEvent;
import ru.egais.exchange.document.StatusHistory;
import ru.egais.exchange.inbox.InboxService;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * What an operator does with a document when EGAIS or a person made a mistake (the 1C module's ОтменитьПередачу,
 * ОтменитьПоследнююОперацию, ВосстановитьСтатусДокументаПоДаннымПротоколаОбмена): cancel an unsent transmission,
 * cancel the last operation after an error or rejection, submit a corrected document again, and restore the
 * status from the exchange log.
 */
@ApplicationScoped
public class DocumentLifecycleService {

    private final DocumentRepository documents;
    private final OutboxRepository outbox;
    private final OutboxService outboxService;
    private final DocumentService documentService;
    private final InboxService inbox;
    private final SchemaCheck schemas;
    private final ExchangeLog log;
    private final Clock clock;
    private final OverdueDocuments overdue;

    /** What the shop is told when it cancels a document EGAIS never answered. */
    public static final String UNANSWERED_WARNING = "warning: cancelled while EGAIS had not answered; EGAIS may "
            + "still accept it — a later ticket is recorded and flags the document as a conflict";

    public DocumentLifecycleService(DocumentRepository documents, OutboxRepository outbox, OutboxService outboxService,
                                    DocumentService documentService, InboxService inbox, SchemaCheck schemas,
                                    ExchangeLog log, Clock clock, OverdueDocuments overdue) {
        this.overdue = overdue;
        this.documents = documents;
        this.outbox = outbox;
        this.outboxService = outboxService;
        this.documentService = documentService;
        this.inbox = inbox;
        this.schemas = schemas;
        this.log = log;
        this.clock = clock;
    }

    /** Takes a queued document out of the queue; refused (409) once UTM has it or while it is being posted. */
    public DocumentView cancelTransmission(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = find(id);
            refuseWhileBeingSent(d);
            DocumentTransitions.require(d, StatusEvent.CANCEL, ExchangeEvent.CANCELLED, "transmission cancelled",
                    Instant.now(clock), log);
            withdrawPending(d);
        });
        return documentService.getDocument(id);
    }

    /**
     * After UTM's {@code <error>}, a rejecting ticket, or a UTM that could not be reached: the document goes back to
     * before its transmission (CANCELLED) so it can be corrected and submitted again.
     */
    public DocumentView cancelLastOperation(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = find(id);
            refuseWhileBeingSent(d);
            if (d.status == DocumentStatus.SENT && outbox.latestForDocument(d.id)
                    .map(m -> overdue.isOverdue(d.status, m.sentAt)).orElse(false)) {
                // EGAIS may still answer: the warning says so, and a later acceptance is flagged as a conflict.
                DocumentTransitions.require(d, StatusEvent.CANCEL_UNANSWERED, ExchangeEvent.LAST_OPERATION_CANCELLED,
                        "cancelled while EGAIS had not answered (overdue)", Instant.now(clock), log);
                d.lastError = UNANSWERED_WARNING;
                return;
            }
            DocumentTransitions.require(d, StatusEvent.CANCEL_LAST_OPERATION, ExchangeEvent.LAST_OPERATION_CANCELLED,
                    "last operation cancelled" + (d.lastError == null ? "" : " after: " + d.lastError),
                    Instant.now(clock), log);
            withdrawPending(d);
        });
        return documentService.getDocument(id);
    }

    /**
     * Submits a cancelled document again, as it was or corrected ({@code corrected}: the new XML, of the same
     * type and organization). It gets a new transmission, and so a new replyId.
     */
    public DocumentView resubmit(String id, DocumentRequest correction) {
        Document current = QuarkusTransaction.requiringNew().call(() -> find(id));
        if (DocumentStatusMachine.next(current.kind(), current.status, StatusEvent.RESUBMIT).isEmpty()) {
            throw new IllegalTransition(id, DocumentStatusMachine.whyNot(current.status, StatusEvent.RESUBMIT));
        }
        PreparedXml corrected = correction == null ? null : correction.toXml();
        String correctedFsrarId = correction == null ? null : correction.fsrarId();
        if (corrected != null) {
            if (!current.docType.equals(corrected.type().element())) {
                throw RequestInvalid.of("type", "must stay " + current.docType + " for this document");
            }
            if (!current.fsrarId.equals(correctedFsrarId)) {
                throw RequestInvalid.of("fsrarId", "must stay " + current.fsrarId + " for this document");
            }
            schemas.requireValid(current.fsrarId, corrected.xml());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = find(id);
            DocumentTransitions.require(d, StatusEvent.RESUBMIT, ExchangeEvent.RESUBMITTED,
                    corrected == null ? "submitted again as it was" : "submitted again, corrected", Instant.now(clock), log);
            if (corrected != null) {
                d.xml = corrected.xml();
            }
            d.replyId = null;
            d.lastError = null;
            outboxService.enqueue(d);
        });
        return documentService.getDocument(id);
    }

    /**
     * Recomputes the status from the exchange log alone and writes it back if the stored one differs. When the log
     * says UTM took the document but holds no answer, UTM is asked for documents with its replyId first.
     */
    public DocumentView restoreStatus(String id) {
        Document snapshot = QuarkusTransaction.requiringNew().call(() -> find(id));
        DocumentStatus fromLog = QuarkusTransaction.requiringNew().call(() ->
                StatusHistory.replay(snapshot.kind(), log.statusEvents(id)));
        if (fromLog == DocumentStatus.SENT && snapshot.replyId != null) {
            inbox.receiveAnswers(snapshot.fsrarId, snapshot.replyId);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = find(id);
            DocumentStatus restored = StatusHistory.replay(d.kind(), log.statusEvents(id));
            if (restored != d.status) {
                String detail = "status restored from the exchange log: was " + d.status + ", log says " + restored;
                d.status = restored;
                d.updatedAt = Instant.now(clock);
                log.document(d, ExchangeEvent.STATUS_RESTORED, detail);
            }
        });
        return documentService.getDocument(id);
    }

    private void refuseWhileBeingSent(Document d) {
        Optional<OutboxMessage> latest = outbox.latestForDocument(d.id);
        if (latest.isPresent() && latest.get().state == OutboxState.SENDING) {
            throw new StateConflict("document " + d.id + " is being posted to UTM right now; try again in a moment");
        }
        if (latest.isPresent() && InDoubtActions.settleable(latest.get())) {
            // Cancelled and submitted again, it would be posted a second time while UTM may already have it.
            throw new StateConflict("document " + d.id + " is in doubt (UTM may have it): settle it first "
                    + "(POST /api/v1/documents/" + d.id + "/settle)");
        }
    }

    private void withdrawPending(Document d) {
        outbox.latestForDocument(d.id).filter(m -> m.state == OutboxState.PENDING)
                .ifPresent(m -> m.state = OutboxState.CANCELLED);
    }

    private Document find(String id) {
        Document d = documents.findById(id);
        if (d == null) {
            throw new DocumentNotFound(id);
        }
        return d;
    }
}
