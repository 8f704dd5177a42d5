package ru.egais.exchange.inbox;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Files under {@code <data-dir>/spool} that hold a document between its download from UTM and its store in the
 * database, so the download happens outside any transaction and never in memory. Whatever a crash left here is
 * still in UTM (nothing is deleted there before it is stored), so it is removed at start.
 */
@ApplicationScoped
public class IncomingSpool {

    private final Path dir;

    public IncomingSpool(@ConfigProperty(name = "egais.data-dir") String dataDir) {
        this.dir = Path.of(dataDir, "spool");
    }

    void clearLeftovers(@Observes StartupEvent event) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + dir, e);
        }
    }

    /** A new empty file; the caller deletes it once done. */
    Path newFile() {
        try {
            Files.createDirectories(dir);
            return Files.createTempFile(dir, "incoming-", ".deflated");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a spool file in " + dir, e);
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Removed at the next start at the latest.
        }
    }
}
