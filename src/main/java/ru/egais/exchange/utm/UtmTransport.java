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

/**
 * The HTTP mechanics under {@link UtmClient}: one JDK client (exact control of the multipart shape UTM wants, and
 * the same in a native image), each call bounded as a whole by {@code egais.utm.answer-deadline}, and every failure
 * to get a 2xx answer turned into a {@link UtmException} that says whether a POST may have arrived. What a call
 * means to UTM (which path, what the answer says) is the client's; this class knows only requests and bodies.
 */
final class UtmTransport {

    private static final Logger LOG = Logger.getLogger(UtmTransport.class);

    static {
        // The JDK client reads an answer into buffers of jdk.httpclient.bufsize (16 KB by default), each handed to
        // the reading thread with a wake-up: a 48 MB ReplyRests_v2 was some 3,000 of them, twice (its load and its
        // read-back before deletion). 128 KB took about a quarter of the service's CPU off that exchange
        // (IncomingRestsBench); a small answer still shares one buffer with the next. Read once, when the JDK's
        // client is first used, so it is set before the first client is built; an operator's -D wins.
        if (System.getProperty("jdk.httpclient.bufsize") == null) {
            System.setProperty("jdk.httpclient.bufsize", Integer.toString(128 * 1024));
        }
    }

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
     * past it the wait is interrupted or the body closed (see {@link AnswerDeadline}), so the call ends with a
     * time-out. The synchronous send: {@code sendAsync} handed each answer to the common pool, which on 2 cores
     * starts a thread per task — about 1 ms of every POST.
     */
    <T> T streamed(HttpRequest request, BodyReader<T> reader) throws UtmException {
        String what = request.method() + " " + request.uri();
        try (AnswerDeadline deadline = AnswerDeadline.start(config.answerDeadline())) {
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                deadline.reading(response.body(), what);
                try (InputStream in = response.body()) {
                    int status = response.statusCode();
                    if (status < 200 || status > 299) {
                        throw new UtmHttpStatusException(status, "UTM answered HTTP " + status + " to " + what);
                    }
                    T result = reader.read(in, response.headers().firstValueAsLong("Content-Length").orElse(-1));
                    LOG.debugf("%s -> %d", what, status);
                    return result;
                }
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
                if (deadline.expired()) {
                    throw deadline.timeout(what); // our own interrupt: the JDK client aborted the request
                }
                Thread.currentThread().interrupt();
                throw new UtmException("interrupted while calling UTM (" + what + ")", e);
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
