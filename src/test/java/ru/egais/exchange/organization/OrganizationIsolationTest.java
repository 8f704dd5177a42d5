package ru.egais.exchange.organization;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/**
 * One organization's hanging UTM never holds up another's exchange. The hang is a UTM call held open until the test
 * lets it go, so what is asserted does not depend on how fast this machine is: the other organization's whole
 * exchange finishes while the call is provably still held (were the two exchanged one after the other, or under
 * one lock, the second exchange would wait on the held call and never finish).
 */
@QuarkusTest
class OrganizationIsolationTest {

    /** Bounds only a hang (the failure this test looks for); nothing here is expected to take more than seconds. */
    private static final long HANG_SECONDS = 60;

    @Test
    void aHangingUtmDoesNotHoldUpAnotherOrganization() throws Exception {
        String slow = newFsrarId();
        String fast = newFsrarId();
        try (UtmSimulator slowUtm = UtmSimulator.start(slow, 0); UtmSimulator fastUtm = UtmSimulator.start(fast, 0);
             HeldUtm held = new HeldUtm(slowUtm.url())) {
            configureOrganization(slow, held.url());
            configureOrganization(fast, fastUtm.url());
            String stuck = prepare(Map.of("fsrarId", slow, "type", "QueryRests_v2")).getString("id");
            String quick = prepare(Map.of("fsrarId", fast, "type", "QueryRests_v2")).getString("id");
            held.holdNextCall();

            CompletableFuture<Void> slowExchange = CompletableFuture.runAsync(() -> exchange(slow));
            try {
                assertThat(held.arrived.await(HANG_SECONDS, TimeUnit.SECONDS))
                        .as("the slow organization's exchange is waiting on its UTM").isTrue();
                CompletableFuture<Void> fastExchange = CompletableFuture.runAsync(() -> exchange(fast));
                assertThat(fastExchange).as("the other organization's exchange, not held up by the hanging UTM")
                        .succeedsWithin(Duration.ofSeconds(HANG_SECONDS));

                assertThat(status(quick)).isEqualTo("ACCEPTED");
                assertThat(held.released.get()).isFalse();
                assertThat(slowExchange).as("the other organization is still waiting on its UTM").isNotDone();
            } finally {
                held.release();
            }
            slowExchange.get(HANG_SECONDS, TimeUnit.SECONDS);
            assertThat(status(stuck)).isIn("SENT", "ACCEPTED");
        }
    }

    /** A UTM in front of the simulator that holds one call open until released, then passes it (and all others) on. */
    static final class HeldUtm implements AutoCloseable {

        private static final Set<String> HOP_HEADERS = Set.of("host", "content-length", "connection",
                "transfer-encoding", "expect", "upgrade", "keep-alive");

        final CountDownLatch arrived = new CountDownLatch(1);
        final AtomicBoolean released = new AtomicBoolean();
        private final CountDownLatch release = new CountDownLatch(1);
        private final AtomicBoolean holdNext = new AtomicBoolean();
        private final String target;
        private final HttpServer server;
        private final ExecutorService threads = Executors.newCachedThreadPool();
        private final HttpClient client = HttpClient.newHttpClient();

        HeldUtm(String target) throws IOException {
            this.target = target;
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.setExecutor(threads);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void holdNextCall() {
            holdNext.set(true);
        }

        void release() {
            released.set(true);
            release.countDown();
        }

        private void handle(HttpExchange call) throws IOException {
            try (call) {
                if (holdNext.compareAndSet(true, false)) {
                    arrived.countDown();
                    release.await();
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + call.getRequestURI()));
                call.getRequestHeaders().forEach((name, values) -> {
                    if (!HOP_HEADERS.contains(name.toLowerCase())) {
                        values.forEach(value -> request.header(name, value));
                    }
                });
                byte[] body;
                try (InputStream in = call.getRequestBody()) {
                    body = in.readAllBytes();
                }
                HttpResponse<byte[]> answer = client.send(request.method(call.getRequestMethod(),
                        HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
                answer.headers().map().forEach((name, values) -> {
                    if (!HOP_HEADERS.contains(name.toLowerCase()) && !name.startsWith(":")) {
                        call.getResponseHeaders().put(name, List.copyOf(values));
                    }
                });
                byte[] out = answer.body();
                call.sendResponseHeaders(answer.statusCode(), out.length == 0 ? -1 : out.length);
                try (OutputStream response = call.getResponseBody()) {
                    response.write(out);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public void close() {
            release();
            server.stop(0);
            threads.shutdownNow();
        }
    }
}
