package ru.egais.exchange.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Outgoing documents. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, String> {

    public Optional<Document> findByReplyId(String replyId) {
        return find("replyId", replyId).firstResultOptional();
    }

    /** Those of the replyIds our documents hold. */
    public List<String> knownReplyIds(List<String> replyIds) {
        return replyIds.isEmpty() ? List.of() : getEntityManager()
                .createQuery("select d.replyId from Document d where d.replyId in :ids", String.class)
                .setParameter("ids", replyIds).getResultList();
    }

    public Optional<Document> findByExternalId(String fsrarId, String externalId) {
        return find("fsrarId = ?1 and externalId = ?2", fsrarId, externalId).firstResultOptional();
    }
}
