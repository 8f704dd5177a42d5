package ru.egais.exchange.maintenance;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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

    @Inject
    AgroalDataSource dataSource;

    private volatile Path file;

    /** Whether the database is the embedded SQLite file (PostgreSQL is backed up with pg_dump). */
    public boolean embedded() {
        return jdbcUrl.startsWith("jdbc:sqlite:");
    }

    /** The database file, as the service's own connection has it open (not as the URL is re-read). */
    public Path path() {
        if (file == null) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("PRAGMA database_list")) {
                while (r.next()) {
                    if ("main".equals(r.getString("name"))) {
                        file = Path.of(r.getString("file")).toAbsolutePath();
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot find the database file: " + e.getMessage(), e);
            }
            if (file == null) {
                throw new IllegalStateException("the database has no main file");
            }
        }
        return file;
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

    /** A new connection of its own to the same file, waiting for the writer as the service's does. */
    public Connection open() throws SQLException {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setBusyTimeout(10_000);
        return DriverManager.getConnection("jdbc:sqlite:" + path(), config.toProperties());
    }
}
