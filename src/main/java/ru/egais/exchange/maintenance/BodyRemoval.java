package ru.egais.exchange.maintenance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ru.egais.exchange.inbox.IncomingDocument;
import ru.egais.exchange.inbox.IncomingStatus;

import java.time.Instant;
import java.util.List;

/**
 * Removes old bodies a batch at a time, each batch in a short transaction of its own so the exchange is never held
 * up for long. The rows stay (they have legal weight): only their text goes, and the row says when.
 */
@ApplicationScoped
class BodyRemoval {

    static final int BATCH = 50;

    /**
     * Only a body whose document is finished on both sides may go: processed (or kept as unknown or failed) and
     * deleted from UTM. A body still needed — not processed, or compared before the DELETE from UTM, or a quarantined
     * one whose original is left in UTM — is kept whatever its age.
     */
    private static final List<IncomingStatus> REMOVABLE =
            List.of(IncomingStatus.PROCESSED, IncomingStatus.UNKNOWN, IncomingStatus.FAILED);

    private final EntityManager em;

    BodyRemoval(EntityManager em) {
        this.em = em;
    }

    /**
     * Removes up to one batch of incoming bodies received before {@code cutoff} (only answers to queries, whose
     * element starts with Reply, when {@code repliesOnly}): {count, characters}.
     */
    long[] removeIncomingBatch(Instant cutoff, Instant now, boolean repliesOnly) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = em.createQuery("select id, contentLength from IncomingDocument where receivedAt < :c"
                            + " and bodyRemovedAt is null and deletedFromUtmAt is not null and status in :s"
                            // a change not yet acknowledged by the head office still carries the text
                            + " and id not in (select r.entityId from RelayRegistration r)"
                            + (repliesOnly ? " and docType like 'Reply%'" : ""), Object[].class)
                    .setParameter("c", cutoff).setParameter("s", REMOVABLE).setMaxResults(BATCH).getResultList();
            if (rows.isEmpty()) {
                return new long[] {0, 0};
            }
            List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
            long characters = rows.stream().mapToLong(r -> ((Number) r[1]).longValue()).sum();
            em.createNativeQuery("DELETE FROM incoming_body_part WHERE incoming_id IN (:ids)")
                    .setParameter("ids", ids).executeUpdate();
            em.createNativeQuery("DELETE FROM incoming_body_chunk WHERE incoming_id IN (:ids)") // stored before V21
                    .setParameter("ids", ids).executeUpdate();
            em.createQuery("update IncomingDocument set bodyRemovedAt = :now, version = version + 1 where id in :ids")
                    .setParameter("now", now).setParameter("ids", ids).executeUpdate();
            return new long[] {ids.size(), characters};
        });
    }

    /** Empties up to one batch of the head office's copies of stores' incoming documents received before cutoff. */
    int removeRelayCopiesBatch(Instant cutoff, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> ids = em.createNativeQuery("SELECT id FROM relay_remote_incoming"
                            + " WHERE body_removed_at IS NULL AND updated_at < ?1")
                    .setParameter(1, cutoff).setMaxResults(BATCH).getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            em.createNativeQuery("UPDATE relay_remote_incoming SET xml = '', body_removed_at = ?1 WHERE id IN (?2)")
                    .setParameter(1, now).setParameter(2, ids).executeUpdate();
            return ids.size();
        });
    }
}
