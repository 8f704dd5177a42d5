package ru.egais.exchange.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.outbox.DocumentRequest;
import ru.egais.exchange.outbox.PreparedXml;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Head office: asks a store to transmit a document. The EGAIS XML is built and checked here (a bad request is a
 * 422 at once), stored, shown as TO_STORE and registered for the store's next message in one transaction.
 */
@ApplicationScoped
public class RelayTransmitService {

    /** The view row and whether it was made just now (false: that externalId was already asked for). */
    public record Requested(RemoteDocument document, boolean created) {
    }

    private final EntityManager em;
    private final RelayNodeService nodes;
    private final RelayJournal journal;
    private final Clock clock;

    public RelayTransmitService(EntityManager em, RelayNodeService nodes, RelayJournal journal, Clock clock) {
        this.em = em;
        this.nodes = nodes;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public Requested requestTransmission(String code, DocumentRequest request) {
        if (request == null) {
            throw new RequestUnreadable("a JSON document is required");
        }
        RelayNode node = nodes.find(code);
        if (node.peerRole != PeerRole.STORE) {
            throw new StateConflict("node " + code + " is not a store: documents are sent to stores to transmit");
        }
        if (request.externalId() == null || request.externalId().isBlank() || request.externalId().length() > 255) {
            throw RequestInvalid.of("externalId", "is required (at most 255 characters): the store prepares the "
                    + "document under it, so that a message carried twice makes one document");
        }
        PreparedXml xml = request.toXml();
        List<RelayTransmit> known = em.createQuery("from RelayTransmit where nodeCode = :n and externalId = :e",
                RelayTransmit.class).setParameter("n", code).setParameter("e", request.externalId()).getResultList();
        if (!known.isEmpty()) {
            if (!known.get(0).docType.equals(xml.type().element())) {
                throw new StateConflict("externalId " + request.externalId() + " was already sent to " + code
                        + " as a " + known.get(0).docType);
            }
            return new Requested(remote(code, request.externalId(), request.fsrarId()), false);
        }
        Instant now = Instant.now(clock);
        RelayTransmit t = new RelayTransmit();
        t.id = Ids.newId();
        t.nodeCode = code;
        t.externalId = request.externalId();
        t.fsrarId = request.fsrarId();
        t.docType = xml.type().element();
        t.xml = xml.xml();
        t.createdAt = now;
        em.persist(t);
        RemoteDocument d = new RemoteDocument();
        d.id = Ids.newId();
        d.nodeCode = code;
        d.externalId = t.externalId;
        d.fsrarId = t.fsrarId;
        d.docType = t.docType;
        d.status = RemoteDocument.TO_STORE;
        d.updatedAt = now;
        em.persist(d);
        journal.register(code, RelayRegistration.Kind.TRANSMIT, t.id);
        return new Requested(d, true);
    }

    private RemoteDocument remote(String code, String externalId, String fsrarId) {
        return em.createQuery("from RemoteDocument where nodeCode = :n and externalId = :e and fsrarId = :f",
                        RemoteDocument.class).setParameter("n", code).setParameter("e", externalId)
                .setParameter("f", fsrarId).getResultStream().findFirst()
                .orElseThrow(() -> new IllegalStateException("no view of " + externalId));
    }
}
