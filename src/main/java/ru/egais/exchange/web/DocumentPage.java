package ru.egais.exchange.web;

import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.DocumentStatusMachine;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.document.StatusEvent;
import ru.egais.exchange.egais.DocumentKind;
import ru.egais.exchange.egais.OutgoingDocumentTypes;
import ru.egais.exchange.inbox.IncomingQueries;
import ru.egais.exchange.inbox.IncomingView;
import ru.egais.exchange.outbox.DocumentService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers one document's page (status, queue, tickets, answers, exchange log, XML sent) and one incoming document's
 * page (its raw XML, unless too large to show), and which of the operator's actions apply now.
 */
@ApplicationScoped
public class DocumentPage {

    /** Larger incoming documents are linked, not shown (a 100,000-position ReplyRests_v2 is ~47 MB). */
    static final long SHOWN_XML_LIMIT = 1_000_000;

    private final DocumentService documents;
    private final IncomingQueries incoming;

    public DocumentPage(DocumentService documents, IncomingQueries incoming) {
        this.documents = documents;
        this.incoming = incoming;
    }

    Map<String, Object> document(Words t, String id) {
        DocumentView d = documents.getDocument(id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("d", Rows.Document.of(d, t));
        data.put("queue", d.queue() == null ? "" : t.get("qs_" + d.queue().state()) + ", "
                + t.documents().attemptsCount(d.queue().attempts())
                + (d.queue().nextAttemptAt() == null || !"PENDING".equals(d.queue().state()) ? ""
                : ", " + t.get("nextAttempt") + " " + t.time(d.queue().nextAttemptAt())));
        // What the UTM answered last: its own words, shown as a detail.
        data.put("queueError", d.queue() == null ? null : d.queue().lastError());
        data.put("tickets", d.tickets().stream().map(k -> new Rows.Ticket(k.kind(), k.conclusion(), k.operationName(),
                k.comment(), k.ticketDate(), k.incomingId())).toList());
        data.put("answers", incoming.listForDocument(id).stream()
                .map(i -> Rows.Incoming.of(i, t)).toList());
        data.put("log", documents.getDocumentLog(id).stream().map(e -> new Rows.LogEntry(e.step, e.event.name(),
                e.statusAfter == null ? "" : t.get(e.statusAfter.name()), e.detail, t.time(e.at),
                e.incomingId)).toList());
        data.put("xml", XmlDisplay.indent(documents.getDocumentXml(id)));
        data.put("actions", actions(d));
        data.put("inDoubt", d.queue() != null && d.queue().inDoubt()
                && ("IN_DOUBT".equals(d.queue().state()) || "PENDING".equals(d.queue().state())));
        return data;
    }

    Map<String, Object> incoming(Words t, String id) {
        IncomingView i = incoming.getIncoming(id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("i", Rows.Incoming.of(i, t));
        data.put("documentId", i.documentId());
        boolean tooLarge = i.contentLength() > SHOWN_XML_LIMIT;
        data.put("tooLarge", tooLarge);
        // Retention removes old bodies: the page then says when instead of showing the XML.
        boolean removed = i.bodyRemovedAt() != null;
        data.put("xml", tooLarge || removed ? "" : XmlDisplay.indent(incoming.getIncomingXml(id)));
        return data;
    }

    /** The actions the status machine allows now, by the name of their web route. */
    private static List<String> actions(DocumentView d) {
        DocumentKind kind = OutgoingDocumentTypes.byElement(d.docType()).kind();
        List<String> actions = new ArrayList<>();
        if (d.status() == DocumentStatus.QUEUED && d.queue() != null && "PENDING".equals(d.queue().state())
                && !d.queue().inDoubt()) {
            actions.add("send-now");
        }
        if (allowed(kind, d.status(), StatusEvent.CANCEL)) {
            actions.add("cancel-transmission");
        }
        if (allowed(kind, d.status(), StatusEvent.CANCEL_LAST_OPERATION)) {
            actions.add("cancel-last-operation");
        }
        if (allowed(kind, d.status(), StatusEvent.RESUBMIT)) {
            actions.add("resubmit");
        }
        actions.add("restore-status");
        return actions;
    }

    private static boolean allowed(DocumentKind kind, DocumentStatus status, StatusEvent event) {
        return DocumentStatusMachine.next(kind, status, event).isPresent();
    }
}
