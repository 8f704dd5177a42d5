package ru.egais.exchange.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.inbox.IncomingDocument;
import ru.egais.exchange.inbox.IncomingQueries;

import java.util.Optional;

/** The current state of a registered object, as a change to carry; empty when the object no longer exists. */
@ApplicationScoped
public class RelayStates {

    private final EntityManager em;
    private final IncomingQueries incoming;

    public RelayStates(EntityManager em, IncomingQueries incoming) {
        this.em = em;
        this.incoming = incoming;
    }

    public Optional<RelayChange> stateOf(RelayRegistration r) {
        switch (r.kind) {
            case DOCUMENT: {
                Document d = em.find(Document.class, r.entityId);
                return d == null ? Optional.empty() : Optional.of(new RelayChange.DocumentState(d.id, d.externalId,
                        d.fsrarId, d.docType, d.status, d.replyId, d.lastError, d.createdAt, d.updatedAt));
            }
            case INCOMING: {
                IncomingDocument d = em.find(IncomingDocument.class, r.entityId);
                return d == null ? Optional.empty() : Optional.of(new RelayChange.IncomingState(d.id, d.fsrarId,
                        d.docType, d.replyId, d.status.name(), d.receivedAt, incoming.getIncomingXml(d.id)));
            }
            case TRANSMIT: {
                RelayTransmit t = em.find(RelayTransmit.class, r.entityId);
                return t == null ? Optional.empty()
                        : Optional.of(new RelayChange.Transmit(t.externalId, t.fsrarId, t.docType, t.xml));
            }
            case REFUSAL: {
                RelayRefusal f = em.find(RelayRefusal.class, r.entityId);
                return f == null ? Optional.empty()
                        : Optional.of(new RelayChange.Refusal(f.externalId, f.fsrarId, f.docType, f.reason));
            }
            default:
                throw new IllegalArgumentException("no state for " + r.kind);
        }
    }
}
