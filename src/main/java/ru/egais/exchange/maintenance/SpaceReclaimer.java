package ru.egais.exchange.maintenance;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives the pages freed by removed bodies back to the file system (SQLite only; PostgreSQL's autovacuum reuses them).
 * A database made with {@code auto_vacuum=incremental} (every new one: see the JDBC URL) is shrunk in steps, each a
 * short write on the service's own connection, so documents posted meanwhile wait milliseconds. A database made
 * before that setting is converted by one {@code VACUUM} — it holds the connection for as long as it rewrites the
 * file, which is why retention runs at night — and is shrunk in steps from then on.
 */
@ApplicationScoped
class SpaceReclaimer {

    private static final Logger LOG = Logger.getLogger(SpaceReclaimer.class);
    /** Pages freed per step: 16 MB at SQLite's default 4 KB page. */
    static final int STEP_PAGES = 4096;
    private static final int INCREMENTAL = 2;

    private final AgroalDataSource dataSource;
    private final DatabaseFile database;

    SpaceReclaimer(AgroalDataSource dataSource, DatabaseFile database) {
        this.dataSource = dataSource;
        this.database = database;
    }

    void reclaim() {
        if (!database.embedded()) {
            return;
        }
        try {
            if (pragma("auto_vacuum") != INCREMENTAL) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    LOG.info("Converting the database to incremental vacuum (one VACUUM; writes wait meanwhile)");
                    s.execute("PRAGMA auto_vacuum = INCREMENTAL");
                    s.execute("VACUUM");
                }
                return;
            }
            long free = pragma("freelist_count");
            while (free > 0) {
                try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                    // Each step must run to completion: stepping the statement's result set to its end does that.
                    try (ResultSet ignored = s.executeQuery("PRAGMA incremental_vacuum(" + STEP_PAGES + ")")) {
                        while (ignored.next()) {
                            // no rows expected
                        }
                    } catch (SQLException noRows) {
                        if (!String.valueOf(noRows.getMessage()).contains("does not return ResultSet")) {
                            throw noRows;
                        }
                    }
                }
                long left = pragma("freelist_count");
                if (left >= free) {
                    LOG.warnf("Incremental vacuum made no progress (%d free pages left)", left);
                    return;
                }
                free = left;
            }
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                // Fold the write-ahead log back so the file's size on disk is what it holds.
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not reclaim the database's free space: " + e.getMessage(), e);
        }
    }

    private long pragma(String name) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }
}
