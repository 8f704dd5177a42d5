package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.ServiceProcess;

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
            measure("start-up to ready and RSS, native binary (3 runs)", List.of());
            return;
        }
        measure("start-up to ready and RSS, JVM mode, default heap (3 runs)", List.of());
        // What a store PC would run with: a bounded heap, the serial collector, C1 only at start.
        measure("start-up to ready and RSS, JVM mode, -XX:+UseSerialGC -Xms16m -Xmx256m -XX:TieredStopAtLevel=1 (3 runs)",
                List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m", "-XX:TieredStopAtLevel=1"));
    }

    private static void measure(String name, List<String> jvm) throws Exception {
        StringBuilder runs = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            try (ServiceProcess service = ServiceBenchSupport.start("startup", Map.of(), jvm)) {
                double seconds = (System.nanoTime() - t0) / 1e9;
                Thread.sleep(1_000);
                runs.append(String.format("%s%.2f s / %d MB", runs.length() == 0 ? "" : "; ", seconds,
                        BenchReport.rssMegabytes(service.pid())));
            }
        }
        BenchReport.record(name, runs.toString());
    }
}
