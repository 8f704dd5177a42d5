package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.classifier.ClassifierCatalogue;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentTransitions;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.document.RepealTracker;
import ru.egais.exchange.document.StatusEvent;
import ru.egais.exchange.egais.EnvelopeInfo;
import ru.egais.exchange.utm.EgaisDocumentReader;
import ru.egais.exchange.utm.UtmDocumentUnreadable;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Processes one stored incoming document in one transaction: reads its envelope, dispatches on the element
 * under {@code ns:Document} (never on the URL), and records the effect. Only documents still STORED are
 * processed, so processing one twice has no second effect.
 */
@ApplicationScoped
public class IncomingProcessor {

    private static final Set<String> WAYBILLS = Set.of("WayBill", "WayBill_v2", "WayBill_v3", "WayBill_v4");
    private static final Set<String> REGISTRATIONS = Set.of("TTNInformF2Reg", "TTNInformBReg");
    /** Types whose content the API shows (GET /api/v1/incoming/{id}) with no further effect here. */
    private static final Set<String> SHOWN = Set.of("TTNHistoryF2Reg", "ConfirmTicket", "RequestRepealWB",
            "ConfirmRepealWB", "ActInventoryInformF2Reg", "ActInventoryInformBReg");
    /** Types whose content has an effect here, read by their readers. */
    private static final Set<String> READ = Set.of("Ticket", "WayBill", "WayBill_v2", "WayBill_v3", "WayBill_v4",
            "TTNInformF2Reg", "TTNInformBReg", "ReplyNoAnswerTTN", "ConfirmRepealWB", "ConfirmTicket",
            "RequestRepealWB", "WayBillAct_v4", "WayBillAct_v3", "WayBillAct_v2", "WayBillAct");
    /** The consignee's act on a waybill we shipped. */
    private static final Set<String> CONSIGNEE_ACTS = Set.of("WayBillAct_v4", "WayBillAct_v3", "WayBillAct_v2",
            "WayBillAct");

    /** Injected into the field so that the constructor other changes touch stays as it is. */
    @jakarta.inject.Inject
    ConsigneeActHandler consigneeActs;

    private final IncomingRepository incoming;
    private final IncomingBodies bodies;
    private final DocumentRepository documents;
    private final TicketHandler tickets;
    private final SupplierWaybillHandler waybills;
    private final WaybillRecoveryHandler recovery;
    private final RepealTracker repeals;
    private final ExchangeLog log;
    private final Clock clock;
    private final ClassifierCatalogue classifiers;

    public IncomingProcessor(IncomingRepository incoming, IncomingBodies bodies, DocumentRepository documents,
                             TicketHandler tickets,
                             SupplierWaybillHandler waybills, WaybillRecoveryHandler recovery,
                             RepealTracker repeals, ExchangeLog log, Clock clock, ClassifierCatalogue classifiers) {
        this.classifiers = classifiers;
        this.repeals = repeals;
        this.incoming = incoming;
        this.bodies = bodies;
        this.documents = documents;
        this.tickets = tickets;
        this.waybills = waybills;
        this.recovery = recovery;
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
        try {
            EnvelopeInfo envelope;
            // The envelope reader stops at the element under ns:Document: a 50 MB reply costs what a ticket does.
            try (java.io.Reader text = bodies.open(incomingId)) {
                envelope = EgaisDocumentReader.envelope(text);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            doc.docType = envelope.documentElement();
            doc.status = dispatch(doc, envelope);
        } catch (UtmDocumentUnreadable e) {
            doc.status = IncomingStatus.FAILED;
            doc.error = "not a readable EGAIS document: " + e.getMessage();
        }
        doc.processedAt = Instant.now(clock);
        log.incoming(doc.fsrarId, doc.id, ExchangeEvent.INCOMING_PROCESSED,
                doc.docType + " -> " + doc.status + (doc.error == null ? "" : " (" + doc.error + ")"));
        return doc.status;
    }

    private IncomingStatus dispatch(IncomingDocument doc, EnvelopeInfo envelope) throws UtmDocumentUnreadable {
        String element = envelope.documentElement();
        // Only the types read here are loaded whole; they are small (a reply is linked by its replyId alone).
        String xml = READ.contains(element) ? bodies.readAll(doc.id) : null;
        if ("Ticket".equals(element)) {
            tickets.apply(doc, EgaisDocumentReader.ticket(xml));
            return IncomingStatus.PROCESSED;
        }
        if (CONSIGNEE_ACTS.contains(element)) {
            boolean matched = consigneeActs.apply(doc, EgaisDocumentReader.consigneeAct(xml));
            return matched ? IncomingStatus.PROCESSED : IncomingStatus.UNKNOWN;
        }
        if (WAYBILLS.contains(element)) {
            waybills.recordWaybill(doc.fsrarId, doc.id, EgaisDocumentReader.waybill(xml));
        } else if (REGISTRATIONS.contains(element)) {
            waybills.recordRegistration(doc.fsrarId, doc.id, EgaisDocumentReader.registration(xml));
        } else if ("ReplyNoAnswerTTN".equals(element)) {
            recovery.recordUnanswered(doc.fsrarId, EgaisDocumentReader.noAnswer(xml));
        } else if ("ConfirmRepealWB".equals(element)) {
            repeals.repealAnswered(doc.fsrarId, EgaisDocumentReader.confirmation(xml), doc.id);
        } else if ("RequestRepealWB".equals(element)) {
            // The other side asks to repeal a waybill of ours: shown on it, to be answered (ConfirmRepealWB).
            waybills.recordRepealRequest(doc.fsrarId, doc.id, EgaisDocumentReader.repealRequest(xml));
        } else if ("ConfirmTicket".equals(element)) {
            waybills.recordSupplierConfirmation(doc.fsrarId, EgaisDocumentReader.confirmation(xml));
        } else if (EgaisDocumentReader.readsClassifiers(element)) {
            recordClassifiers(doc);
        }
        // A waybill resent for QueryResendDoc is also that query's reply.
        boolean answered = linkAsReply(doc);
        // A type with no reader yet is kept and shown as it came, and can be processed again once one exists.
        return answered || WAYBILLS.contains(element) || REGISTRATIONS.contains(element) || SHOWN.contains(element)
                || element.startsWith("Reply") ? IncomingStatus.PROCESSED : IncomingStatus.UNKNOWN;
    }

    /** Streamed: a ReplyAP for a producer's whole range can be large. */
    private void recordClassifiers(IncomingDocument doc) throws UtmDocumentUnreadable {
        try (java.io.Reader text = bodies.open(doc.id)) {
            classifiers.recordReply(EgaisDocumentReader.classifiers(text), doc.id);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        if (DocumentTransitions.apply(d, StatusEvent.REPLY_ARRIVED, ExchangeEvent.REPLY_RECEIVED,
                doc.docType + " (incoming " + doc.id + ")", Instant.now(clock), log)) {
            d.lastError = null;
        }
        return true;
    }
}
