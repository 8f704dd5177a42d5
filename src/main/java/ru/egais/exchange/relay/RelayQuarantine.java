package ru.egais.exchange.relay;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Message files of a peer set aside: unreadable, oversized, a symbolic link or not what their name says. Recorded
 * (not moved: an FTP server or a mailbox may not let us) so that they are never read again and a valid message
 * beside them is applied; the peer re-sends what they carried, because we never acknowledge them. Counted in
 * {@code egais_relay_quarantined_total} by node.
 */
@ApplicationScoped
public class RelayQuarantine {

    /** A file set aside, as the API shows it. */
    public record View(String fileName, String reason, Instant quarantinedAt) {
    }

    private final EntityManager em;
    private final MeterRegistry registry;
    private final Clock clock;

    public RelayQuarantine(EntityManager em, MeterRegistry registry, Clock clock) {
        this.em = em;
        this.registry = registry;
        this.clock = clock;
    }

    @Transactional
    public Set<String> names(String code) {
        return new HashSet<>(em.createQuery("select q.fileName from RelayQuarantined q where q.nodeCode = :n",
                String.class).setParameter("n", code).getResultList());
    }

    @Transactional
    public void setAside(String code, String fileName, String reason) {
        String id = RelayQuarantined.idOf(code, fileName);
        if (em.find(RelayQuarantined.class, id) != null) {
            return;
        }
        RelayQuarantined q = new RelayQuarantined();
        q.id = id;
        q.nodeCode = code;
        q.fileName = fileName;
        q.reason = reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        q.quarantinedAt = Instant.now(clock);
        em.persist(q);
        Counter.builder("egais.relay.quarantined").description("Message files of a peer set aside, never applied")
                .tag("node", code).register(registry).increment();
    }

    @Transactional
    public long count(String code) {
        return em.createQuery("select count(q) from RelayQuarantined q where q.nodeCode = :n", Long.class)
                .setParameter("n", code).getSingleResult();
    }

    @Transactional
    public List<View> list(String code) {
        return em.createQuery("from RelayQuarantined where nodeCode = :n order by quarantinedAt desc, fileName",
                        RelayQuarantined.class).setParameter("n", code).getResultList().stream()
                .map(q -> new View(q.fileName, q.reason, q.quarantinedAt)).toList();
    }
}
