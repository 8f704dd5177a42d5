package ru.egais.exchange.utm;

import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The HTTP mechanics under {@link UtmClient}: one JDK client (exact control of the multipart shape UTM wants, and
 * the same in a native image), each call bounded as a whole by {@code egais.utm.answer-deadline}, and every failure
 * to get a 2xx answer turned into a {@link UtmException} that says whether a POST may have arrived. What a call
 * means to UTM (which path, what the answer says) is the client's; this class knows only requests and bodies.
 */
final class UtmTransport {

    private static final Logger LOG = Logger.getLogger(UtmTransport.class);

    private final HttpClient http;
    private final Thread selector;
    private final UtmConfig config;

    UtmTransport(UtmConfig config) {
        this.config = config;
        Set<Thread> before = selectorThreads();
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        Set<Thread> after = selectorThreads();
        after.removeAll(before);
        this.selector = after.size() == 1 ? after.iterator().next() : null;
    }

    /**
     * Whether the client's selector thread (the JDK's "HttpClient-N-SelectorManager", which moves every byte of
     * every call) still runs: an OutOfMemoryError can kill it, and then every later call hangs. Unknown (true)
     * when it could not be told apart at start.
     */
    boolean isAlive() {
        return selector == null || selector.isAlive();
    }

    private static Set<Thread> selectorThreads() {
        Set<Thread> threads = new HashSet<>();
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager"))
                .forEach(threads::add);
        return threads;
    }

    /** Reads a 2xx answer's body as it streams; gets the size UTM announced (-1 when it did not). */
    interface BodyReader<T> {
        T read(InputStream body, long announced) throws UtmException, IOException;
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(config.readTimeout());
    }

    byte[] get(URI uri) throws UtmException {
        return exchange(request(uri).GET().build());
    }

    /** A whole answer's bytes, refusing more than {@code egais.utm.max-document-size}. */
    byte[] exchange(HttpRequest request) throws UtmException {
        long limit = config.maxDocumentSize().asLongValue();
        return streamed(request, (in, announced) -> {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new UtmProtocolException("UTM's answer to " + request.method() + " " + request.uri()
                        + " is larger than " + limit + " bytes");
            }
            return bytes;
        });
    }

    /**
     * One call whose whole answer — status, headers and body — must come within {@code egais.utm.answer-deadline};
     * past it the request is cancelled and the body closed, so the caller's blocked read ends with a time-out.
     */
    <T> T streamed(HttpRequest request, BodyReader<T> reader) throws UtmException {
        String what = request.method() + " " + request.uri();
        CompletableFuture<HttpResponse<InputStream>> answer =
                http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        AtomicReference<InputStream> body = new AtomicReference<>();
        try (AnswerDeadline deadline = AnswerDeadline.start(config.answerDeadline(), () -> {
            answer.cancel(true);
            closeQuietly(body.get());
        })) {
            try {
                HttpResponse<InputStream> response = answer.get();
                body.set(response.body());
                try (InputStream in = response.body()) {
                    if (deadline.expired()) {
                        throw deadline.timeout(what);
                    }
                    int status = response.statusCode();
                    if (status < 200 || status > 299) {
                        throw new UtmHttpStatusException(status, "UTM answered HTTP " + status + " to " + what);
                    }
                    T result = reader.read(in, response.headers().firstValueAsLong("Content-Length").orElse(-1));
                    LOG.debugf("%s -> %d", what, status);
                    return result;
                }
            } catch (CancellationException e) {
                throw deadline.timeout(what);
            } catch (ExecutionException e) {
                if (deadline.expired()) {
                    throw deadline.timeout(what);
                }
                if (e.getCause() instanceof IOException io) {
                    throw transportFailure(what, io);
                }
                throw new UtmException("UTM call failed (" + what + "): " + e.getCause(), e.getCause(), true);
            } catch (IOException e) {
                if (deadline.expired()) {
                    throw deadline.timeout(what);
                }
                throw transportFailure(what, e);
            } catch (UtmProtocolException e) {
                // A body cut off by the deadline reads as broken XML: it is the time-out that happened.
                if (deadline.expired()) {
                    throw deadline.timeout(what);
                }
                throw e;
            } catch (InterruptedException e) {
                answer.cancel(true);
                Thread.currentThread().interrupt();
                throw new UtmException("interrupted while calling UTM (" + what + ")", e);
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException | RuntimeException ignored) {
                // closing to end a read that ran past its deadline; nothing more to do
            }
        }
    }

    /**
     * A connection never made cannot have delivered the request; once connected, a lost answer (time-out, reset,
     * EOF) means UTM may have taken it.
     */
    private static UtmException transportFailure(String what, IOException e) {
        boolean neverConnected = e instanceof java.net.ConnectException
                || e instanceof java.net.http.HttpConnectTimeoutException;
        return new UtmException("UTM not reachable (" + what + "): " + describe(e), e, !neverConnected);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
