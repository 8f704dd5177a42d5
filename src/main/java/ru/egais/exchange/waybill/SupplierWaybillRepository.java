package ru.egais.exchange.waybill;

import ru.egais.exchange.document.DocumentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Supplier waybills and their positions. */
@ApplicationScoped
public class SupplierWaybillRepository implements PanacheRepositoryBase<SupplierWaybill, String> {

    /**
     * The waybill a waybill or registration belongs to: by Identity when there is one, otherwise by shipper and
     * number (Identity is optional in the schemas).
     */
    public Optional<SupplierWaybill> findMatching(String fsrarId, String identity, String shipperFsrarId, String number) {
        if (identity != null) {
            return find("fsrarId = ?1 and identity = ?2", fsrarId, identity).firstResultOptional();
        }
        return find("fsrarId = ?1 and shipperFsrarId = ?2 and number = ?3", fsrarId, shipperFsrarId, number)
                .firstResultOptional();
    }

    /** The positions in the shipper's numbering order (1, 2, 10: see {@link PositionOrder}). */
    public List<SupplierWaybillPosition> positions(String waybillId) {
        List<SupplierWaybillPosition> list = new java.util.ArrayList<>(getEntityManager().createQuery(
                        "from SupplierWaybillPosition where waybillId = :id", SupplierWaybillPosition.class)
                .setParameter("id", waybillId).getResultList());
        list.sort(java.util.Comparator.comparing((SupplierWaybillPosition p) -> p.identity, PositionOrder.IDENTITIES));
        return list;
    }

    public SupplierWaybillPosition position(String waybillId, String identity) {
        return getEntityManager().createQuery(
                        "from SupplierWaybillPosition where waybillId = :id and identity = :identity",
                        SupplierWaybillPosition.class)
                .setParameter("id", waybillId).setParameter("identity", identity)
                .getResultStream().findFirst().orElse(null);
    }

    public List<SupplierWaybill> listFor(String fsrarId, int limit) {
        return (fsrarId == null ? findAll(io.quarkus.panache.common.Sort.descending("createdAt"))
                : find("fsrarId", io.quarkus.panache.common.Sort.descending("createdAt"), fsrarId))
                .page(io.quarkus.panache.common.Page.ofSize(limit)).list();
    }

    /**
     * Waybills the shop still has to answer: the waybill itself is here and no act of ours stands (none yet, or
     * EGAIS rejected it, or it was cancelled), oldest first since the oldest deadline comes first.
     */
    public List<SupplierWaybill> listUnanswered(int limit) {
        return find("waybillType is not null and (actDocumentId is null or actDocumentId in "
                        + "(select d.id from Document d where d.status in ?1)) order by waybillDate, createdAt",
                List.of(DocumentStatus.REJECTED,
                        DocumentStatus.CANCELLED))
                .page(io.quarkus.panache.common.Page.ofSize(limit)).list();
    }

    /** Waybills whose supplier asks to repeal them and our answer is not on its way (none, rejected, cancelled). */
    public List<SupplierWaybill> listRepealAsked(int limit) {
        return find("repealRequestIncomingId is not null and (repealAnswerDocumentId is null or repealAnswerDocumentId in "
                        + "(select d.id from Document d where d.status in ?1)) order by updatedAt",
                List.of(DocumentStatus.REJECTED,
                        DocumentStatus.CANCELLED))
                .page(io.quarkus.panache.common.Page.ofSize(limit)).list();
    }
}
