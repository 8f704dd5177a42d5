package ru.egais.exchange.inbox;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.api.NotFoundProblem;

import java.util.List;

/** Reads incoming documents for the API and for the receive loop. */
@ApplicationScoped
public class IncomingQueries {

    private final IncomingRepository incoming;

    public IncomingQueries(IncomingRepository incoming) {
        this.incoming = incoming;
    }

    @Transactional
    public IncomingView getIncoming(String id) {
        return IncomingView.of(find(id));
    }

    @Transactional
    public String getIncomingXml(String id) {
        find(id);
        return incoming.getEntityManager().find(IncomingBody.class, id).content;
    }

    @Transactional
    public List<IncomingView> listIncoming(String fsrarId, IncomingStatus status, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (fsrarId != null) {
            query.append(" and fsrarId = :fsrarId");
            params.and("fsrarId", fsrarId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        query.append(" order by receivedAt desc, id desc");
        return incoming.find(query.toString(), params).page(Page.ofSize(Math.max(1, Math.min(limit, 1000))))
                .list().stream().map(IncomingView::of).toList();
    }

    @Transactional
    List<String> idsToProcess(String fsrarId) {
        return incoming.idsToProcess(fsrarId);
    }

    @Transactional
    List<IncomingView> toDeleteFromUtm(String fsrarId) {
        return incoming.listToDeleteFromUtm(fsrarId).stream().map(IncomingView::of).toList();
    }

    private IncomingDocument find(String id) {
        IncomingDocument d = incoming.findById(id);
        if (d == null) {
            throw new NotFoundProblem("no incoming document " + id);
        }
        return d;
    }
}
