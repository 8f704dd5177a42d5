package ru.egais.exchange.utm;

import io.quarkus.runtime.configuration.MemorySize;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.utm.xml.QueryWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The answer deadline of a UTM call ends a call that waits for a status line or trickles its body, and leaves the
 * calling thread as it found it: the drain and the cheque till run many calls on one thread.
 */
class UtmClientDeadlineTest {

    @Test
    void aUtmThatNeverAnswersIsCutAtTheDeadlineAndTheCallerIsNotLeftInterrupted() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = serve(silent, out -> { }); // reads nothing, answers nothing
            UtmClient client = new UtmClient(config(Duration.ofMillis(300)));
            assertThatThrownBy(() -> client.send(url(silent), "QueryRests_v2", query()))
                    .isInstanceOfSatisfying(UtmException.class, e -> {
                        assertThat(e.getMessage()).contains("egais.utm.answer-deadline");
                        assertThat(e.mayHaveArrived()).isTrue();
                    });
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            server.interrupt();
        }
    }

    @Test
    void aUtmTricklingItsBodyIsCutAtTheDeadlineAndTheCallerIsNotLeftInterrupted() throws Exception {
        try (ServerSocket trickling = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = serve(trickling, out -> {
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n<A>".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                for (int i = 0; i < 100; i++) {
                    Thread.sleep(100);
                    out.write(' ');
                    out.flush();
                }
            });
            UtmClient client = new UtmClient(config(Duration.ofMillis(500)));
            assertThatThrownBy(() -> client.send(url(trickling), "QueryRests_v2", query()))
                    .isInstanceOfSatisfying(UtmException.class,
                            e -> assertThat(e.getMessage()).contains("egais.utm.answer-deadline"));
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
            server.interrupt();
        }
    }

    @Test
    void postsStartNoThreadOfTheirOwn() throws Exception {
        try (UtmSimulator utm = UtmSimulator.start("030000000001", 0)) {
            UtmClient client = new UtmClient(config(Duration.ofMinutes(1)));
            String xml = query();
            client.send(utm.url(), "QueryRests_v2", xml); // the client's own threads start with the first call
            long before = ManagementFactory.getThreadMXBean().getTotalStartedThreadCount();
            for (int i = 0; i < 200; i++) {
                assertThat(client.send(utm.url(), "QueryRests_v2", xml).replyId()).isNotBlank();
            }
            // sendAsync handed each answer to CompletableFuture's default executor: a new thread per call on 2 cores
            assertThat(ManagementFactory.getThreadMXBean().getTotalStartedThreadCount() - before).isLessThan(20);
            assertThat(Thread.currentThread().isInterrupted()).isFalse();
        }
    }

    private interface Answer {
        void write(OutputStream out) throws Exception;
    }

    /** Accepts connections and answers each as told, reading the request's head first. */
    private static Thread serve(ServerSocket socket, Answer answer) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try (Socket s = socket.accept()) {
                    answer.write(s.getOutputStream());
                    s.getInputStream().readAllBytes(); // hold the connection until the client gives up
                } catch (Exception e) {
                    return;
                }
            }
        }, "test-utm");
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String url(ServerSocket s) {
        return "http://127.0.0.1:" + s.getLocalPort();
    }

    private static String query() {
        return QueryWriter.write("030000000001", new EgaisQuery("QueryRests_v2", List.of()));
    }

    private static UtmConfig config(Duration deadline) {
        return new UtmConfig() {
            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration readTimeout() {
                return Duration.ofSeconds(30);
            }

            @Override
            public MemorySize maxDocumentSize() {
                return new MemorySize(BigInteger.valueOf(64L * 1024 * 1024));
            }

            @Override
            public Duration answerDeadline() {
                return deadline;
            }

            @Override
            public int maxListEntries() {
                return 10_000;
            }

            @Override
            public MemorySize maxListSize() {
                return new MemorySize(BigInteger.valueOf(16L * 1024 * 1024));
            }
        };
    }
}
