package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Time from launching the packaged service to ready, and its resident memory then: the jar, or the native binary
 * under {@code -Pbench,native}. In JVM mode the goal is relative: at most 1.3× a bare Quarkus + Hibernate ORM +
 * SQLite app ({@code src/test/bench-baseline}, packaged by this bench) started in the same run, the two alternating
 * ({@code -Dbench.startup.rounds=}, 5) so that the machine's load weighs on both alike.
 */
class StartupBench {

    static final int ROUNDS = Integer.getInteger("bench.startup.rounds", 5);
    static final Path BASELINE = Path.of("src/test/bench-baseline");

    @Test
    void startupTimeAndMemory() throws Exception {
        if (System.getProperty("native.image.path") != null) {
            measure("start-up to ready and RSS, native binary (3 runs)", List.of(), false);
            measure("restart on an existing database, native binary (3 runs)", List.of(), true);
            return;
        }
        againstTheBareStack();
        if (Boolean.getBoolean("bench.startup.variants")) {
            // What a store PC would run with: a bounded heap, the serial collector, C1 only at start.
            List<String> small = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m", "-XX:TieredStopAtLevel=1");
            measure("start-up to ready and RSS, JVM mode, " + String.join(" ", small) + " (3 runs)", small, false);
            // A shop's every-day start: the database exists, so no migration runs.
            measure("restart on an existing database, JVM mode, " + String.join(" ", small) + " (3 runs)", small, true);
            Path cds = Path.of("target/quarkus-app/app-cds.jsa");
            if (Files.isRegularFile(cds)) { // packaged with -Dquarkus.package.jar.appcds.enabled=true
                measure("restart on an existing database, JVM mode, AppCDS, default heap (3 runs)",
                        List.of("-XX:SharedArchiveFile=" + cds), true);
            }
        }
    }

    /** The service and the bare stack, fresh data directory each, default heap, alternating. */
    private static void againstTheBareStack() throws Exception {
        String baselineJar = packageBaseline();
        List<Double> service = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        List<Double> ratios = new ArrayList<>();
        List<Double> cpuRatios = new ArrayList<>();
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < ROUNDS; i++) {
            double[] s = startOnce("target/quarkus-app/quarkus-run.jar", "service-" + i);
            double[] b = startOnce(baselineJar, "baseline-" + i);
            service.add(s[0]);
            bare.add(b[0]);
            ratios.add(s[0] / b[0]);
            cpuRatios.add(s[2] / b[2]);
            runs.append(String.format("%sservice %.2f s (CPU %.2f s) / %.0f MB, bare stack %.2f s (CPU %.2f s) / %.0f MB",
                    i == 0 ? "" : "; ", s[0], s[2], s[1], b[0], b[2], b[1]));
        }
        BenchReport.record("start-up to ready and RSS, JVM mode, fresh database, default heap, service vs bare "
                + "Quarkus + Hibernate ORM + SQLite", runs.toString());
        BenchReport.summary("start to ready, JVM, vs a bare Quarkus + Hibernate ORM + SQLite app", String.format(
                "service %s s, bare app %s s, ratio %s (goal <= 1.3); CPU used to ready, ratio %s",
                BenchReport.spread(service, "%.2f"), BenchReport.spread(bare, "%.2f"),
                BenchReport.spread(ratios, "%.2f"), BenchReport.spread(cpuRatios, "%.2f")));
    }

    /**
     * Seconds from launch to ready, resident MB a second later, and the CPU seconds the process had used when it
     * was ready (all threads: on a loaded machine the wall time mostly measures the others' builds).
     */
    private static double[] startOnce(String jar, String name) throws Exception {
        Path data = Files.createTempDirectory(Path.of("target"), "bench-startup-");
        long t0 = System.nanoTime();
        try (ServiceProcess p = ServiceProcess.start(jar, data, data.resolve(name + ".log"), Map.of(), List.of(), Map.of())) {
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpu = QueueDrainBench.processCpuSeconds(p.pid());
            Thread.sleep(1_000);
            return new double[]{seconds, BenchReport.rssMegabytes(p.pid()), cpu};
        }
    }

    /** Packages the bare app once (offline, as the service was built); returns its jar. */
    private static String packageBaseline() throws Exception {
        Path jar = BASELINE.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            Process mvn = new ProcessBuilder("mvn", "-o", "-q", "-f", BASELINE.resolve("pom.xml").toString(),
                    "package", "-DskipTests").redirectErrorStream(true).start();
            String out = new String(mvn.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (mvn.waitFor() != 0 || !Files.isRegularFile(jar)) {
                throw new IllegalStateException("the bare baseline app did not build: " + out);
            }
        }
        return jar.toString();
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
