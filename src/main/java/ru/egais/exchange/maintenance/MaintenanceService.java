package ru.egais.exchange.maintenance;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/** Gathers the maintenance status: database size, oldest body kept, last backup and retention run. */
@ApplicationScoped
public class MaintenanceService {

    private final EntityManager em;
    private final DatabaseFile database;
    private final MaintenanceRuns runs;
    private final MaintenanceConfig config;

    public MaintenanceService(EntityManager em, DatabaseFile database, MaintenanceRuns runs, MaintenanceConfig config) {
        this.em = em;
        this.database = database;
        this.runs = runs;
        this.config = config;
    }

    public MaintenanceStatus status() {
        Instant oldest = QuarkusTransaction.joiningExisting().call(() -> em.createQuery(
                "select min(receivedAt) from IncomingDocument where bodyRemovedAt is null", Instant.class)
                .getSingleResult());
        return new MaintenanceStatus(database.embedded() ? "sqlite" : "postgresql",
                database.embedded() ? database.path().toString() : null, database.sizeOnDisk().orElse(null),
                oldest, config.retention().maxAge().toDays(), runs.totalBodiesRemoved(),
                runs.last(MaintenanceRun.Kind.BACKUP).map(MaintenanceStatus.Run::of).orElse(null),
                runs.last(MaintenanceRun.Kind.RETENTION).map(MaintenanceStatus.Run::of).orElse(null),
                config.backup().folder().orElse(null));
    }
}
