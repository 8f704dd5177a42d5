package ru.egais.exchange.bench;

import ru.egais.exchange.testsupport.ServiceProcess;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Starts the packaged service for a benchmark and calls its API. */
final class ServiceBenchSupport {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private ServiceBenchSupport() {
    }

    /**
     * Starts the service; {@code -Dbench.service.jvm="-XA -XB"} adds JVM options to every bench's service (a profiler's
     * flags, say {@code -XX:+UnlockDiagnosticVMOptions -XX:+DumpPerfMapAtExit} for perf).
     */
    static ServiceProcess start(String name, Map<String, String> settings, List<String> jvm) throws IOException {
        Path dir = Files.createTempDirectory(Path.of("target"), "bench-" + name + "-");
        List<String> options = new java.util.ArrayList<>(jvm);
        String extra = System.getProperty("bench.service.jvm", "").trim();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return ServiceProcess.start(dir, dir.resolve("service.log"), settings, options);
    }

    static HttpResponse<String> call(ServiceProcess service, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void organization(ServiceProcess service, String fsrarId, String utmUrl) throws Exception {
        HttpResponse<String> r = call(service, "PUT", "/api/v1/organizations/" + fsrarId,
                "{\"utmUrl\":\"" + utmUrl + "\",\"pollIntervalSeconds\":1}");
        if (r.statusCode() != 200) {
            throw new IllegalStateException(r.body());
        }
    }
}
