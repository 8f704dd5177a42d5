package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentTransitions;
import ru.egais.exchange.document.ExchangeEvent;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.document.StatusEvent;
import ru.egais.exchange.inbox.HeldDocuments;
import ru.egais.exchange.utm.EgaisDocumentReader;
import ru.egais.exchange.utm.UtmDocumentUnreadable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The documents whose message is held {@link OutboxState#IN_DOUBT}, for a ticket that may settle one of them. */
@ApplicationScoped
public class HeldDocumentsInQueue implements HeldDocuments {

    private final OutboxRepository outbox;
    private final DocumentRepository documents;
    private final ExchangeLog log;
    private final Clock clock;
    private final OrphanAnswers orphans;

    public HeldDocumentsInQueue(OutboxRepository outbox, DocumentRepository documents, ExchangeLog log, Clock clock,
                                OrphanAnswers orphans) {
        this.orphans = orphans;
        this.outbox = outbox;
        this.documents = documents;
        this.log = log;
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> carrying(String fsrarId, String docType, String identity, String regId) {
        List<String> ids = new ArrayList<>();
        // Only held messages: one waiting for a settle pass (PENDING, in doubt) is settled by that pass, and one
        // claimed by it must not be changed under it.
        for (OutboxMessage m : outbox.list("fsrarId = ?1 and state = ?2", fsrarId, OutboxState.IN_DOUBT)) {
            Document d = documents.findById(m.documentId);
            if (d != null && d.replyId == null && sameType(d.docType, docType) && names(d, identity, regId)) {
                ids.add(d.id);
            }
        }
        return ids;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void take(String documentId, String replyId, String why) {
        Document d = documents.findById(documentId);
        OutboxMessage m = outbox.latestForDocument(documentId).filter(x -> x.state == OutboxState.IN_DOUBT)
                .orElseThrow(() -> new IllegalStateException("document " + documentId + " is no longer held"));
        Instant now = Instant.now(clock);
        m.state = OutboxState.DONE;
        m.inDoubt = false;
        m.sentAt = now;
        m.lastError = null;
        m.claimedBy = null;
        m.leaseUntil = null;
        d.replyId = replyId;
        d.lastError = null;
        DocumentTransitions.apply(d, StatusEvent.UTM_TOOK, ExchangeEvent.IN_DOUBT_SETTLED,
                "replyId=" + replyId + " (" + why + ")", now, log);
        documents.flush(); // the unique index on reply_id speaks here, before the ticket is applied
        orphans.reopenAnswersTo(d.fsrarId, replyId); // an earlier ticket under it (not this one: still STORED)
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(String documentId, String why) {
        Document d = documents.findById(documentId);
        log.document(d, ExchangeEvent.IN_DOUBT_HELD, why);
    }

    /**
     * Tolerant in what is read: a ticket may name the type in another case, or without its version suffix
     * ({@code WayBillAct} for {@code WayBillAct_v4}); the Identity is what proves it.
     */
    static boolean sameType(String ours, String named) {
        if (ours == null || named == null) {
            return false;
        }
        String a = ours.toLowerCase(Locale.ROOT);
        String b = named.strip().toLowerCase(Locale.ROOT);
        return a.equals(b) || a.replaceFirst("_v\\d+$", "").equals(b);
    }

    private static boolean names(Document d, String identity, String regId) {
        String ours = identityOf(d);
        if (ours != null) {
            return ours.equals(identity);
        }
        return identity == null && regId != null && regId.equals(wbRegIdOf(d));
    }

    private static String wbRegIdOf(Document d) {
        try {
            return EgaisDocumentReader.wbRegId(d.xml);
        } catch (UtmDocumentUnreadable e) {
            return null;
        }
    }

    private static String identityOf(Document d) {
        try {
            return EgaisDocumentReader.identity(d.xml).orElse(null);
        } catch (UtmDocumentUnreadable e) {
            return null; // schema-checked when it was prepared; without an Identity no ticket can name it
        }
    }
}
