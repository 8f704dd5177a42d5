package ru.egais.exchange.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.NotFound;

import java.util.List;

/** Head office: what remote nodes reported, for the API. */
@ApplicationScoped
public class RelayQueries {

    private static final int MAX_PAGE = 1000;

    private final EntityManager em;
    private final RelayNodeService nodes;

    public RelayQueries(EntityManager em, RelayNodeService nodes) {
        this.em = em;
        this.nodes = nodes;
    }

    @Transactional
    public List<RemoteDocument> listRemoteDocuments(String code, String status, String externalId, int offset,
                                                    int limit) {
        nodes.find(code);
        StringBuilder q = new StringBuilder("from RemoteDocument where nodeCode = :n");
        if (status != null) {
            q.append(" and status = :s");
        }
        if (externalId != null) {
            q.append(" and externalId = :e");
        }
        q.append(" order by updatedAt desc, id");
        TypedQuery<RemoteDocument> query = em.createQuery(q.toString(), RemoteDocument.class).setParameter("n", code);
        if (status != null) {
            query.setParameter("s", status);
        }
        if (externalId != null) {
            query.setParameter("e", externalId);
        }
        return page(query, offset, limit).getResultList();
    }

    @Transactional
    public List<RemoteIncomingView> listRemoteIncoming(String code, int offset, int limit) {
        nodes.find(code);
        return page(em.createQuery("from RemoteIncoming where nodeCode = :n order by updatedAt desc, id",
                RemoteIncoming.class).setParameter("n", code), offset, limit).getResultList().stream()
                .map(RemoteIncomingView::of).toList();
    }

    @Transactional
    public String getRemoteIncomingXml(String code, String id) {
        RemoteIncoming i = em.find(RemoteIncoming.class, id);
        if (i == null || !i.nodeCode.equals(code)) {
            throw new NotFound("no incoming document " + id + " of node " + code);
        }
        return i.xml;
    }

    private static <T> TypedQuery<T> page(TypedQuery<T> query, int offset, int limit) {
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, MAX_PAGE)));
    }
}
