package ru.egais.exchange.utm;

import org.jboss.logging.Logger;
import ru.egais.exchange.utm.xml.AckReader;
import ru.egais.exchange.utm.xml.UtmListReader;
import ru.egais.exchange.utm.xml.XmlText;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each call to a UTM means: which path, what its answer says, which failures are counted. Each organization
 * has its own UTM, so the base URL is an argument, not configuration. Every failure to get a protocol answer
 * (refused, timeout, non-2xx, garbage) is a {@link UtmException}. Only {@link UtmGateway} calls it.
 */
class UtmClient {

    private static final Logger LOG = Logger.getLogger(UtmClient.class);

    private final UtmTransport transport;
    private final UtmConfig config;
    private final UtmMetrics metrics;

    /** Without metrics (the workstation's reference client runs outside the service). */
    UtmClient(UtmConfig config) {
        this(config, null);
    }

    UtmClient(UtmConfig config, UtmMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.transport = new UtmTransport(config);
    }

    /** Whether the HTTP client's selector thread still runs (see {@link UtmTransport#isAlive()}). */
    boolean isAlive() {
        return transport.isAlive();
    }

    /** {@code POST /opt/in/{utmPath}}; an {@code <error>} answer is returned, not thrown: UTM did answer. */
    UtmAck send(String utmUrl, String utmPath, String xml) throws UtmException {
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
    byte[] sendForAnswer(String utmUrl, String utmPath, String xml) throws UtmException {
        MultipartBody body = new MultipartBody(utmPath + ".xml", xml);
        HttpRequest request = transport.request(UtmUrls.resolve(utmUrl, "/opt/in/" + utmPath))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        return transport.exchange(request);
    }

    /** {@code GET /opt/out}: what UTM holds for us (entries the URL rule refuses are left out, see {@link #readIncoming}). */
    List<UtmListEntry> listIncoming(String utmUrl) throws UtmException {
        return readIncoming(utmUrl).entries();
    }

    /**
     * {@code GET /opt/out} read as it streams, up to {@code egais.utm.max-list-entries}, each entry checked by
     * {@link UtmListedUrls}: what may be loaded, what was refused and why, and whether the list went on.
     */
    UtmList readIncoming(String utmUrl) throws UtmException {
        return readList(utmUrl, UtmUrls.resolve(utmUrl, "/opt/out"), UtmListedUrls.OUT);
    }

    /** {@code GET /opt/out?replyId=…}: the answers linked to one of our submissions. */
    List<UtmListEntry> listIncoming(String utmUrl, String replyId) throws UtmException {
        URI uri = UtmUrls.resolve(utmUrl, "/opt/out?replyId=" + URLEncoder.encode(replyId, StandardCharsets.UTF_8));
        return readList(utmUrl, uri, UtmListedUrls.OUT).entries();
    }

    /** {@code GET /opt/in}: our documents UTM still holds (read when settling a document in doubt). */
    List<UtmListEntry> listOutgoing(String utmUrl) throws UtmException {
        return readList(utmUrl, UtmUrls.resolve(utmUrl, "/opt/in"), UtmListedUrls.IN).entries();
    }

    private UtmList readList(String utmUrl, URI uri, String root) throws UtmException {
        int max = config.maxListEntries();
        long maxBytes = config.maxListSize().asLongValue();
        List<UtmListEntry> read = counted("list", () -> transport.streamed(transport.request(uri).GET().build(),
                (in, announced) -> {
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
        List<UtmListEntry> entries = new ArrayList<>();
        List<UtmListedUrls.Refused> refused = new ArrayList<>();
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
    String fetch(String utmUrl, String listedUrl) throws UtmException {
        return XmlText.decode(fetchBytes(utmUrl, listedUrl));
    }

    /** Fetches one listed document's bytes, refusing more than {@code egais.utm.max-document-size}. */
    byte[] fetchBytes(String utmUrl, String listedUrl) throws UtmException {
        return fetchBytes(utmUrl, listedUrl, (read, announced) -> { });
    }

    /** As {@link #fetchBytes(String, String)}, telling how far the read has come (a large reply takes a while). */
    byte[] fetchBytes(String utmUrl, String listedUrl, FetchProgress progress) throws UtmException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        download(utmUrl, listedUrl, bytes, progress);
        return bytes.toByteArray();
    }

    /**
     * Streams one listed document into {@code target} (a file, for documents of tens of megabytes), refusing more
     * than {@code egais.utm.max-document-size} without reading the rest, and telling how far it has come.
     * Returns the number of bytes written.
     */
    long download(String utmUrl, String listedUrl, OutputStream target, FetchProgress progress) throws UtmException {
        return counted("fetch", () -> downloadLimited(utmUrl, listedUrl, target, progress));
    }

    private long downloadLimited(String utmUrl, String listedUrl, OutputStream target, FetchProgress progress)
            throws UtmException {
        long limit = config.maxDocumentSize().asLongValue();
        HttpRequest request = transport.request(UtmUrls.rebase(utmUrl, listedUrl)).GET().build();
        return transport.streamed(request, (body, announced) -> {
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

    /** A local write failure (a full disk) is ours, not UTM's: it must not read as "UTM not reachable". */
    private static void writeLocally(OutputStream target, byte[] buffer, int n) {
        try {
            target.write(buffer, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a document loaded from UTM: " + e.getMessage(), e);
        }
    }

    /** {@code DELETE} of a listed document, once it is stored on our side. */
    void delete(String utmUrl, String listedUrl) throws UtmException {
        try {
            transport.exchange(transport.request(UtmUrls.rebase(utmUrl, listedUrl)).DELETE().build());
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
    String info(String utmUrl) throws UtmException {
        return new String(counted("info", () -> transport.get(UtmUrls.resolve(utmUrl, "/api/info/list"))),
                StandardCharsets.UTF_8);
    }

    /** {@code GET /diagnosis}: XML whose {@code CN} is the FSRAR ID of the key in the token. */
    String diagnosis(String utmUrl) throws UtmException {
        return XmlText.decode(counted("info", () -> transport.get(UtmUrls.resolve(utmUrl, "/diagnosis"))));
    }

    private static final Pattern DIAGNOSIS_CN = Pattern.compile("<CN>\\s*([^<\\s]+)\\s*</CN>");
    private static final Pattern OWNER_ID = Pattern.compile("\"ownerId\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * The FSRAR ID of the key in the UTM's token: {@code /diagnosis}'s {@code CN}, or, from a UTM without it,
     * {@code /api/info/list}'s {@code ownerId}; empty when the UTM names neither. Fails when the UTM is not reachable.
     */
    Optional<String> keyOwner(String utmUrl) throws UtmException {
        try {
            Matcher cn = DIAGNOSIS_CN.matcher(diagnosis(utmUrl));
            if (cn.find()) {
                return Optional.of(cn.group(1));
            }
        } catch (UtmHttpStatusException | UtmProtocolException e) {
            // an older UTM without /diagnosis: ask /api/info/list
        }
        Matcher owner = OWNER_ID.matcher(info(utmUrl));
        return owner.find() ? Optional.of(owner.group(1)) : Optional.empty();
    }

    /** A page of UTM's web UI (text), e.g. the schema listing under /info. */
    String page(String utmUrl, String path) throws UtmException {
        return new String(transport.get(UtmUrls.resolve(utmUrl, path)), StandardCharsets.UTF_8);
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
}
