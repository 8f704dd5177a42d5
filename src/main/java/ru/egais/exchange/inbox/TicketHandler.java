package ru.egais.exchange.inbox;

import ru.egais.exchange.utm.UtmDocumentUnreadable;
import ru.egais.exchange.utm.EgaisDocumentReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.DocumentTransitions;
import ru.egais.exchange.document.DocumentTicket;
import ru.egais.exchange.document.DocumentTicketRepository;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.document.RepealTracker;
import ru.egais.exchange.document.StatusEvent;
import ru.egais.exchange.egais.Ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Applies a ticket to the document it answers. The link is the ticket's TransportId (= the replyId UTM gave our
 * POST, PROTOCOL.md §5), or the list's replyId when the ticket lacks it; a ticket no replyId of ours explains may
 * still prove it answers a document held in doubt ({@link TicketForHeldDocument}).
 */
@ApplicationScoped
public class TicketHandler {

    private final DocumentRepository documents;
    private final DocumentTicketRepository tickets;
    private final ExchangeLog log;
    private final Clock clock;
    private final RepealTracker repeals;
    private final TicketForHeldDocument heldDocuments;

    public TicketHandler(DocumentRepository documents, DocumentTicketRepository tickets, ExchangeLog log, Clock clock,
                         RepealTracker repeals, TicketForHeldDocument heldDocuments) {
        this.repeals = repeals;
        this.heldDocuments = heldDocuments;
        this.documents = documents;
        this.tickets = tickets;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingDocument incoming, Ticket ticket) {
        String transportId = ticket.transportId() != null ? ticket.transportId() : incoming.replyId;
        Optional<Document> found = transportId == null ? Optional.empty() : documents.findByReplyId(transportId);
        if (found.isEmpty()) {
            // It may answer a document held in doubt, whose replyId was never proven (it names its Identity).
            found = heldDocuments.settle(incoming, ticket, transportId).map(documents::findById);
        }
        if (found.isEmpty()) {
            if (incoming.error == null) {
                incoming.error = "ticket for transport id " + transportId + ", which names none of our documents";
            }
            return;
        }
        Document document = found.get();
        incoming.documentId = document.id;
        Instant now = Instant.now(clock);
        if (ticket.result() != null) {
            record(document, incoming, ticket, ticket.result(), DocumentTicket.Kind.RESULT, now);
            move(document, ticket.result().accepted() ? StatusEvent.FORMAT_ACCEPTED : StatusEvent.FORMAT_REJECTED,
                    ticket.result(), ExchangeEvent.TICKET_RESULT, now);
        }
        if (ticket.operationResult() != null) {
            record(document, incoming, ticket, ticket.operationResult(), DocumentTicket.Kind.OPERATION, now);
            if (document.status == DocumentStatus.CANCELLED && ticket.operationResult().accepted()
                    && document.conflict == null) {
                // Cancelled as unanswered (or after an error), yet EGAIS accepted it: recorded, flagged, not moved.
                document.conflict = "EGAIS accepted it after it was cancelled (ticket in incoming " + incoming.id
                        + ": " + ticket.operationResult().conclusion() + ")";
                log.document(document, ExchangeEvent.TICKET_OPERATION, "conflict: " + document.conflict);
            }
            if (move(document, ticket.operationResult().accepted() ? StatusEvent.OPERATION_ACCEPTED
                    : StatusEvent.OPERATION_REJECTED, ticket.operationResult(), ExchangeEvent.TICKET_OPERATION, now)
                    && document.status == DocumentStatus.ACCEPTED) {
                if ("RequestRepealWB".equals(document.docType)) {
                    repeals.repealRequested(document.fsrarId, wbRegIdOf(document.xml), document.id);
                } else if ("RequestRepealAWO".equals(document.docType) || "RequestRepealACO".equals(document.docType)) {
                    repeals.ownActRepealAccepted(document.fsrarId, actRegIdOf(document.xml), document.id);
                }
            }
        }
    }

    private void record(Document document, IncomingDocument incoming, Ticket ticket, Ticket.Outcome outcome,
                        DocumentTicket.Kind kind, Instant now) {
        DocumentTicket t = new DocumentTicket();
        t.id = Ids.newId();
        t.documentId = document.id;
        t.incomingId = incoming.id;
        t.kind = kind;
        t.conclusion = outcome.conclusion();
        t.operationName = outcome.name();
        t.comment = outcome.comment();
        t.regId = ticket.regId();
        t.ticketDocType = ticket.docType();
        t.ticketDate = ticket.ticketDate();
        t.receivedAt = now;
        tickets.persist(t);
    }

    private boolean move(Document document, StatusEvent event, Ticket.Outcome outcome, ExchangeEvent logged,
                         Instant now) {
        String detail = outcome.conclusion() + (outcome.comment() == null ? "" : ": " + outcome.comment());
        // A late or repeated ticket is recorded, but it does not overturn a status already reached.
        boolean moved = DocumentTransitions.apply(document, event, logged, detail, now, log);
        if (moved && document.status == DocumentStatus.REJECTED) {
            document.lastError = "EGAIS rejected: " + (outcome.comment() == null ? outcome.conclusion() : outcome.comment());
        }
        return moved;
    }

    private static String actRegIdOf(String xml) {
        try {
            return EgaisDocumentReader.actRegId(xml);
        } catch (UtmDocumentUnreadable e) {
            return null; // schema-checked when it was prepared
        }
    }

    private static String wbRegIdOf(String xml) {
        try {
            return EgaisDocumentReader.wbRegId(xml);
        } catch (UtmDocumentUnreadable e) {
            return null; // schema-checked when it was prepared; without a WBRegId it names nothing to follow
        }
    }
}
