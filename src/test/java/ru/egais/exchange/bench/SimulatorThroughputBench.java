package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.utm.xml.QueryWriter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many POSTs a second the UTM simulator takes (zero answer delay, no schema check), so that benchmarks of the
 * service measure the service. Reports only; run with {@code mvn -Pbench verify}. Results go to target/bench/.
 */
class SimulatorThroughputBench {

    static final int CLIENTS = Integer.getInteger("bench.clients", 8);
    static final Duration WARMUP = Duration.ofSeconds(Long.getLong("bench.warmup.seconds", 3));
    static final Duration MEASURE = Duration.ofSeconds(Long.getLong("bench.measure.seconds", 10));

    @Test
    void postsPerSecond() throws Exception {
        String fsrarId = "030000000001";
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0)) {
            String xml = QueryWriter.write(fsrarId, new EgaisQuery("QueryRests_v2", List.of()));
            String boundary = "bench";
            byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"xml_file\"; filename=\"q.xml\"\r\n"
                    + "Content-Type: text/xml\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(utm.url() + "/opt/in/QueryRests_v2"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

            LongAdder done = new LongAdder();
            LongAdder failed = new LongAdder();
            AtomicBoolean measuring = new AtomicBoolean(false);
            AtomicBoolean stop = new AtomicBoolean(false);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                running.add(clients.submit(() -> {
                    while (!stop.get()) {
                        try {
                            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (r.statusCode() != 200 || !r.body().contains("<url>")) {
                                failed.increment();
                            } else if (measuring.get()) {
                                done.increment();
                            }
                        } catch (Exception e) {
                            failed.increment();
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(WARMUP.toMillis());
            measuring.set(true);
            long start = System.nanoTime();
            Thread.sleep(MEASURE.toMillis());
            measuring.set(false);
            double seconds = (System.nanoTime() - start) / 1e9;
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();

            String result = String.format("%s simulator POST /opt/in: %d clients, %.0f POSTs/s over %.1f s "
                            + "(%d POSTs, %d failed), JDK %s, %d cores%n", LocalDate.now(), CLIENTS,
                    done.sum() / seconds, seconds, done.sum(), failed.sum(), Runtime.version(),
                    Runtime.getRuntime().availableProcessors());
            System.out.print(result);
            Path out = Path.of("target", "bench", "simulator-throughput.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, result);
        }
    }
}
