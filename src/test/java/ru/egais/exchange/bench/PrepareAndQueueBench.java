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

/** Prepare and queue through the HTTP API, embedded database, 8 concurrent clients (target ≥ 1,000/s, p99 < 25 ms). */
class PrepareAndQueueBench {

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
            Thread.sleep(5_000);
            measuring.set(true);
            long start = System.nanoTime();
            Thread.sleep(15_000);
            measuring.set(false);
            double seconds = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();
            long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
            BenchReport.record("prepare and queue (8 clients, HTTP API, SQLite)", String.format(
                    "%.0f documents/s, p50 %.1f ms, p99 %.1f ms over %.0f s, %d failed", nanos.length / seconds,
                    BenchReport.percentileMillis(nanos, 0.5), BenchReport.percentileMillis(nanos, 0.99), seconds,
                    failed.get()));
        }
    }
}
