package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draining 1,000 queued documents to the simulator with zero answer delay, against a bare sequential POST loop to
 * the same simulator from a process of its own (goal: the drain takes at most 1.5× the loop). On a loaded machine
 * a single pair means little, so rounds alternate drain and loop ({@code -Dbench.drain.rounds=}, 3); besides the
 * wall times each side's CPU time is taken (the service's process, the loop's process), which the load distorts
 * far less: the account of where the drain's time goes.
 */
class QueueDrainBench {

    static final int DOCUMENTS = Integer.getInteger("bench.drain.documents", 1_000);
    static final int ROUNDS = Integer.getInteger("bench.drain.rounds", 3);
    /**
     * Uncounted first rounds, reported on their own, never mixed into the ratio. The service's path (Hibernate,
     * SQLite, the exchange log, the HTTP client) is large, and C2 keeps compiling it for some 10,000 documents:
     * perf (whole system, 499 Hz) put about half of the service's samples in its compiler threads during the 4th to
     * 6th drains, and JFR counted 25.6 s of compilation in the first 40 s; the service's CPU a document falls from
     * ~5 ms in the first drain to ~1 ms by the 10th. A store's service runs for months, so the steady state is the
     * row's figure, and the first drains stand beside it.
     */
    static final int WARMUP_ROUNDS = Integer.getInteger("bench.drain.warmup-rounds", 10);

    @Test
    void drainAgainstABareLoop() throws Exception {
        String fsrarId = "030000000002";
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0);
             ServiceProcess service = ServiceBenchSupport.start("drain",
                     Map.of("egais.exchange.schedule-enabled", "false", "egais.schemas.check", "false",
                             "egais.outbox.batch-size", System.getProperty("bench.drain.batch", "50")),
                     System.getProperty("bench.jfr") == null ? List.of()
                             : List.of("-XX:StartFlightRecording=filename=" + System.getProperty("bench.jfr") + System.getProperty("bench.jfr.settings", "")))) {
            ServiceBenchSupport.organization(service, fsrarId, utm.url());
            List<String> rounds = new ArrayList<>();
            List<Double> ratios = new ArrayList<>();
            List<String> warmups = new ArrayList<>();
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    ServiceBenchSupport.call(service, "POST", "/api/v1/documents",
                            "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"QueryRests_v2\"}");
                }
                double cpu0 = processCpuSeconds(service.pid());
                long t0 = System.nanoTime();
                HttpResponse<String> r = ServiceBenchSupport.call(service, "POST", "/api/v1/outbox/process",
                        "{\"fsrarIds\":[\"" + fsrarId + "\"]}");
                double drain = (System.nanoTime() - t0) / 1e9;
                double drainCpu = processCpuSeconds(service.pid()) - cpu0;
                if (!r.body().contains("\"sent\":" + DOCUMENTS)) {
                    throw new IllegalStateException("not all sent: " + r.body());
                }
                // The service posts from a process of its own; so does the baseline (one beside the simulator
                // would be scheduled differently on 2 cores).
                double[] bare = BarePostingLoop.inSeparateProcess(utm.url(), fsrarId, DOCUMENTS);
                boolean warmup = round < WARMUP_ROUNDS;
                if (!warmup) {
                    ratios.add(drain / bare[0]);
                }
                (warmup ? warmups : rounds).add(String.format("drain %.2f ms/doc (service CPU %.2f ms/doc), bare loop %.2f ms/doc "
                                + "(its CPU %.2f ms/doc), ratio %.2f", drain * 1000 / DOCUMENTS,
                        drainCpu * 1000 / DOCUMENTS, bare[0] * 1000 / DOCUMENTS, bare[1] * 1000 / DOCUMENTS,
                        drain / bare[0]));
            }
            String warmupFigures = warmups.isEmpty() ? "" : "; uncounted warm-up drains, a fresh service's first first: "
                    + String.join("; ", warmups);
            BenchReport.record("queue drain to the simulator (zero delay), " + DOCUMENTS + " documents a round",
                    String.join("; ", rounds) + warmupFigures);
            BenchReport.summary("drain of " + DOCUMENTS + " queued documents vs a bare sequential POST loop",
                    String.format("ratio %s (goal <= 1.5)%s", BenchReport.spread(ratios, "%.2f"), warmupFigures));
        }
    }

    /** CPU seconds (user + system) a process has used so far, from /proc (Linux; -1 elsewhere). */
    static double processCpuSeconds(long pid) {
        return ProcessHandle.of(pid).flatMap(p -> p.info().totalCpuDuration())
                .map(d -> d.toNanos() / 1e9).orElse(-1.0);
    }
}
