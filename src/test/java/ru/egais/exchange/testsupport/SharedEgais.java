package ru.egais.exchange.testsupport;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Access to ../shared/egais (official XSDs, real UTM documents). They are never copied into the project;
 * a test that needs them is skipped, not failed, where the folder is absent.
 */
public final class SharedEgais {

    private SharedEgais() {
    }

    public static Path dir() {
        String configured = System.getProperty("egais.shared.dir", "../shared/egais");
        Path dir = Path.of(configured);
        Assumptions.assumeTrue(Files.isDirectory(dir), "shared EGAIS data not present at " + dir.toAbsolutePath());
        return dir;
    }

    public static Path xsd() {
        return dir().resolve("xsd");
    }

    public static Path utm402Xsd() {
        return dir().resolve("xsd").resolve("utm-4.0.2");
    }

    public static String sample(String relative) {
        try {
            return Files.readString(dir().resolve("samples").resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
