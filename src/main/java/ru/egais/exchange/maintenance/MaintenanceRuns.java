package ru.egais.exchange.maintenance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import ru.egais.exchange.common.Ids;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Records backup and retention runs, each in a transaction of its own, and finds the last of each kind. */
@ApplicationScoped
public class MaintenanceRuns {

    private final EntityManager em;
    private final Clock clock;

    public MaintenanceRuns(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    void recordBackup(Instant startedAt, BackupResult result) {
        MaintenanceRun run = start(MaintenanceRun.Kind.BACKUP, startedAt);
        run.path = result.path();
        run.sizeBytes = result.sizeBytes();
        run.standsFor = result.standsFor();
        run.finishedAt = result.finishedAt();
        persist(run);
    }

    void recordRetention(Instant startedAt, RetentionResult result) {
        MaintenanceRun run = start(MaintenanceRun.Kind.RETENTION, startedAt);
        run.standsFor = result.removedBefore();
        run.bodiesRemoved = result.bodiesRemoved();
        run.charsRemoved = result.charactersRemoved();
        run.sizeBytes = result.databaseBytesAfter();
        run.finishedAt = clock.instant();
        persist(run);
    }

    void recordFailure(MaintenanceRun.Kind kind, Instant startedAt, String path, String error) {
        MaintenanceRun run = start(kind, startedAt);
        run.path = path;
        run.error = error.length() > 4000 ? error.substring(0, 4000) : error;
        run.finishedAt = clock.instant();
        persist(run);
    }

    /** The last run of a kind, failed or not. */
    public Optional<MaintenanceRun> last(MaintenanceRun.Kind kind) {
        return QuarkusTransaction.joiningExisting().call(() -> first(em.createQuery(
                "from MaintenanceRun where kind = :k order by startedAt desc, finishedAt desc", MaintenanceRun.class)
                .setParameter("k", kind)));
    }

    /** Bodies removed by every retention run so far. */
    public long totalBodiesRemoved() {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Long sum = em.createQuery("select sum(bodiesRemoved) from MaintenanceRun where kind = :k", Long.class)
                    .setParameter("k", MaintenanceRun.Kind.RETENTION).getSingleResult();
            return sum == null ? 0L : sum;
        });
    }

    private static Optional<MaintenanceRun> first(jakarta.persistence.TypedQuery<MaintenanceRun> query) {
        List<MaintenanceRun> rows = query.setMaxResults(1).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    private static MaintenanceRun start(MaintenanceRun.Kind kind, Instant startedAt) {
        MaintenanceRun run = new MaintenanceRun();
        run.id = Ids.newId();
        run.kind = kind;
        run.startedAt = startedAt;
        return run;
    }

    private void persist(MaintenanceRun run) {
        QuarkusTransaction.requiringNew().run(() -> em.persist(run));
    }
}
