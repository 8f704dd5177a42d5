package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;
import ru.egais.exchange.utm.xml.QueryWriter;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
                     Map.of("egais.exchange.schedule-enabled", "false", "egais.schemas.check", "false"),
                     System.getProperty("bench.jfr") == null ? List.of()
                             : List.of("-XX:StartFlightRecording=filename=" + System.getProperty("bench.jfr")))) {
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

            String xml = QueryWriter.write(fsrarId, new EgaisQuery("QueryRests_v2", List.of()));
            String boundary = "bare";
            byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"xml_file\"; filename=\"q.xml\"\r\n"
                    + "Content-Type: text/xml\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpRequest post = HttpRequest.newBuilder(URI.create(utm.url() + "/opt/in/QueryRests_v2"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long t1 = System.nanoTime();
            for (int i = 0; i < DOCUMENTS; i++) {
                ServiceBenchSupport.HTTP.send(post, HttpResponse.BodyHandlers.ofString());
            }
            double bare = (System.nanoTime() - t1) / 1e9;
            BenchReport.record("queue drain to the simulator (zero delay)", String.format(
                    "%d documents: service %.0f/s (%.2f ms each), bare posting loop %.0f/s (%.2f ms each), ratio %.2f",
                    DOCUMENTS, DOCUMENTS / drain, drain * 1000 / DOCUMENTS, DOCUMENTS / bare, bare * 1000 / DOCUMENTS,
                    drain / bare));
        }
    }
}
