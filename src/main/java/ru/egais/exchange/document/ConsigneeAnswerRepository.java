package ru.egais.exchange.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** The consignees' acts on our waybills; the newest one is where the waybill stands. */
@ApplicationScoped
public class ConsigneeAnswerRepository implements PanacheRepositoryBase<ConsigneeAnswer, String> {

    public Optional<ConsigneeAnswer> latestForDocument(String documentId) {
        return find("documentId = ?1 order by receivedAt desc, id desc", documentId).firstResultOptional();
    }

    public boolean existsForIncoming(String incomingId) {
        return count("incomingId", incomingId) > 0;
    }

    /**
     * Our waybill (WayBill, v2–v4) that EGAIS registered under {@code wbRegId}: the RegID of one of its tickets.
     */
    public Optional<Document> waybillByRegId(String fsrarId, String wbRegId) {
        return getEntityManager().createQuery("select d from Document d where d.fsrarId = :f and d.docType in "
                        + "('WayBill', 'WayBill_v2', 'WayBill_v3', 'WayBill_v4') and exists (select t.id from DocumentTicket t "
                        + "where t.documentId = d.id and t.regId = :r) order by d.createdAt desc", Document.class)
                .setParameter("f", fsrarId).setParameter("r", wbRegId).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * The consignees' Differences acts on our waybills (returns to a supplier among them) that wait for our
     * WayBillTicket: none prepared yet, or the one prepared was rejected or cancelled. Oldest first.
     */
    public java.util.List<ConsigneeAnswer> listDifferencesUnanswered(int limit) {
        return find("isAccept = 'Differences' and (answerDocumentId is null or answerDocumentId in "
                + "(select d.id from Document d where d.status in ?1)) order by receivedAt",
                java.util.List.of(DocumentStatus.REJECTED, DocumentStatus.CANCELLED))
                .page(io.quarkus.panache.common.Page.ofSize(limit)).list();
    }
}
