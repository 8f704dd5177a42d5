package ru.egais.exchange.relay;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import ru.egais.exchange.document.ChangeLogged;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Registers changes for peers in the transaction of the change itself (1C's регистрация изменений): every
 * logged step of a document or an incoming document for each head-office peer, and what a node asks of its peer.
 */
@ApplicationScoped
public class RelayJournal implements PanacheRepositoryBase<RelayRegistration, String> {

    private final Clock clock;
    /** Codes of head-office peers; read on every logged step, so kept here and reloaded when nodes change. */
    private volatile List<String> headOffices;

    public RelayJournal(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onChangeLogged(@Observes ChangeLogged change) {
        List<String> peers = headOffices();
        if (peers.isEmpty()) {
            return;
        }
        RelayRegistration.Kind kind = change.documentId() != null ? RelayRegistration.Kind.DOCUMENT
                : RelayRegistration.Kind.INCOMING;
        String id = change.documentId() != null ? change.documentId() : change.incomingId();
        for (String peer : peers) {
            register(peer, kind, id);
        }
    }

    /** Registers (again) that an object changed for a peer: its state goes in the peer's next message. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void register(String nodeCode, RelayRegistration.Kind kind, String entityId) {
        String id = RelayRegistration.idOf(nodeCode, kind, entityId);
        RelayRegistration r = findById(id);
        if (r == null) {
            r = new RelayRegistration();
            r.id = id;
            r.nodeCode = nodeCode;
            r.kind = kind;
            r.entityId = entityId;
            r.registeredAt = Instant.now(clock);
            persist(r);
        } else {
            // changed again after a message carried it: an acknowledgement of that message must not remove it
            r.messageNo = null;
            r.registeredAt = Instant.now(clock);
        }
    }

    /** Marks what no message carried yet as carried by {@code number}; returns everything not acknowledged. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RelayRegistration> assignToMessage(String nodeCode, long number) {
        List<RelayRegistration> pending = list("nodeCode = ?1 order by registeredAt, id", nodeCode);
        for (RelayRegistration r : pending) {
            if (r.messageNo == null) {
                r.messageNo = number;
            }
        }
        return pending;
    }

    /**
     * The peer applied our messages up to {@code ack}: what they carried is dropped. A bulk delete, so it runs
     * before anything in the same transaction loads registrations.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long acknowledge(String nodeCode, long ack) {
        return delete("nodeCode = ?1 and messageNo is not null and messageNo <= ?2", nodeCode, ack);
    }

    public long pending(String nodeCode) {
        return count("nodeCode", nodeCode);
    }

    /** Forgets the cached peer list (a node was saved or removed). */
    public void peersChanged() {
        headOffices = null;
    }

    private List<String> headOffices() {
        List<String> peers = headOffices;
        if (peers == null) {
            peers = getEntityManager().createQuery("select n.code from RelayNode n where n.peerRole = :role",
                    String.class).setParameter("role", PeerRole.HEAD_OFFICE).getResultList();
            headOffices = List.copyOf(peers);
        }
        return peers;
    }
}
