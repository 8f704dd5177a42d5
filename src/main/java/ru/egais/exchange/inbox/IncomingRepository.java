package ru.egais.exchange.inbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Incoming documents. */
@ApplicationScoped
public class IncomingRepository implements PanacheRepositoryBase<IncomingDocument, String> {

    /** The stored copy of a URL UTM still lists (not yet confirmed deleted there). */
    public Optional<IncomingDocument> findStillInUtm(String fsrarId, String utmUrl) {
        return find("fsrarId = ?1 and utmUrl = ?2 and deletedFromUtmAt is null", fsrarId, utmUrl).firstResultOptional();
    }

    public Optional<IncomingDocument> findByHash(String fsrarId, String contentHash) {
        return find("fsrarId = ?1 and contentHash = ?2", fsrarId, contentHash).firstResultOptional();
    }

    public List<String> idsToProcess(String fsrarId) {
        return find("fsrarId = ?1 and status = ?2 order by receivedAt, id", fsrarId, IncomingStatus.STORED)
                .project(IdOnly.class).list().stream().map(IdOnly::id).toList();
    }

    /** Processed documents UTM still holds: safe to delete there now. */
    public List<IncomingDocument> listToDeleteFromUtm(String fsrarId) {
        return list("fsrarId = ?1 and status not in ?2 and deletedFromUtmAt is null order by receivedAt, id",
                fsrarId, List.of(IncomingStatus.STORED, IncomingStatus.QUARANTINED));
    }

    /** Projection for id-only queries. */
    @io.quarkus.runtime.annotations.RegisterForReflection
    public record IdOnly(String id) {
    }
}
