package ru.egais.exchange.maintenance;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The daily backup into the configured folder, named {@code egais-<yyyyMMdd-HHmmss>.db} by local time, keeping the
 * newest {@code keep} of them. Only files with that name pattern are ever deleted from the folder.
 */
@ApplicationScoped
public class ScheduledBackups {

    private static final Logger LOG = Logger.getLogger(ScheduledBackups.class);
    static final Pattern NAME = Pattern.compile("egais-\\d{8}-\\d{6}\\.db");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupService backups;
    private final MaintenanceConfig config;
    private final Clock clock;
    private final ZoneId zone = ZoneId.systemDefault();

    public ScheduledBackups(BackupService backups, MaintenanceConfig config, Clock clock) {
        this.backups = backups;
        this.config = config;
        this.clock = clock;
    }

    /** Takes the day's backup if a folder is configured and its time of day has passed since the last one. */
    public Optional<BackupResult> takeIfDue() {
        Optional<String> folder = config.backup().folder().filter(f -> !f.isBlank());
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant last = newestIn(Path.of(folder.get()));
        if (!DailyMoment.due(now, config.backup().timeOfDay(), zone, last)) {
            return Optional.empty();
        }
        return Optional.of(takeInto(Path.of(folder.get()), now));
    }

    /** Writes a backup named by {@code now} into {@code folder} (created if missing) and prunes the old ones. */
    public BackupResult takeInto(Path folder, Instant now) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the backup folder " + folder, e);
        }
        BackupResult result = backups.backup(folder.resolve("egais-" + STAMP.format(now.atZone(zone)) + ".db")
                .toString());
        prune(folder, config.backup().keep());
        return result;
    }

    /** The moment the newest scheduled backup in the folder was named by (the files are the record). */
    private Instant newestIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> NAME.matcher(n).matches()).max(String::compareTo)
                    .map(n -> java.time.LocalDateTime.parse(n.substring(6, 21), STAMP).atZone(zone).toInstant())
                    .orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backup folder " + folder, e);
        }
    }

    static void prune(Path folder, int keep) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> ours = files.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
                    .sorted().toList(); // the name's stamp sorts by time
            for (Path old : ours.subList(0, Math.max(0, ours.size() - Math.max(1, keep)))) {
                Files.deleteIfExists(old);
                LOG.infof("Old backup %s deleted (keeping %d)", old, keep);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune the backup folder " + folder, e);
        }
    }
}
