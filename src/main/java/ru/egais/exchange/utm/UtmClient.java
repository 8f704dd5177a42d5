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
        this.http = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
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

    /** {@code GET /opt/out}: what UTM holds for us. */
    public List<UtmListEntry> listIncoming(String utmUrl) throws UtmException {
        return counted("list", () -> UtmListReader.read(new ByteArrayInputStream(get(UtmUrls.resolve(utmUrl, "/opt/out")))));
    }

    /** {@code GET /opt/out?replyId=…}: the answers linked to one of our submissions. */
    public List<UtmListEntry> listIncoming(String utmUrl, String replyId) throws UtmException {
        URI uri = UtmUrls.resolve(utmUrl, "/opt/out?replyId=" + URLEncoder.encode(replyId, StandardCharsets.UTF_8));
        return counted("list", () -> UtmListReader.read(new ByteArrayInputStream(get(uri))));
    }

    /** {@code GET /opt/in}: our documents UTM still holds. */
    public List<UtmListEntry> listOutgoing(String utmUrl) throws UtmException {
        return counted("list", () -> UtmListReader.read(new ByteArrayInputStream(get(UtmUrls.resolve(utmUrl, "/opt/in")))));
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
        String what = "GET " + request.uri();
        try {
            HttpResponse<java.io.InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = response.body()) {
                if (response.statusCode() < 200 || response.statusCode() > 299) {
                    throw new UtmHttpStatusException(response.statusCode(),
                            "UTM answered HTTP " + response.statusCode() + " to " + what);
                }
                long announced = response.headers().firstValueAsLong("Content-Length").orElse(-1);
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
            }
        } catch (IOException e) {
            throw transportFailure(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UtmException("interrupted while calling UTM (" + what + ")", e);
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
        String what = request.method() + " " + request.uri();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw transportFailure(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UtmException("interrupted while calling UTM (" + what + ")", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new UtmHttpStatusException(status, "UTM answered HTTP " + status + " to " + what);
        }
        LOG.debugf("%s -> %d (%d bytes)", what, status, response.body().length);
        return response.body();
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
