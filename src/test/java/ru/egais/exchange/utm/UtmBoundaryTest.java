package ru.egais.exchange.utm;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UTM adapter's edge holds: outside {@code utm}, no class reads or writes EGAIS XML itself (no parser type, no
 * {@code utm.xml} or {@code utm.spec}) and none calls UTM but through {@link UtmGateway}. The simulator (a UTM of
 * its own) and the relay's own message format are the two agreed exceptions.
 */
class UtmBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/ru/egais/exchange");
    private static final Pattern XML_INSIDE = Pattern.compile(
            "javax\\.xml|XMLStream|org\\.codehaus\\.stax2|com\\.ctc\\.wstx|ru\\.egais\\.exchange\\.utm\\.(xml|spec)\\b");
    private static final Pattern UTM_INTERNALS = Pattern.compile("\\b(UtmClient|UtmChequeClient|UtmTransport)\\b");

    @Test
    void noClassOutsideUtmTouchesXmlOrTheUtmInternals() throws IOException {
        List<String> leaks;
        try (Stream<Path> files = Files.walk(MAIN)) {
            leaks = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(MAIN.resolve("utm")) && !f.startsWith(MAIN.resolve("simulator"))
                            && !f.startsWith(MAIN.resolve("relay/xml")))
                    .flatMap(UtmBoundaryTest::leaksIn)
                    .toList();
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void noClassOfTheAdapterOrTheSimulatorIsOver300Lines() throws IOException {
        List<String> large;
        try (Stream<Path> files = Stream.concat(Files.walk(MAIN.resolve("utm")), Files.walk(MAIN.resolve("simulator")))) {
            large = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 300)
                    .map(f -> f + ": " + lines(f) + " lines").toList();
        }
        assertThat(large).isEmpty();
    }

    private static Stream<String> leaksIn(Path file) {
        List<String> lines = read(file);
        return java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> XML_INSIDE.matcher(lines.get(i)).find() || UTM_INTERNALS.matcher(lines.get(i)).find())
                .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
    }

    private static long lines(Path file) {
        return read(file).size();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
