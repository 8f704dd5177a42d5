package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Prepare and queue through the HTTP API, embedded database, 8 concurrent clients (goal ≥ 2,000/s, p99 < 25 ms, synchronous=FULL kept). */
class PrepareAndQueueBench {

    static final int ROUNDS = Integer.getInteger("bench.prepare.rounds", 3);
    /**
     * Seconds of load before the measured rounds. A fresh JVM spends its first ~25 s here compiling the request
     * path (on 2 cores the JIT competes with the 8 clients): measured this morning, 713/s in the first 10 s, 1,292/s
     * in the next, 2,105–2,589/s after. The first 10 s are reported on their own, never mixed into the rounds.
     */
    static final int WARMUP_SECONDS = Integer.getInteger("bench.prepare.warmup-seconds", 30);

    @Test
    void prepareAndQueue() throws Exception {
        try (ServiceProcess service = ServiceBenchSupport.start("prepare",
                Map.of("egais.exchange.schedule-enabled", "false", "egais.schemas.check", "false"),
                System.getProperty("bench.jfr") == null ? List.of()
                        : List.of("-XX:StartFlightRecording=filename=" + System.getProperty("bench.jfr")))) {
            ServiceBenchSupport.organization(service, "030000000001", "http://127.0.0.1:9");
            ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean stop = new AtomicBoolean(false);
            AtomicLong ids = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                running.add(clients.submit(() -> {
                    while (!stop.get()) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = ServiceBenchSupport.call(service, "POST", "/api/v1/documents",
                                "{\"fsrarId\":\"030000000001\",\"type\":\"QueryRests_v2\",\"externalId\":\"b-"
                                        + ids.incrementAndGet() + "\"}");
                        long t = System.nanoTime() - t0;
                        if (r.statusCode() != 201) {
                            failed.incrementAndGet();
                        } else if (measuring.get()) {
                            latencies.add(t);
                        }
                    }
                    return null;
                }));
            }
            // The first 10 s of a fresh service, counted on their own (cold JIT), then the rest of the warm-up.
            Thread.sleep(1_000);
            measuring.set(true);
            long coldStart = System.nanoTime();
            Thread.sleep(10_000);
            measuring.set(false);
            long[] cold = latencies.stream().mapToLong(Long::longValue).toArray();
            double coldRate = cold.length / ((System.nanoTime() - coldStart) / 1e9);
            String coldFigures = String.format("first 10 s after start %.0f/s p99 %.1f ms", coldRate,
                    BenchReport.percentileMillis(cold, 0.99));
            Thread.sleep(Math.max(0, WARMUP_SECONDS - 11) * 1_000L);
            // Rounds of 10 s one after another on the same service, each its own rate and p99: the spread shows
            // what the machine's load did to them.
            List<Double> rates = new ArrayList<>();
            List<Double> p99s = new ArrayList<>();
            StringBuilder runs = new StringBuilder();
            for (int round = 0; round < ROUNDS; round++) {
                latencies.clear();
                double cpu0 = QueueDrainBench.processCpuSeconds(service.pid());
                measuring.set(true);
                long start = System.nanoTime();
                Thread.sleep(10_000);
                measuring.set(false);
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpu = QueueDrainBench.processCpuSeconds(service.pid()) - cpu0;
                long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
                rates.add(nanos.length / seconds);
                p99s.add(BenchReport.percentileMillis(nanos, 0.99));
                runs.append(String.format("%s%.0f/s p50 %.1f ms p99 %.1f ms, service CPU %.2f ms a document",
                        round == 0 ? "" : "; ", nanos.length / seconds, BenchReport.percentileMillis(nanos, 0.5),
                        BenchReport.percentileMillis(nanos, 0.99), cpu * 1000 / Math.max(1, nanos.length)));
            }
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
            BenchReport.record("prepare and queue (8 clients, HTTP API, SQLite), 10 s rounds after " + WARMUP_SECONDS
                    + " s of warm-up", coldFigures + "; " + runs + ", " + failed.get() + " failed");
            BenchReport.summary("prepare + queue through the API (QueryRests_v2 JSON, 8 connections, 10 s, after "
                            + WARMUP_SECONDS + " s of warm-up)",
                    String.format("%s documents/s (goal >= 2,000), p99 %s ms (goal < 25); %s",
                            BenchReport.spread(rates, "%.0f"), BenchReport.spread(p99s, "%.1f"), coldFigures));
        }
    }
}
