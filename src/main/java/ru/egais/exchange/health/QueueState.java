package ru.egais.exchange.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ru.egais.exchange.outbox.OutboxState;

import java.util.List;

/** One line on an organization's send queue for health checks: how many wait, the oldest's attempts and error. */
@ApplicationScoped
public class QueueState {

    private final EntityManager em;

    public QueueState(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public String describe(String fsrarId) {
        List<Object[]> rows = em.createQuery("""
                        select m.attempts, m.nextAttemptAt, m.lastError, m.inDoubt from OutboxMessage m
                        where m.fsrarId = :f and m.state in :waiting
                        order by m.createdAt, m.id""", Object[].class)
                .setParameter("f", fsrarId).setParameter("waiting", List.of(OutboxState.PENDING, OutboxState.SENDING))
                .getResultList();
        if (rows.isEmpty()) {
            return "empty";
        }
        Object[] oldest = rows.get(0);
        return rows.size() + " waiting; oldest: " + oldest[0] + " attempt(s), next at " + oldest[1]
                + (Boolean.TRUE.equals(oldest[3]) ? ", in doubt" : "")
                + (oldest[2] == null ? "" : ", last error: " + oldest[2]);
    }
}
