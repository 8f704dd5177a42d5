package ru.egais.exchange.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import ru.egais.exchange.inbox.IncomingStatus;

/**
 * Answers that arrived for a replyId before we knew it was ours (tickets for an in-doubt document that UTM did
 * take): once the document is found in UTM, they are processed again so they reach it.
 */
@ApplicationScoped
public class OrphanAnswers {

    private final EntityManager em;

    public OrphanAnswers(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public int reopenAnswersTo(String fsrarId, String replyId) {
        return em.createQuery("""
                        update IncomingDocument i set i.status = :stored,
                          i.error = null, i.version = i.version + 1
                        where i.fsrarId = :f and i.replyId = :r and i.documentId is null
                          and i.status <> :stored""")
                .setParameter("stored", IncomingStatus.STORED).setParameter("f", fsrarId).setParameter("r", replyId)
                .executeUpdate();
    }

    /**
     * Answers under any of these replyIds, for a document just held in doubt: a ticket that came before it was held
     * (while it waited for the settle pass) is looked at again, and may prove it answers the held document.
     */
    @Transactional
    public int reopenAnswersTo(String fsrarId, java.util.Collection<String> replyIds) {
        java.util.List<String> ids = java.util.List.copyOf(new java.util.LinkedHashSet<>(replyIds));
        int reopened = 0;
        for (int i = 0; i < ids.size(); i += 500) {
            reopened += em.createQuery("""
                            update IncomingDocument i set i.status = :stored,
                              i.error = null, i.version = i.version + 1
                            where i.fsrarId = :f and i.replyId in :r and i.documentId is null
                              and i.status <> :stored""")
                    .setParameter("stored", IncomingStatus.STORED).setParameter("f", fsrarId)
                    .setParameter("r", ids.subList(i, Math.min(ids.size(), i + 500)))
                    .executeUpdate();
        }
        return reopened;
    }
}
