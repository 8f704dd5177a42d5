package ru.egais.exchange.bench;

import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.utm.xml.QueryWriter;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The baseline of the queue drain: a loop posting the same query XML to the simulator, nothing else. Run in the
 * benchmark's JVM (beside the simulator) and, like the service, as a process of its own; prints seconds taken.
 */
public final class BarePostingLoop {

    private BarePostingLoop() {
    }

    /**
     * Posts before the timed loop, so the loop is as warm as the service after its uncounted warm-up round (1,000
     * prepared and drained): a colder loop would flatter the service's ratio.
     */
    static final int WARMUP_POSTS = Integer.getInteger("bench.drain.loop-warmup", 2_000);

    /** Seconds the timed loop took and the CPU seconds this process (all its threads) used meanwhile. */
    static double[] run(String utmUrl, String fsrarId, int documents, int warmupPosts) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String xml = QueryWriter.write(fsrarId, new EgaisQuery("QueryRests_v2", List.of()));
        String boundary = "bare";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"xml_file\"; filename=\"q.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest post = HttpRequest.newBuilder(URI.create(utmUrl + "/opt/in/QueryRests_v2"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        for (int i = 0; i < warmupPosts; i++) {
            http.send(post, HttpResponse.BodyHandlers.ofString());
        }
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        for (int i = 0; i < documents; i++) {
            http.send(post, HttpResponse.BodyHandlers.ofString());
        }
        return new double[]{(System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9};
    }

    /** In a separate JVM: {@code utmUrl fsrarId documents warmupPosts}; prints "seconds cpuSeconds". */
    public static void main(String[] args) throws Exception {
        double[] r = run(args[0], args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
        System.out.println(r[0] + " " + r[1]);
    }

    /** Runs the loop in a separate JVM with this JVM's class path; returns its seconds and its CPU seconds. */
    static double[] inSeparateProcess(String utmUrl, String fsrarId, int documents) throws Exception {
        Process p = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), BarePostingLoop.class.getName(), utmUrl, fsrarId,
                Integer.toString(documents), Integer.toString(WARMUP_POSTS)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("bare loop failed: " + out);
        }
        String[] lines = out.split("\n");
        String[] figures = lines[lines.length - 1].trim().split(" ");
        return new double[]{Double.parseDouble(figures[0]), Double.parseDouble(figures[1])};
    }
}
