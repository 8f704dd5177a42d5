package ru.egais.exchange.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.OrgStatusFilter;

import java.util.List;

/** Reads incoming documents for the API and for the receive loop. */
@ApplicationScoped
public class IncomingQueries {

    private final IncomingRepository incoming;
    private final IncomingBodies bodies;

    public IncomingQueries(IncomingRepository incoming, IncomingBodies bodies) {
        this.incoming = incoming;
        this.bodies = bodies;
    }

    @Transactional
    public IncomingView getIncoming(String id) {
        return IncomingView.of(find(id));
    }

    /** The document's whole text, for what must carry it as one value (a relay message to the head office). */
    @Transactional
    public String getIncomingXml(String id) {
        withBody(id);
        return bodies.readAll(id);
    }

    /** The document's text as UTM gave it, streamed from the database when read. */
    @Transactional
    public java.io.Reader openIncomingXml(String id) {
        withBody(id);
        return bodies.open(id);
    }

    @Transactional
    public List<IncomingView> listIncoming(String fsrarId, IncomingStatus status, int offset, int limit) {
        OrgStatusFilter filter = OrgStatusFilter.of(fsrarId, status, "receivedAt");
        int from = Math.max(0, offset);
        return incoming.find(filter.query(), filter.parameters())
                .range(from, from + OrgStatusFilter.pageSize(limit) - 1)
                .list().stream().map(IncomingView::of).toList();
    }

    /** The incoming documents (tickets, replies) matched to one of our documents, in the order they came. */
    @Transactional
    public List<IncomingView> listForDocument(String documentId) {
        return incoming.list("documentId = ?1 order by receivedAt, id", documentId).stream().map(IncomingView::of).toList();
    }

    /** These documents, in the order given (unknown ids are left out). */
    @Transactional
    public List<IncomingView> findIncoming(List<String> ids) {
        java.util.Map<String, IncomingView> byId = new java.util.HashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            incoming.list("id in ?1", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .forEach(d -> byId.put(d.id, IncomingView.of(d)));
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    @Transactional
    List<String> idsToProcess(String fsrarId) {
        return incoming.idsToProcess(fsrarId);
    }

    @Transactional
    List<IncomingView> toDeleteFromUtm(String fsrarId) {
        return incoming.listToDeleteFromUtm(fsrarId).stream().map(IncomingView::of).toList();
    }

    /** The document, when its text is still kept (retention removes old ones: 410 Gone says when). */
    private IncomingDocument withBody(String id) {
        IncomingDocument d = find(id);
        if (d.bodyRemovedAt != null) {
            throw new IncomingTextRemoved("the text of incoming document " + id
                    + " was removed by retention at " + d.bodyRemovedAt + "; its row and effects are kept");
        }
        return d;
    }

    private IncomingDocument find(String id) {
        IncomingDocument d = incoming.findById(id);
        if (d == null) {
            throw new NotFound("no incoming document " + id);
        }
        return d;
    }
}
