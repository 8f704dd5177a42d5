package ru.egais.exchange.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.outbox.DocumentPreparationService;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Applies one change of a peer's message, idempotently by object: a request to transmit is prepared under its
 * externalId (the same one again returns the document already prepared); states overwrite the view of the
 * remote object.
 */
@ApplicationScoped
public class RelayChangeApplier {

    private static final int MAX_TEXT = 4000;

    private final EntityManager em;
    private final DocumentPreparationService preparation;
    private final RelayJournal journal;
    private final Clock clock;

    public RelayChangeApplier(EntityManager em, DocumentPreparationService preparation, RelayJournal journal,
                              Clock clock) {
        this.em = em;
        this.preparation = preparation;
        this.journal = journal;
        this.clock = clock;
    }

    void apply(RelayNode node, RelayChange change) {
        if (change instanceof RelayChange.Transmit t) {
            transmit(node, t);
        } else if (change instanceof RelayChange.Refusal r) {
            RemoteDocument d = byExternalId(node.code, r.externalId(), r.fsrarId());
            d.docType = d.docType == null ? r.docType() : d.docType;
            d.status = RemoteDocument.REFUSED_BY_STORE;
            d.lastError = cut(r.reason());
            d.updatedAt = Instant.now(clock);
        } else if (change instanceof RelayChange.DocumentState s) {
            documentState(node, s);
        } else if (change instanceof RelayChange.IncomingState i) {
            incomingState(node, i);
        }
    }

    private void transmit(RelayNode node, RelayChange.Transmit t) {
        String refused;
        if (node.peerRole != PeerRole.HEAD_OFFICE) {
            refused = "only a head office may ask this node to transmit documents";
        } else {
            try {
                preparation.prepareXmlForTransmission(t.xml().getBytes(StandardCharsets.UTF_8), t.externalId(), false);
                return;
            } catch (DomainException e) {
                refused = e.getMessage();
            }
        }
        RelayRefusal f = new RelayRefusal();
        f.id = Ids.newId();
        f.nodeCode = node.code;
        f.externalId = t.externalId();
        f.fsrarId = t.fsrarId();
        f.docType = t.docType();
        f.reason = cut(refused == null ? "refused" : refused);
        f.createdAt = Instant.now(clock);
        em.persist(f);
        journal.register(node.code, RelayRegistration.Kind.REFUSAL, f.id);
    }

    private void documentState(RelayNode node, RelayChange.DocumentState s) {
        List<RemoteDocument> known = em.createQuery("from RemoteDocument where nodeCode = :n and remoteId = :r",
                RemoteDocument.class).setParameter("n", node.code).setParameter("r", s.id()).getResultList();
        RemoteDocument d = !known.isEmpty() ? known.get(0)
                : s.externalId() != null ? byExternalId(node.code, s.externalId(), s.fsrarId())
                : newRemote(node.code, s.fsrarId());
        d.remoteId = s.id();
        d.externalId = s.externalId();
        d.fsrarId = s.fsrarId();
        d.docType = s.docType();
        d.status = s.status().name();
        d.replyId = s.replyId();
        d.lastError = cut(s.lastError());
        d.remoteCreatedAt = s.createdAt();
        d.remoteUpdatedAt = s.updatedAt();
        d.updatedAt = Instant.now(clock);
    }

    private void incomingState(RelayNode node, RelayChange.IncomingState i) {
        List<RemoteIncoming> known = em.createQuery("from RemoteIncoming where nodeCode = :n and remoteId = :r",
                RemoteIncoming.class).setParameter("n", node.code).setParameter("r", i.id()).getResultList();
        RemoteIncoming d = known.isEmpty() ? null : known.get(0);
        if (d == null) {
            d = new RemoteIncoming();
            d.id = Ids.newId();
            d.nodeCode = node.code;
            d.remoteId = i.id();
        }
        d.fsrarId = i.fsrarId();
        d.docType = i.docType();
        d.replyId = i.replyId();
        d.status = i.status();
        d.receivedAt = i.receivedAt();
        d.xml = i.xml();
        d.updatedAt = Instant.now(clock);
        if (known.isEmpty()) {
            em.persist(d);
        }
    }

    /** The view row of a document asked for under that externalId (one made now if there is none). */
    private RemoteDocument byExternalId(String node, String externalId, String fsrarId) {
        List<RemoteDocument> known = em.createQuery("from RemoteDocument where nodeCode = :n and externalId = :e "
                        + "and fsrarId = :f", RemoteDocument.class).setParameter("n", node).setParameter("e", externalId)
                .setParameter("f", fsrarId).getResultList();
        if (!known.isEmpty()) {
            return known.get(0);
        }
        RemoteDocument d = newRemote(node, fsrarId);
        d.externalId = externalId;
        return d;
    }

    private RemoteDocument newRemote(String node, String fsrarId) {
        RemoteDocument d = new RemoteDocument();
        d.id = Ids.newId();
        d.nodeCode = node;
        d.fsrarId = fsrarId;
        d.status = RemoteDocument.TO_STORE;
        d.updatedAt = Instant.now(clock);
        em.persist(d);
        return d;
    }

    private static String cut(String s) {
        return s == null || s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT);
    }
}
