package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.OrgStatusFilter;
import ru.egais.exchange.document.ConsigneeAnswer;
import ru.egais.exchange.document.ConsigneeAnswerRepository;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentNotFound;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.DocumentTicket;
import ru.egais.exchange.document.DocumentTicketRepository;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.document.ExchangeLogEntry;
import ru.egais.exchange.document.OverdueDocuments;
import ru.egais.exchange.egais.OutgoingDocumentTypes;

import java.util.ArrayList;
import java.util.List;

/** Reads outgoing documents for the API: status, tickets, queue state, exchange log. */
@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;
    private final DocumentTicketRepository tickets;
    private final OutboxRepository outbox;
    private final ExchangeLog log;
    private final OverdueDocuments overdue;
    private final InDoubtDocuments inDoubt;
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** Injected into the field so that the constructor other changes touch stays as it is. */
    @jakarta.inject.Inject
    ConsigneeAnswerRepository consignees;

    public DocumentService(DocumentRepository documents, DocumentTicketRepository tickets, OutboxRepository outbox,
                           ExchangeLog log, OverdueDocuments overdue, InDoubtDocuments inDoubt) {
        this.inDoubt = inDoubt;
        this.documents = documents;
        this.tickets = tickets;
        this.outbox = outbox;
        this.log = log;
        this.overdue = overdue;
    }

    @Transactional
    public DocumentView getDocument(String id) {
        return view(find(id));
    }

    @Transactional
    public String getDocumentXml(String id) {
        return find(id).xml;
    }

    /** Documents sent and not answered for longer than the overdue limit, oldest first. */
    @Transactional
    public List<DocumentView> listOverdueDocuments(String fsrarId, int limit) {
        return overdue.listOverdue(fsrarId, OrgStatusFilter.pageSize(limit)).stream().map(this::view).toList();
    }

    /** Documents in doubt: UTM may have them (waiting for a pass over /opt/in, or held for the operator). */
    @Transactional
    public List<DocumentView> listInDoubtDocuments(String fsrarId, int limit) {
        return inDoubt.list(fsrarId, OrgStatusFilter.pageSize(limit)).stream().map(this::view).toList();
    }

    @Transactional
    public List<DocumentView> listDocuments(String fsrarId, DocumentStatus status, int offset, int limit) {
        OrgStatusFilter filter = OrgStatusFilter.of(fsrarId, status, "createdAt");
        int from = Math.max(0, offset);
        return documents.find(filter.query(), filter.parameters())
                .range(from, from + OrgStatusFilter.pageSize(limit) - 1)
                .list().stream().map(this::view).toList();
    }

    /**
     * Documents an operator names by what is at hand: our id, the externalId, UTM's replyId, or any value that is
     * a whole element of the XML (the act's number, the WBRegId it answers…); newest first.
     */
    @Transactional
    public List<DocumentView> searchDocuments(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        String element = "%>" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "<%";
        return documents.find("id = ?1 or externalId = ?1 or replyId = ?1 or xml like ?2 escape '\\' "
                        + "order by createdAt desc, id", q, element)
                .range(0, OrgStatusFilter.pageSize(limit) - 1).list().stream().map(this::view).toList();
    }

    @Transactional
    public List<ExchangeLogEntry> getDocumentLog(String id) {
        find(id);
        return log.forDocument(id);
    }

    private Document find(String id) {
        Document d = documents.findById(id);
        if (d == null) {
            throw new DocumentNotFound(id);
        }
        return d;
    }

    /** The view of a document just prepared, from what the preparing transaction holds (no queries: no flushes). */
    public static DocumentView viewOfQueued(Document d, OutboxMessage queued) {
        return new DocumentView(d.id, d.externalId, d.fsrarId, OutgoingDocumentTypes.byElement(d.docType).apiName(),
                d.docType, d.utmPath, d.status, false, d.replyId, d.lastError, d.createdAt, d.updatedAt,
                queueView(queued), List.of(), d.conflict, null);
    }

    private DocumentView view(Document d) {
        java.util.Optional<OutboxMessage> latest = outbox.latestForDocument(d.id);
        DocumentView.QueueView queue = latest.map(DocumentService::queueView).orElse(null);
        boolean late = latest.map(m -> overdue.isOverdue(d.status, m.sentAt)).orElse(false);
        List<DocumentView.TicketView> ticketViews = new ArrayList<>();
        for (DocumentTicket t : tickets.listForDocument(d.id)) {
            ticketViews.add(new DocumentView.TicketView(t.kind.name(), t.conclusion, t.operationName, t.comment,
                    t.regId, t.ticketDocType, t.ticketDate, t.receivedAt, t.incomingId));
        }
        return new DocumentView(d.id, d.externalId, d.fsrarId, OutgoingDocumentTypes.byElement(d.docType).apiName(),
                d.docType, d.utmPath, d.status, late, d.replyId, d.lastError, d.createdAt, d.updatedAt, queue, ticketViews,
                d.conflict, consignees.latestForDocument(d.id).map(this::consigneeView).orElse(null));
    }

    private DocumentView.ConsigneeView consigneeView(ConsigneeAnswer a) {
        List<Object> positions;
        try {
            positions = a.positions == null ? List.of() : JSON.readValue(a.positions, List.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored consignee positions are not readable", e);
        }
        String answerStatus = a.answerDocumentId == null ? null
                : documents.findByIdOptional(a.answerDocumentId).map(x -> x.status.name()).orElse(null);
        return new DocumentView.ConsigneeView(a.isAccept, a.actNumber, a.actDate, a.wbRegId, a.note, positions,
                a.incomingId, a.receivedAt, a.answerDocumentId, answerStatus, a.answerConfirm);
    }

    private static DocumentView.QueueView queueView(OutboxMessage m) {
        return new DocumentView.QueueView(m.state.name(), m.attempts, m.nextAttemptAt, m.sentAt, m.lastError, m.inDoubt);
    }
}
