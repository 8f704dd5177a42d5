package ru.egais.exchange.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.StateConflict;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;

/**
 * Online backup of the embedded database with {@code VACUUM INTO}: it reads one consistent snapshot on a connection
 * of its own (WAL lets the service's writer go on meanwhile) and writes a compact, self-contained database file.
 * The copy is written under {@code <name>.part} and renamed when complete, so a file with the asked name is always
 * a whole backup.
 */
@ApplicationScoped
public class BackupService {

    private static final Logger LOG = Logger.getLogger(BackupService.class);

    private final DatabaseFile database;
    private final MaintenanceRuns runs;
    private final Clock clock;

    public BackupService(DatabaseFile database, MaintenanceRuns runs, Clock clock) {
        this.database = database;
        this.runs = runs;
        this.clock = clock;
    }

    /** Writes a backup to {@code requested} (a new file in an existing folder) and records it. */
    public synchronized BackupResult backup(String requested) {
        if (!database.embedded()) {
            throw new StateConflict("the database is PostgreSQL: back it up with pg_dump (see the README)");
        }
        Path target = checkedTarget(requested);
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Instant startedAt = clock.instant();
        try {
            Files.deleteIfExists(part); // left by a backup cut off before (a crash), never a finished one
            // Everything committed before this instant is in the snapshot VACUUM INTO reads, which begins after it.
            Instant standsFor = clock.instant();
            try (Connection c = database.open(); PreparedStatement vacuum = c.prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, part.toString());
                vacuum.execute();
            }
            move(part, target);
            BackupResult result = new BackupResult(target.toString(), Files.size(target), standsFor, clock.instant());
            runs.recordBackup(startedAt, result);
            LOG.infof("Backup written to %s (%d bytes)", target, result.sizeBytes());
            return result;
        } catch (SQLException | IOException | RuntimeException e) {
            deleteQuietly(part);
            runs.recordFailure(MaintenanceRun.Kind.BACKUP, startedAt, target.toString(), e.toString());
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    private static Path checkedTarget(String requested) {
        if (requested == null || requested.isBlank()) {
            throw RequestInvalid.of("path", "is required: the file to write the backup to");
        }
        Path target;
        try {
            target = Path.of(requested).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw RequestInvalid.of("path", "is not a valid path: " + e.getReason());
        }
        if (target.getParent() == null || !Files.isDirectory(target.getParent())) {
            throw RequestInvalid.of("path", "must be in an existing folder: " + target.getParent());
        }
        // Never overwrite: the path may name the database itself, an older backup or any other file.
        if (Files.exists(target)) {
            throw new StateConflict("a file already exists at " + target + "; a backup never overwrites one");
        }
        return target;
    }

    private static void move(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target);
        }
    }

    private static void deleteQuietly(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warnf("Could not delete the unfinished backup %s: %s", part, e.getMessage());
        }
    }
}
