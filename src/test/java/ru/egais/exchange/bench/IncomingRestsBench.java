package ru.egais.exchange.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;
import ru.egais.exchange.utm.xml.XmlJsonStreamer;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 100,000-position ReplyRests_v2 (about 50 MB): the service loads, parses and stores it in one exchange
 * (target < 4 s, heap growth < 64 MB); and, in this JVM, the streaming read against a DOM parse of the same
 * document (target ≥ 5× faster).
 */
class IncomingRestsBench {

    static final int POSITIONS = Integer.getInteger("bench.rests.positions", 100_000);

    @Test
    void largeStockReply() throws Exception {
        String fsrarId = "030000000003";
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0).restsPositions(POSITIONS);
             ServiceProcess service = ServiceBenchSupport.start("rests",
                     Map.of("egais.exchange.schedule-enabled", "false", "egais.schemas.check", "false"),
                     List.of("-Xmx1g"))) {
            ServiceBenchSupport.organization(service, fsrarId, utm.url());
            ServiceBenchSupport.call(service, "POST", "/api/v1/documents",
                    "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"QueryRests_v2\",\"immediate\":true}");
            String url = utm.url() + "/opt/out/ReplyRests_v2/1";
            String xml = ServiceBenchSupport.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString()).body(); // rendered once here, so the exchange measures the service
            long heapBefore = heapUsed(service);
            long t0 = System.nanoTime();
            HttpResponse<String> r = ServiceBenchSupport.call(service, "POST", "/api/v1/exchange",
                    "{\"fsrarIds\":[\"" + fsrarId + "\"]}");
            double exchange = (System.nanoTime() - t0) / 1e9;
            long heapAfter = heapUsed(service);
            if (!r.body().contains("\"loaded\":1")) {
                throw new IllegalStateException(r.body());
            }

            long s0 = System.nanoTime();
            try (JsonGenerator g = new JsonFactory().createGenerator(OutputStream.nullOutputStream())) {
                XmlJsonStreamer.stream(new StringReader(xml), g);
            }
            double streaming = (System.nanoTime() - s0) / 1e9;
            long d0 = System.nanoTime();
            DocumentBuilderFactory dom = DocumentBuilderFactory.newInstance();
            dom.setNamespaceAware(true);
            dom.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            double domParse = (System.nanoTime() - d0) / 1e9;

            BenchReport.record("incoming ReplyRests_v2", String.format("%d positions, %.1f MB: exchange (load, parse, "
                            + "store, delete) %.2f s, service heap used %d -> %d MB; streaming read %.2f s vs DOM parse "
                            + "%.2f s (%.1fx)", POSITIONS, xml.length() / 1e6, exchange, heapBefore >> 20, heapAfter >> 20,
                    streaming, domParse, domParse / streaming));
        }
    }

    /** Heap in use in the service, from its Prometheus metrics. */
    private static long heapUsed(ServiceProcess service) throws Exception {
        String metrics = ServiceBenchSupport.call(service, "GET", "/q/metrics", null).body();
        Matcher m = Pattern.compile("(?m)^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*} ([0-9.E+]+)$").matcher(metrics);
        double total = 0;
        while (m.find()) {
            total += Double.parseDouble(m.group(1));
        }
        return (long) total;
    }
}
