package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentStatusMachine;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.document.StatusEvent;
import ru.egais.exchange.egais.EnvelopeInfo;
import ru.egais.exchange.utm.xml.EnvelopeReader;
import ru.egais.exchange.utm.xml.TicketReader;

import javax.xml.stream.XMLStreamException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Processes one stored incoming document in one transaction: reads its envelope, dispatches on the element
 * under {@code ns:Document} (never on the URL), and records the effect. Only documents still STORED are
 * processed, so processing one twice has no second effect.
 */
@ApplicationScoped
public class IncomingProcessor {

    private final IncomingRepository incoming;
    private final DocumentRepository documents;
    private final TicketHandler tickets;
    private final ExchangeLog log;
    private final Clock clock;

    public IncomingProcessor(IncomingRepository incoming, DocumentRepository documents, TicketHandler tickets,
                             ExchangeLog log, Clock clock) {
        this.incoming = incoming;
        this.documents = documents;
        this.tickets = tickets;
        this.log = log;
        this.clock = clock;
    }

    /** Returns the status the document ended in. */
    @Transactional
    public IncomingStatus process(String incomingId) {
        IncomingDocument doc = incoming.findById(incomingId);
        if (doc == null || doc.status != IncomingStatus.STORED) {
            return doc == null ? null : doc.status;
        }
        String xml = incoming.getEntityManager().find(IncomingBody.class, incomingId).content;
        try {
            EnvelopeInfo envelope = EnvelopeReader.read(xml);
            doc.docType = envelope.documentElement();
            doc.status = dispatch(doc, envelope, xml);
        } catch (XMLStreamException e) {
            doc.status = IncomingStatus.FAILED;
            doc.error = "not a readable EGAIS document: " + e.getMessage();
        }
        doc.processedAt = Instant.now(clock);
        log.incoming(doc.fsrarId, doc.id, ExchangeEvent.INCOMING_PROCESSED,
                doc.docType + " -> " + doc.status + (doc.error == null ? "" : " (" + doc.error + ")"));
        return doc.status;
    }

    private IncomingStatus dispatch(IncomingDocument doc, EnvelopeInfo envelope, String xml) throws XMLStreamException {
        if ("Ticket".equals(envelope.documentElement())) {
            tickets.apply(doc, TicketReader.read(xml));
            return IncomingStatus.PROCESSED;
        }
        boolean answered = linkAsReply(doc);
        // Until a reader exists for a type, the document is kept and shown as it came; replies are still linked.
        return answered || envelope.documentElement().startsWith("Reply") ? IncomingStatus.PROCESSED
                : IncomingStatus.UNKNOWN;
    }

    /**
     * A non-ticket document UTM lists with the replyId of one of our queries is that query's reply (ReplyRests_v2,
     * ReplyClient_v2, or the WayBill resent for QueryResendDoc).
     */
    private boolean linkAsReply(IncomingDocument doc) {
        if (doc.replyId == null) {
            return false;
        }
        Optional<Document> query = documents.findByReplyId(doc.replyId);
        if (query.isEmpty()) {
            return false;
        }
        Document d = query.get();
        doc.documentId = d.id;
        Optional<ru.egais.exchange.document.DocumentStatus> next =
                DocumentStatusMachine.next(d.kind(), d.status, StatusEvent.REPLY_ARRIVED);
        next.ifPresent(status -> {
            d.status = status;
            d.lastError = null;
            d.updatedAt = Instant.now(clock);
        });
        log.document(d, ExchangeEvent.REPLY_RECEIVED, doc.docType + " (incoming " + doc.id + ")"
                + (next.isPresent() ? "" : "; status " + d.status + " kept"));
        return true;
    }
}
