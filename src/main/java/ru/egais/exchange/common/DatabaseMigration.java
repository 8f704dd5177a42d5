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
        }
        var result = flyway.migrate();
        LOG.infof("Database schema at version %s (%d migrations applied now)",
                flyway.info().current() == null ? "none" : flyway.info().current().getVersion(),
                result.migrationsExecuted);
    }
}
