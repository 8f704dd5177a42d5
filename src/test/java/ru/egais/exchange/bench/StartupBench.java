package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Time from launching the packaged service to ready, and its resident memory then (targets < 2 s, < 200 MB): the jar,
 * or the native binary under {@code -Pbench,native}.
 */
class StartupBench {

    @Test
    void startupTimeAndMemory() throws Exception {
        if (System.getProperty("native.image.path") != null) {
            measure("start-up to ready and RSS, native binary (3 runs)", List.of(), false);
            measure("restart on an existing database, native binary (3 runs)", List.of(), true);
            return;
        }
        measure("start-up to ready and RSS, JVM mode, default heap (3 runs)", List.of(), false);
        // What a store PC would run with: a bounded heap, the serial collector, C1 only at start.
        List<String> small = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m", "-XX:TieredStopAtLevel=1");
        measure("start-up to ready and RSS, JVM mode, " + String.join(" ", small) + " (3 runs)", small, false);
        // A shop's every-day start: the database exists, so no migration runs.
        measure("restart on an existing database, JVM mode, " + String.join(" ", small) + " (3 runs)", small, true);
        Path cds = Path.of("target/quarkus-app/app-cds.jsa");
        if (Files.isRegularFile(cds)) { // packaged with -Dquarkus.package.jar.appcds.enabled=true
            List<String> withCds = new java.util.ArrayList<>(List.of("-XX:SharedArchiveFile=" + cds));
            measure("restart on an existing database, JVM mode, AppCDS, default heap (3 runs)", withCds, true);
        }
    }

    private static void measure(String name, List<String> jvm, boolean existingDatabase) throws Exception {
        StringBuilder runs = new StringBuilder();
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-startup-");
        if (existingDatabase) {
            ServiceProcess.start(dir, dir.resolve("first.log"), Map.of(), jvm).close();
        }
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            Path data = existingDatabase ? dir : Files.createTempDirectory(Path.of("target"), "bench-startup-");
            try (ServiceProcess service = ServiceProcess.start(data, data.resolve("service-" + i + ".log"), Map.of(), jvm)) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                Thread.sleep(1_000);
                runs.append(String.format("%s%.2f s / %d MB", runs.length() == 0 ? "" : "; ", seconds,
                        BenchReport.rssMegabytes(service.pid())));
            }
        }
        BenchReport.record(name, runs.toString());
    }
}
