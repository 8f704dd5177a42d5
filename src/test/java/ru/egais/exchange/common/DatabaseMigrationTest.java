package ru.egais.exchange.common;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The migration a new store's first start runs: every pending migration in one transaction, so one commit. */
@QuarkusTest
class DatabaseMigrationTest {

    @Inject
    Flyway flyway;

    @Test
    void pendingMigrationsRunAsOneGroup() {
        assertThat(flyway.getConfiguration().isGroup()).isTrue();
        assertThat(flyway.info().pending()).as("the start migrated everything").isEmpty();
        assertThat(flyway.info().current().getVersion().getVersion()).isEqualTo(newestMigration());
    }

    /** The highest V<n>__ in queue-schema/, the folder the build packs. */
    private static String newestMigration() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("queue-schema"))) {
            return String.valueOf(files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
