package ru.egais.exchange.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.egais.Confirmation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Follows the repeal of an accepted waybill (TTN): our RequestRepealWB moves our accepted documents about that
 * TTN (our WayBill_v4, our act for it; found by the RegID of their tickets) to REPEAL_REQUESTED, and the other
 * side's ConfirmRepealWB to REPEALED or REPEAL_REFUSED.
 */
@ApplicationScoped
public class RepealTracker {

    private final DocumentRepository documents;
    private final ExchangeLog log;
    private final Clock clock;

    public RepealTracker(DocumentRepository documents, ExchangeLog log, Clock clock) {
        this.documents = documents;
        this.log = log;
        this.clock = clock;
    }

    /**
     * EGAIS accepted our RequestRepealWB for the TTN (in its ticket's transaction). Not at preparation: a request
     * cancelled before sending, or rejected by EGAIS, must leave the documents as they were.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void repealRequested(String fsrarId, String wbRegId, String requestDocumentId) {
        for (Document d : aboutTtn(fsrarId, wbRegId, List.of(DocumentStatus.ACCEPTED, DocumentStatus.REPEAL_REFUSED))) {
            DocumentTransitions.apply(d, StatusEvent.REPEAL_REQUESTED, ExchangeEvent.REPEAL_REQUESTED,
                    "RequestRepealWB " + requestDocumentId + " for " + wbRegId, Instant.now(clock), log);
        }
    }

    /**
     * EGAIS accepted our RequestRepealAWO / RequestRepealACO (in its ticket's transaction): no other side is asked,
     * so the act with that RegID is repealed now, through the requested step so its log shows both.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ownActRepealAccepted(String fsrarId, String actRegId, String requestDocumentId) {
        String detail = "repeal request " + requestDocumentId + " for " + actRegId + " accepted by EGAIS";
        for (Document d : aboutTtn(fsrarId, actRegId, List.of(DocumentStatus.ACCEPTED, DocumentStatus.REPEAL_REFUSED))) {
            Instant now = Instant.now(clock);
            DocumentTransitions.apply(d, StatusEvent.REPEAL_REQUESTED, ExchangeEvent.REPEAL_REQUESTED, detail, now, log);
            DocumentTransitions.apply(d, StatusEvent.REPEAL_CONFIRMED, ExchangeEvent.REPEAL_ANSWERED, detail, now, log);
        }
    }

    /** The other side answered our repeal request (in the ConfirmRepealWB's processing transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void repealAnswered(String fsrarId, Confirmation answer, String incomingId) {
        // The answer may be processed before the ticket accepting our request (both arrive in one exchange): the
        // answer proves the request went through, so the documents take the requested step first.
        if (answer.wbRegId() != null && requestInFlight(fsrarId, answer.wbRegId())) {
            for (Document d : aboutTtn(fsrarId, answer.wbRegId(),
                    List.of(DocumentStatus.ACCEPTED, DocumentStatus.REPEAL_REFUSED))) {
                DocumentTransitions.apply(d, StatusEvent.REPEAL_REQUESTED, ExchangeEvent.REPEAL_REQUESTED,
                        "RequestRepealWB for " + answer.wbRegId() + " answered before its ticket (incoming "
                                + incomingId + ")", Instant.now(clock), log);
            }
        }
        for (Document d : aboutTtn(fsrarId, answer.wbRegId(), List.of(DocumentStatus.REPEAL_REQUESTED))) {
            DocumentTransitions.apply(d, answer.accepted() ? StatusEvent.REPEAL_CONFIRMED : StatusEvent.REPEAL_REFUSED,
                    ExchangeEvent.REPEAL_ANSWERED, "ConfirmRepealWB " + answer.isConfirm() + " (incoming " + incomingId
                            + ")", Instant.now(clock), log);
        }
    }

    /** Whether we sent a RequestRepealWB for the TTN that EGAIS has not answered yet. */
    private boolean requestInFlight(String fsrarId, String wbRegId) {
        return !documents.getEntityManager().createQuery("""
                        select d.id from Document d where d.fsrarId = :f and d.docType = 'RequestRepealWB'
                        and d.status = :sent and d.xml like :ttn""", String.class)
                .setParameter("f", fsrarId).setParameter("sent", DocumentStatus.SENT)
                .setParameter("ttn", "%>" + wbRegId + "<%").setMaxResults(1).getResultList().isEmpty();
    }

    private List<Document> aboutTtn(String fsrarId, String wbRegId, List<DocumentStatus> statuses) {
        if (wbRegId == null) {
            return List.of();
        }
        return documents.getEntityManager().createQuery("""
                        select d from Document d where d.fsrarId = :f and d.status in :statuses and d.docType not in ('RequestRepealWB', 'RequestRepealAWO', 'RequestRepealACO')
                        and exists (select t from DocumentTicket t where t.documentId = d.id and t.regId = :ttn)""",
                        Document.class)
                .setParameter("f", fsrarId).setParameter("statuses", statuses).setParameter("ttn", wbRegId)
                .getResultList();
    }
}
