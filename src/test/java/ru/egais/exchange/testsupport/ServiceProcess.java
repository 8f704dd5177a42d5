package ru.egais.exchange.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged service as a separate process that a test can kill: the native binary when the native profile names
 * one ({@code native.image.path}), else the jar (target/quarkus-app/quarkus-run.jar).
 */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts the jar on a free port with the given data directory and extra -D settings; waits until ready. */
    public static ServiceProcess start(Path dataDir, Path log, Map<String, String> settings) {
        return start(dataDir, log, settings, java.util.List.of());
    }

    /** As {@link #start(Path, Path, Map)}, with JVM options (e.g. a heap size) before -jar; a native binary ignores them. */
    public static ServiceProcess start(Path dataDir, Path log, Map<String, String> settings, java.util.List<String> jvm) {
        return start(System.getProperty("egais.service.jar", "target/quarkus-app/quarkus-run.jar"), dataDir, log,
                settings, jvm, Map.of());
    }

    /** The PostgreSQL build (target/postgresql) started as the README says: QUARKUS_PROFILE and EGAIS_DB_* variables. */
    public static ServiceProcess startOnPostgres(Path dataDir, Path log, Map<String, String> settings,
                                                 Map<String, String> environment) {
        return start(System.getProperty("egais.service.postgresql.jar", "target/postgresql/quarkus-app/quarkus-run.jar"),
                dataDir, log, settings, List.of(), environment);
    }

    /** Starts a given jar (the service, or another Quarkus app such as a benchmark's baseline) as above. */
    public static ServiceProcess start(String jar, Path dataDir, Path log, Map<String, String> settings,
                                        List<String> jvm, Map<String, String> environment) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        String binary = System.getProperty("native.image.path");
        if (binary != null) {
            if (!Files.isExecutable(Path.of(binary))) {
                throw new IllegalStateException("no native binary at " + binary + "; run `mvn verify -Pnative`");
            }
            command.add(binary);
        } else {
            if (!Files.isRegularFile(Path.of(jar))) {
                throw new IllegalStateException("no packaged service at " + jar + "; run `mvn verify`");
            }
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(jvm);
        }
        // A native binary reads -D options as system properties too, so the settings are passed the same way.
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Degais.data-dir=" + dataDir);
        settings.forEach((k, v) -> command.add("-D" + k + "=" + v));
        if (binary == null) {
            command.add("-jar");
            command.add(jar);
        }
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            ServiceProcess service = new ServiceProcess(process, port);
            service.awaitReady(Duration.ofSeconds(120));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * The exit code of a process killed by {@link #kill()}: 128 + SIGKILL on Unix; Windows' TerminateProcess, which
     * the JDK uses there, leaves 1.
     */
    public static final int KILLED = System.getProperty("os.name", "").startsWith("Windows") ? 1 : 137;

    /** SIGKILL: no shutdown hook runs, nothing is flushed; only what was committed survives. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private void awaitReady(Duration limit) {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("the service was not ready within " + limit);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
