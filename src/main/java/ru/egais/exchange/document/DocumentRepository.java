package ru.egais.exchange.document;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Outgoing documents. */
@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, String> {

    public Optional<Document> findByReplyId(String replyId) {
        return find("replyId", replyId).firstResultOptional();
    }

    public Optional<Document> findByExternalId(String fsrarId, String externalId) {
        return find("fsrarId = ?1 and externalId = ?2", fsrarId, externalId).firstResultOptional();
    }
}
