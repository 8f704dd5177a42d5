package ru.egais.exchange.cluster;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Named leases in the shared database (table exchange_lease): a job that must run on one instance at a time — an
 * organization's exchange, the event publisher — takes its lease first. A lease is taken when it is free, expired
 * or already ours (a guarded UPDATE), kept alive by {@link Heartbeat}, and released after. On SQLite the process is
 * the only writer, so every lease is granted without touching the database.
 */
@ApplicationScoped
public class Leases {

    private static final Logger LOG = Logger.getLogger(Leases.class);

    private final EntityManager em;
    private final Instance instance;
    private final Clock clock;
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    public Leases(EntityManager em, Instance instance, Clock clock) {
        this.em = em;
        this.instance = instance;
        this.clock = clock;
    }

    /** Takes the lease unless another live instance holds it; never called inside a transaction. */
    public boolean tryAcquire(String name) {
        if (!instance.sharedDatabase()) {
            return true;
        }
        Instant now = Instant.now(clock);
        Instant until = now.plus(instance.lease());
        try {
            int taken = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                            "update ExchangeLease l set l.owner = :me, l.leaseUntil = :until "
                                    + "where l.name = :name and (l.owner is null or l.owner = :me or l.leaseUntil < :now)")
                    .setParameter("me", instance.id()).setParameter("until", until).setParameter("name", name)
                    .setParameter("now", now).executeUpdate());
            if (taken == 0 && QuarkusTransaction.requiringNew().call(() -> em.find(ExchangeLease.class, name)) == null) {
                // No row yet: the first instance to insert it holds it (the other's insert fails on the key).
                QuarkusTransaction.requiringNew().run(() -> {
                    ExchangeLease lease = new ExchangeLease();
                    lease.name = name;
                    lease.owner = instance.id();
                    lease.leaseUntil = until;
                    em.persist(lease);
                });
                taken = 1;
            }
            if (taken > 0) {
                held.add(name);
            }
            return taken > 0;
        } catch (RuntimeException e) {
            LOG.debugf(e, "lease %s not taken", name);
            return false;
        }
    }

    /** Gives the lease up so another instance can take it at once rather than after it expires. */
    public void release(String name) {
        if (!instance.sharedDatabase() || !held.remove(name)) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> em.createQuery(
                        "update ExchangeLease l set l.owner = null, l.leaseUntil = null where l.name = :name and l.owner = :me")
                .setParameter("name", name).setParameter("me", instance.id()).executeUpdate());
    }

    /** Extends every lease this instance holds (called by the heartbeat, in its transaction). */
    public int extendHeld(Instant until) {
        if (held.isEmpty()) {
            return 0;
        }
        return em.createQuery("update ExchangeLease l set l.leaseUntil = :until where l.owner = :me")
                .setParameter("until", until).setParameter("me", instance.id()).executeUpdate();
    }
}
