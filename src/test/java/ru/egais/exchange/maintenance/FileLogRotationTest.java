package ru.egais.exchange.maintenance;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The file log the service installs switch on (EGAIS_LOG_FILE, the application's quarkus.log.file.* settings) is
 * rotated by size and capped: never more than the count of old files, none much over the size, written in UTF-8.
 */
@QuarkusTest
@TestProfile(FileLogRotationTest.SmallLogFiles.class)
class FileLogRotationTest {

    /** Fixed: the class is loaded by JUnit and again by Quarkus, so a random name would differ between the two. */
    static final Path DIR = Path.of("target/test-logs/rotation");

    /** The service installs' settings, with a size small enough to rotate in a test. */
    public static class SmallLogFiles implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try (Stream<Path> old = Files.exists(DIR) ? Files.list(DIR) : Stream.empty()) {
                for (Path p : old.toList()) {
                    Files.delete(p); // read before the service starts: no file is open yet
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.of("EGAIS_LOG_FILE", "true", "EGAIS_LOG_DIR", DIR.toString(),
                    "EGAIS_LOG_FILE_SIZE", "4K", "EGAIS_LOG_FILE_COUNT", "3");
        }
    }

    @Test
    void theFileLogRotatesBySizeKeepsTheConfiguredCountAndIsUtf8() throws Exception {
        Logger log = Logger.getLogger("ru.egais.exchange.maintenance.FileLogRotationTest");
        for (int i = 0; i < 2000; i++) {
            log.infof("строка журнала %d: документ принят", i);
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(DIR)) {
            files = listed.sorted().toList();
        }
        assertThat(files.stream().map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                "egais-exchange.log", "egais-exchange.log.1", "egais-exchange.log.2", "egais-exchange.log.3");
        for (Path file : files) {
            assertThat(Files.size(file)).as(file.toString()).isLessThanOrEqualTo(4096 + 512);
        }
        assertThat(Files.readString(DIR.resolve("egais-exchange.log"), StandardCharsets.UTF_8))
                .contains("строка журнала 1999: документ принят");
    }
}
