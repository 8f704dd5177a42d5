package ru.egais.exchange.utm;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.utm.xml.AckReader;
import ru.egais.exchange.utm.xml.UtmListReader;
import ru.egais.exchange.utm.xml.XmlText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * HTTP client of a UTM. Each organization has its own UTM, so the base URL is an argument, not configuration;
 * the JDK client gives exact control of the multipart shape UTM wants and works the same in a native image.
 * Every failure to get a protocol answer (refused, timeout, non-2xx, garbage) is a {@link UtmException}.
 */
@ApplicationScoped
public class UtmClient {

    private static final Logger LOG = Logger.getLogger(UtmClient.class);

    private final HttpClient http;
    private final Thread selector;
    private final UtmConfig config;
    private final UtmMetrics metrics;

    /** Without metrics (the workstation's reference client runs outside the service). */
    public UtmClient(UtmConfig config) {
        this(config, null);
    }

    @jakarta.inject.Inject
    public UtmClient(UtmConfig config, UtmMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        java.util.Set<Thread> before = selectorThreads();
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        java.util.Set<Thread> after = selectorThreads();
        after.removeAll(before);
        this.selector = after.size() == 1 ? after.iterator().next() : null;
    }

    /**
     * Whether the client's selector thread (the JDK's "HttpClient-N-SelectorManager", which moves every byte of
     * every call) still runs: an OutOfMemoryError can kill it, and then every later call hangs. Unknown (true)
     * when it could not be told apart at start.
     */
    public boolean isAlive() {
        return selector == null || selector.isAlive();
    }

    private static java.util.Set<Thread> selectorThreads() {
        java.util.Set<Thread> threads = new java.util.HashSet<>();
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HttpClient-") && t.getName().endsWith("-SelectorManager"))
                .forEach(threads::add);
        return threads;
    }

    /** {@code POST /opt/in/{utmPath}}; an {@code <error>} answer is returned, not thrown: UTM did answer. */
    public UtmAck send(String utmUrl, String utmPath, String xml) throws UtmException {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            UtmAck ack = counted("send", () -> AckReader.read(new ByteArrayInputStream(sendForAnswer(utmUrl, utmPath, xml))));
            outcome = ack.isError() ? "error_answer" : "answered";
            if (ack.isError() && metrics != null) {
                metrics.countError("send", "error_answer");
            }
            return ack;
        } finally {
            if (metrics != null) {
                metrics.recordSend(System.nanoTime() - start, outcome);
            }
        }
    }

    /** {@code POST /opt/in/{utmPath}} returning UTM's answer as it came (a workstation forwards it unread). */
    public byte[] sendForAnswer(String utmUrl, String utmPath, String xml) throws UtmException {
        MultipartBody body = new MultipartBody(utmPath + ".xml", xml);
        HttpRequest request = request(UtmUrls.resolve(utmUrl, "/opt/in/" + utmPath))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return exchange(request);
    }

    /** {@code GET /opt/out}: what UTM holds for us (entries the URL rule refuses are left out, see {@link #readIncoming}). */
    public List<UtmListEntry> listIncoming(String utmUrl) throws UtmException {
        return readIncoming(utmUrl).entries();
    }

    /**
     * {@code GET /opt/out} read as it streams, up to {@code egais.utm.max-list-entries}, each entry checked by
     * {@link UtmListedUrls}: what may be loaded, what was refused and why, and whether the list went on.
     */
    public UtmList readIncoming(String utmUrl) throws UtmException {
        return readList(utmUrl, UtmUrls.resolve(utmUrl, "/opt/out"), UtmListedUrls.OUT);
    }

    /** {@code GET /opt/out?replyId=…}: the answers linked to one of our submissions. */
    public List<UtmListEntry> listIncoming(String utmUrl, String replyId) throws UtmException {
        URI uri = UtmUrls.resolve(utmUrl, "/opt/out?replyId=" + URLEncoder.encode(replyId, StandardCharsets.UTF_8));
        return readList(utmUrl, uri, UtmListedUrls.OUT).entries();
    }

    /** {@code GET /opt/in}: our documents UTM still holds (read when settling a document in doubt). */
    public List<UtmListEntry> listOutgoing(String utmUrl) throws UtmException {
        return readList(utmUrl, UtmUrls.resolve(utmUrl, "/opt/in"), UtmListedUrls.IN).entries();
    }

    private UtmList readList(String utmUrl, URI uri, String root) throws UtmException {
        int max = config.maxListEntries();
        long maxBytes = config.maxListSize().asLongValue();
        List<UtmListEntry> read = counted("list", () -> streamed(request(uri).GET().build(), (in, announced) -> {
            CappedInputStream capped = new CappedInputStream(in, maxBytes);
            try {
                return UtmListReader.read(capped, max);
            } catch (UtmProtocolException e) {
                if (capped.exceeded()) {
                    throw new UtmListTooLargeException("GET " + uri, maxBytes);
                }
                throw e;
            }
        }));
        boolean truncated = read.size() > max;
        List<UtmListEntry> entries = new java.util.ArrayList<>();
        List<UtmListedUrls.Refused> refused = new java.util.ArrayList<>();
        for (UtmListEntry e : truncated ? read.subList(0, max) : read) {
            String why = UtmListedUrls.refusal(utmUrl, e.url(), root);
            if (why == null) {
                entries.add(e);
            } else {
                refused.add(new UtmListedUrls.Refused(e.url(), why));
                if (metrics != null) {
                    metrics.countError("list", "bad_url");
                }
            }
        }
        if (!refused.isEmpty()) {
            LOG.warnf("%s listed %d URL(s) that are not used, e.g. %s (%s)", uri, refused.size(),
                    refused.get(0).url(), refused.get(0).reason());
        }
        return new UtmList(List.copyOf(entries), List.copyOf(refused), truncated);
    }

    /** Fetches one listed document as text; the listed URL's path is used against the configured UTM address. */
    public String fetch(String utmUrl, String listedUrl) throws UtmException {
        return XmlText.decode(fetchBytes(utmUrl, listedUrl));
    }

    /** Fetches one listed document's bytes, refusing more than {@code egais.utm.max-document-size}. */
    public byte[] fetchBytes(String utmUrl, String listedUrl) throws UtmException {
        return fetchBytes(utmUrl, listedUrl, (read, announced) -> { });
    }

    /** Bytes of a document read so far, and the size UTM announced (-1 when it did not). */
    public interface FetchProgress {
        void bytesRead(long read, long announced);
    }

    /** As {@link #fetchBytes(String, String)}, telling how far the read has come (a large reply takes a while). */
    public byte[] fetchBytes(String utmUrl, String listedUrl, FetchProgress progress) throws UtmException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        download(utmUrl, listedUrl, bytes, progress);
        return bytes.toByteArray();
    }

    /**
     * Streams one listed document into {@code target} (a file, for documents of tens of megabytes), refusing more
     * than {@code egais.utm.max-document-size} without reading the rest, and telling how far it has come.
     * Returns the number of bytes written.
     */
    public long download(String utmUrl, String listedUrl, java.io.OutputStream target, FetchProgress progress)
            throws UtmException {
        return counted("fetch", () -> downloadLimited(utmUrl, listedUrl, target, progress));
    }

    private long downloadLimited(String utmUrl, String listedUrl, java.io.OutputStream target, FetchProgress progress)
            throws UtmException {
        long limit = config.maxDocumentSize().asLongValue();
        HttpRequest request = request(UtmUrls.rebase(utmUrl, listedUrl)).GET().build();
        return streamed(request, (body, announced) -> {
            if (announced > limit) {
                throw new UtmDocumentTooLargeException(listedUrl, announced, limit);
            }
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = body.read(buffer)) >= 0; ) {
                total += n;
                if (total > limit) {
                    throw new UtmDocumentTooLargeException(listedUrl, -1, limit);
                }
                writeLocally(target, buffer, n);
                progress.bytesRead(total, announced);
            }
            return total;
        });
    }

    /** Reads a 2xx answer's body as it streams; gets the size UTM announced (-1 when it did not). */
    private interface BodyReader<T> {
        T read(java.io.InputStream body, long announced) throws UtmException, IOException;
    }

    /**
     * One call whose whole answer — status, headers and body — must come within {@code egais.utm.answer-deadline};
     * past it the wait is interrupted or the body closed (see {@link AnswerDeadline}), so the call ends with a
     * time-out.
     */
    private <T> T streamed(HttpRequest request, BodyReader<T> reader) throws UtmException {
        String what = request.method() + " " + request.uri();
        try (AnswerDeadline deadline = AnswerDeadline.start(config.answerDeadline())) {
            try {
                HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                deadline.reading(response.body(), what);
                try (java.io.InputStream in = response.body()) {
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

    /** {@code DELETE} of a listed document, once it is stored on our side. */
    public void delete(String utmUrl, String listedUrl) throws UtmException {
        try {
            exchange(request(UtmUrls.rebase(utmUrl, listedUrl)).DELETE().build());
        } catch (UtmHttpStatusException e) {
            // Already gone (deleted by an earlier call whose answer was lost): what we wanted is true.
            if (e.status() != 404) {
                count("delete", e);
                throw e;
            }
        } catch (UtmException e) {
            count("delete", e);
            throw e;
        }
    }

    /** {@code GET /api/info/list}: UTM's JSON status (version, RSA/GOST certificate validity). */
    public String info(String utmUrl) throws UtmException {
        return new String(counted("info", () -> get(UtmUrls.resolve(utmUrl, "/api/info/list"))), StandardCharsets.UTF_8);
    }

    /** {@code GET /diagnosis}: XML whose {@code CN} is the FSRAR ID of the key in the token. */
    public String diagnosis(String utmUrl) throws UtmException {
        return XmlText.decode(counted("info", () -> get(UtmUrls.resolve(utmUrl, "/diagnosis"))));
    }

    private static final java.util.regex.Pattern DIAGNOSIS_CN = java.util.regex.Pattern.compile("<CN>\\s*([^<\\s]+)\\s*</CN>");
    private static final java.util.regex.Pattern OWNER_ID = java.util.regex.Pattern.compile("\"ownerId\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * The FSRAR ID of the key in the UTM's token: {@code /diagnosis}'s {@code CN}, or, from a UTM without it,
     * {@code /api/info/list}'s {@code ownerId}; empty when the UTM names neither. Fails when the UTM is not reachable.
     */
    public java.util.Optional<String> keyOwner(String utmUrl) throws UtmException {
        try {
            java.util.regex.Matcher cn = DIAGNOSIS_CN.matcher(diagnosis(utmUrl));
            if (cn.find()) {
                return java.util.Optional.of(cn.group(1));
            }
        } catch (UtmHttpStatusException | UtmProtocolException e) {
            // an older UTM without /diagnosis: ask /api/info/list
        }
        java.util.regex.Matcher owner = OWNER_ID.matcher(info(utmUrl));
        return owner.find() ? java.util.Optional.of(owner.group(1)) : java.util.Optional.empty();
    }

    /** A page of UTM's web UI (text), e.g. the schema listing under /info. */
    public String page(String utmUrl, String path) throws UtmException {
        return new String(get(UtmUrls.resolve(utmUrl, path)), StandardCharsets.UTF_8);
    }

    /** One call to UTM whose failure is counted by kind. */
    private interface Call<T> {
        T run() throws UtmException;
    }

    private <T> T counted(String call, Call<T> body) throws UtmException {
        try {
            return body.run();
        } catch (UtmException e) {
            count(call, e);
            throw e;
        }
    }

    private void count(String call, UtmException e) {
        if (metrics != null) {
            metrics.countError(call, UtmMetrics.kindOf(e));
        }
    }

    private byte[] get(URI uri) throws UtmException {
        return exchange(request(uri).GET().build());
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(config.readTimeout());
    }

    private byte[] exchange(HttpRequest request) throws UtmException {
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
     * A connection never made cannot have delivered the request; once connected, a lost answer (time-out, reset,
     * EOF) means UTM may have taken it.
     */
    /** A local write failure (a full disk) is ours, not UTM's: it must not read as "UTM not reachable". */
    private static void writeLocally(java.io.OutputStream target, byte[] buffer, int n) {
        try {
            target.write(buffer, 0, n);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write a document loaded from UTM: " + e.getMessage(), e);
        }
    }

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
