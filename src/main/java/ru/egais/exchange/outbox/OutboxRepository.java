package ru.egais.exchange.outbox;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The send queue. */
@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxMessage, String> {

    /**
     * The organization's oldest due messages, at most {@code max}, locked for this transaction. On a shared
     * database (PostgreSQL) rows another instance is claiming right now are skipped rather than waited for or
     * claimed twice ({@code FOR UPDATE SKIP LOCKED}); on SQLite the single connection already serializes claims.
     */
    public List<OutboxMessage> dueForClaim(String fsrarId, Instant now, int max, boolean shared) {
        return dueForClaim(fsrarId, now, max, shared, true);
    }

    /**
     * As above; {@code withInDoubt} false leaves out in-doubt messages: the service's own drain never posts one
     * before a settle pass over /opt/in decided it (a workstation takes them and looks in its UTM itself).
     */
    public List<OutboxMessage> dueForClaim(String fsrarId, Instant now, int max, boolean shared, boolean withInDoubt) {
        if (!shared) {
            return find("fsrarId = ?1 and state = ?2 and nextAttemptAt <= ?3" + (withInDoubt ? "" : " and inDoubt = false")
                    + " order by createdAt, id", fsrarId, OutboxState.PENDING, now).page(0, max).list();
        }
        @SuppressWarnings("unchecked")
        List<OutboxMessage> due = getEntityManager().createNativeQuery("select * from outbox_message where fsrar_id = ?1 "
                        + "and state = 'PENDING' and next_attempt_at <= ?2" + (withInDoubt ? "" : " and in_doubt = false")
                        + " order by created_at, id limit ?3 for update skip locked", OutboxMessage.class)
                .setParameter(1, fsrarId).setParameter(2, now).setParameter(3, max).getResultList();
        return due;
    }

    /** The heartbeat: claims this instance holds stay its own while it lives. */
    public int extendClaims(String holder, List<String> messageIds, Instant until) {
        return update("leaseUntil = ?1 where claimedBy = ?2 and state = ?3 and id in ?4", until, holder,
                OutboxState.SENDING, messageIds);
    }

    /**
     * Whether any message is being posted. Native SQL: it runs at every start, where on an existing database it is
     * nearly always false, and an HQL query there would pay the parser's warm-up for nothing.
     */
    public boolean anyBeingSent() {
        return !getEntityManager().createNativeQuery("select 1 from outbox_message where state = 'SENDING' limit 1")
                .getResultList().isEmpty();
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
