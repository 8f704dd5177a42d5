package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Draining the queue to the simulator with zero answer delay (target ≥ 500/s), against a bare loop posting the same
 * XML to the same simulator in the same run (target: per-document overhead ≤ 1.5× the bare loop's).
 */
class QueueDrainBench {

    static final int DOCUMENTS = Integer.getInteger("bench.drain.documents", 2_000);

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
            for (int i = 0; i < DOCUMENTS; i++) {
                ServiceBenchSupport.call(service, "POST", "/api/v1/documents",
                        "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"QueryRests_v2\"}");
            }
            long t0 = System.nanoTime();
            HttpResponse<String> r = ServiceBenchSupport.call(service, "POST", "/api/v1/outbox/process",
                    "{\"fsrarIds\":[\"" + fsrarId + "\"]}");
            double drain = (System.nanoTime() - t0) / 1e9;
            if (!r.body().contains("\"sent\":" + DOCUMENTS)) {
                throw new IllegalStateException("not all sent: " + r.body());
            }

            // The service posts from a process of its own; so does the second baseline (the first runs beside the
            // simulator, which on 2 cores schedules differently).
            double bare = BarePostingLoop.run(utm.url(), fsrarId, DOCUMENTS);
            double separate = BarePostingLoop.inSeparateProcess(utm.url(), fsrarId, DOCUMENTS);
            BenchReport.record("queue drain to the simulator (zero delay)", String.format(
                    "%d documents: service %.0f/s (%.2f ms each); bare posting loop in the simulator's JVM %.2f ms each "
                            + "(ratio %.2f), in a process of its own %.2f ms each (ratio %.2f)",
                    DOCUMENTS, DOCUMENTS / drain, drain * 1000 / DOCUMENTS, bare * 1000 / DOCUMENTS, drain / bare,
                    separate * 1000 / DOCUMENTS, drain / separate));
        }
    }
}
