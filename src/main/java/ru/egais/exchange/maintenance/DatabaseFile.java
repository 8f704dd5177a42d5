package ru.egais.exchange.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The embedded database's file, and connections of its own to it: a backup reads on a connection apart from the
 * service's single pooled one, so documents keep being written (WAL) while the copy is made.
 */
@ApplicationScoped
public class DatabaseFile {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    /** Whether the database is the embedded SQLite file (PostgreSQL is backed up with pg_dump). */
    public boolean embedded() {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /** The database file. */
    public Path path() {
        String rest = jdbcUrl.substring("jdbc:sqlite:".length());
        int q = rest.indexOf('?');
        return Path.of(q < 0 ? rest : rest.substring(0, q)).toAbsolutePath();
    }

    /** Bytes on disk: the file and its write-ahead log (which holds committed changes not yet checkpointed). */
    public Optional<Long> sizeOnDisk() {
        if (!embedded()) {
            return Optional.empty();
        }
        Path file = path();
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Optional.of(Files.size(file) + (Files.exists(wal) ? Files.size(wal) : 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new connection of its own, with the service's own settings (WAL, busy timeout) taken from its URL. */
    public Connection open() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }
}
