package ru.egais.exchange.common;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Brings the database to the current schema (queue-schema/) before anything else runs. It creates the data
 * directory first: SQLite creates the database file but not its folder, and a shop's first start must just work.
 */
@ApplicationScoped
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class);

    @ConfigProperty(name = "egais.data-dir")
    String dataDir;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event, Flyway flyway) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            try {
                Files.createDirectories(Path.of(dataDir));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the data directory " + dataDir, e);
            }
            LOG.infof("Embedded database in %s", Path.of(dataDir).toAbsolutePath());
            makeNewDatabaseIncremental(flyway.getConfiguration().getDataSource());
        }
        var result = flyway.migrate();
        // From the migration's own result: flyway.info() would scan the migrations and the history once more.
        LOG.infof("Database schema at version %s (%d migrations applied now)",
                result.targetSchemaVersion != null ? result.targetSchemaVersion
                        : result.initialSchemaVersion != null ? result.initialSchemaVersion : "none",
                result.migrationsExecuted);
    }

    /**
     * All pending migrations in one transaction: a new database's 17 would otherwise be 17 durable commits
     * ({@code synchronous=FULL}), and a failed migration still leaves the schema where it was, as it does alone.
     * Every migration can run in a transaction on both databases (no {@code CREATE INDEX CONCURRENTLY}, no PRAGMA).
     */
    @jakarta.inject.Singleton
    static class GroupedMigrations implements io.quarkus.flyway.FlywayConfigurationCustomizer {
        @Override
        public void customize(org.flywaydb.core.api.configuration.FluentConfiguration configuration) {
            configuration.group(true);
        }
    }

    /**
     * A new SQLite database gets {@code auto_vacuum=INCREMENTAL} before its first table (the only time it is free):
     * retention can then give removed bodies' pages back in short steps instead of one long VACUUM.
     */
    private static void makeNewDatabaseIncremental(javax.sql.DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.Statement s = c.createStatement()) {
            boolean empty;
            try (java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                empty = r.next() && r.getInt(1) == 0;
            }
            if (empty) {
                s.execute("PRAGMA auto_vacuum = INCREMENTAL");
                s.execute("VACUUM"); // writes the setting into the new file's header
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot prepare the new database: " + e.getMessage(), e);
        }
    }
}
