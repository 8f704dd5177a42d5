package ru.egais.exchange.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The send queue. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, String> {

    /** The oldest message of the organization that is due now: the queue is first in, first out per organization. */
    public Optional<OutboxMessage> nextDue(String fsrarId, Instant now) {
        return find("fsrarId = ?1 and state = ?2 and nextAttemptAt <= ?3 order by createdAt, id",
                fsrarId, OutboxState.PENDING, now).firstResultOptional();
    }

    public Optional<OutboxMessage> latestForDocument(String documentId) {
        return find("documentId = ?1 order by createdAt desc, id desc", documentId).firstResultOptional();
    }

    public List<OutboxMessage> listOpen(String fsrarId) {
        return fsrarId == null
                ? list("state in ?1 order by createdAt, id", List.of(OutboxState.PENDING, OutboxState.SENDING))
                : list("fsrarId = ?1 and state in ?2 order by createdAt, id", fsrarId,
                List.of(OutboxState.PENDING, OutboxState.SENDING));
    }
}
