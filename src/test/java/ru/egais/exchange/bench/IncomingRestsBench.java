package ru.egais.exchange.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;
import ru.egais.exchange.utm.xml.SecureXml;
import ru.egais.exchange.utm.xml.XmlJsonStreamer;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 100,000-position ReplyRests_v2 (about 50 MB): the service loads, parses and stores it in one exchange
 * (goal < 1.0 s, heap growth < 64 MB — the service runs with a heap capped at {@code bench.rests.xmx}, 96 MB, so
 * it could not hold the document even once); and, in this JVM, reading the same bytes as a stream against a DOM
 * parse (target ≥ 5× faster).
 */
class IncomingRestsBench {

    static final int POSITIONS = Integer.getInteger("bench.rests.positions", 100_000);
    static final String XMX = System.getProperty("bench.rests.xmx", "96m");
    static final int ROUNDS = Integer.getInteger("bench.rests.rounds", 3);

    @Test
    void largeStockReply() throws Exception {
        String fsrarId = "030000000003";
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0).restsPositions(POSITIONS);
             ServiceProcess service = ServiceBenchSupport.start("rests",
                     Map.of("egais.exchange.schedule-enabled", "false", "egais.schemas.check", "false"), jvm())) {
            ServiceBenchSupport.organization(service, fsrarId, utm.url());
            List<Double> seconds = new java.util.ArrayList<>();
            List<Double> growth = new java.util.ArrayList<>();
            StringBuilder runs = new StringBuilder();
            byte[] xml = null;
            for (int round = 0; round < ROUNDS; round++) {
                ServiceBenchSupport.call(service, "POST", "/api/v1/documents",
                        "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"QueryRests_v2\",\"immediate\":true}");
                String url = replyListed(utm.url());
                xml = ServiceBenchSupport.HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).body(); // rendered once here, so the exchange measures the service
                long baseline = heapAfterGc(service);
                AtomicLong peak = new AtomicLong();
                AtomicBoolean running = new AtomicBoolean(true);
                Thread sampler = new Thread(() -> {
                    while (running.get()) {
                        try {
                            peak.accumulateAndGet(heapUsed(service), Math::max);
                            Thread.sleep(20);
                        } catch (Exception e) {
                            return;
                        }
                    }
                });
                sampler.start();
                double cpu0 = QueueDrainBench.processCpuSeconds(service.pid());
                long t0 = System.nanoTime();
                HttpResponse<String> r = ServiceBenchSupport.call(service, "POST", "/api/v1/exchange",
                        "{\"fsrarIds\":[\"" + fsrarId + "\"]}");
                double exchange = (System.nanoTime() - t0) / 1e9;
                double cpu = QueueDrainBench.processCpuSeconds(service.pid()) - cpu0;
                running.set(false);
                sampler.join();
                long retained = heapAfterGc(service);
                if (!r.body().contains("\"loaded\":1") || !r.body().contains("\"deleted\":1")) {
                    throw new IllegalStateException(r.body());
                }
                seconds.add(exchange);
                growth.add((double) ((Math.max(peak.get(), retained) - baseline) >> 20));
                runs.append(String.format("%sexchange %.2f s (service CPU %.2f s), heap after GC %d -> %d MB, "
                                + "sampled peak %d MB", round == 0 ? "" : "; ", exchange, cpu, baseline >> 20,
                        retained >> 20, peak.get() >> 20));
            }
            BenchReport.summary(String.format("%,d-position ReplyRests_v2 (%.1f MB) loaded, stored, checked, deleted",
                    POSITIONS, xml.length / 1e6), String.format("%s s (goal < 1.0), heap growth %s MB (goal < 64), "
                    + "service -Xmx%s; %s", BenchReport.spread(seconds, "%.2f"), BenchReport.spread(growth, "%.0f"),
                    XMX, runs));
            byte[] document = xml;

            double streaming = best(() -> staxPass(document));
            double toJson = best(() -> {
                try (JsonGenerator g = new JsonFactory().createGenerator(OutputStream.nullOutputStream())) {
                    XmlJsonStreamer.stream(new java.io.InputStreamReader(new ByteArrayInputStream(document),
                            java.nio.charset.StandardCharsets.UTF_8), g);
                }
                return 0;
            });
            double domParse = best(() -> {
                DocumentBuilderFactory dom = DocumentBuilderFactory.newInstance();
                dom.setNamespaceAware(true);
                return dom.newDocumentBuilder().parse(new ByteArrayInputStream(document)).getDocumentElement()
                        .getElementsByTagNameNS("*", "StockPosition").getLength();
            });

            BenchReport.record("incoming ReplyRests_v2, reading in this JVM", String.format("%d positions: "
                            + "StAX pass %.3f s (%.1fx faster than DOM), to JSON %.3f s (%.1fx), DOM parse %.3f s",
                    POSITIONS, streaming, domParse / streaming, toJson, domParse / toJson, domParse));
        }
    }

    /** -Xmx, and -Dbench.jfr's recording (-Dbench.jfr.settings appended) and -Dbench.rests.jvm's option if given. */
    private static List<String> jvm() {
        List<String> jvm = new java.util.ArrayList<>(List.of("-Xmx" + XMX));
        if (System.getProperty("bench.jfr") != null) {
            jvm.add("-XX:StartFlightRecording=filename=" + System.getProperty("bench.jfr")
                    + System.getProperty("bench.jfr.settings", ""));
        }
        if (System.getProperty("bench.rests.jvm") != null) {
            jvm.add(System.getProperty("bench.rests.jvm")); // e.g. -Djdk.httpclient.bufsize=16384, the JDK's default
        }
        return jvm;
    }

    /** The URL of the ReplyRests_v2 the simulator lists in /opt/out (it answers a query at once). */
    private static String replyListed(String utmUrl) throws Exception {
        for (int i = 0; i < 600; i++) {
            String list = ServiceBenchSupport.HTTP.send(HttpRequest.newBuilder(URI.create(utmUrl + "/opt/out")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile(">([^<]*/opt/out/ReplyRests_v2/[0-9]+)<").matcher(list);
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no ReplyRests_v2 listed by the simulator");
    }

    /** Reads every event and every position's text, as a streaming reader of the positions does. */
    private static int staxPass(byte[] xml) throws Exception {
        XMLStreamReader r = SecureXml.reader(new ByteArrayInputStream(xml));
        int positions = 0;
        long chars = 0;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && "StockPosition".equals(r.getLocalName())) {
                positions++;
            } else if (event == XMLStreamConstants.CHARACTERS) {
                chars += r.getTextLength();
            }
        }
        r.close();
        if (positions != POSITIONS || chars == 0) {
            throw new IllegalStateException(positions + " positions read");
        }
        return positions;
    }

    /** Best of five runs, the first ones warming the JIT for both sides alike. */
    private static double best(Callable<?> run) throws Exception {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t = System.nanoTime();
            run.call();
            best = Math.min(best, (System.nanoTime() - t) / 1e9);
        }
        return best;
    }

    private static long heapAfterGc(ServiceProcess service) throws Exception {
        Process gc = new ProcessBuilder("jcmd", Long.toString(service.pid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor();
        return heapUsed(service);
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
