package ru.egais.exchange.utm;

import ru.egais.exchange.utm.xml.AckReader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * {@code POST /xml?type=ChequeV3|ChequeV4}: UTM signs a retail cheque while the cashier waits (PROTOCOL.md §2,
 * OpenPapyrus {@code PutCCheck}). Unlike {@code /opt/in}, a cheque is never queued, so every call is bounded by
 * the caller's time and every failure says whether the cheque may have reached UTM: only a connection that was
 * never made proves it did not. A 5xx or a garbled answer came from a UTM that had the cheque, so it may be signed.
 */
class UtmChequeClient {

    /** One client per connect time-out (the configured bound rarely changes, so this is one client in practice). */
    private final java.util.Map<Duration, HttpClient> clients = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A UTM on the shop's LAN connects in milliseconds; a connection not made within half the bound is a UTM that is
     * off (UNREACHABLE: it never had the cheque), told apart from one that took the cheque and did not answer.
     */
    private HttpClient client(Duration timeout) {
        return clients.computeIfAbsent(timeout.dividedBy(2), connect -> HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connect)
                .build());
    }

    /**
     * Posts the cheque and reads UTM's {@code <A>}: {@code <url>} is the receipt's QR link, {@code <sign>} its
     * signature; an {@code <error>} answer is returned, not thrown (UTM did answer, and signed nothing).
     *
     * @param timeout the whole call: connect, send, and UTM's answer
     */
    UtmAck sign(String utmUrl, String chequeType, String xml, Duration timeout) throws UtmException {
        MultipartBody body = new MultipartBody(chequeType + ".xml", xml);
        HttpRequest request = HttpRequest.newBuilder(UtmUrls.resolve(utmUrl, "/xml?type=" + chequeType))
                .timeout(timeout)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
                .build();
        String what = "POST " + request.uri();
        HttpResponse<byte[]> response;
        // The synchronous send, bounded by a deadline that interrupts it: sendAsync started a thread per answer on
        // a PC of two cores (see AnswerDeadline), a share of every cheque's wait.
        try (AnswerDeadline deadline = AnswerDeadline.start(timeout.plusMillis(250))) {
            try {
                response = client(timeout).send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (java.net.http.HttpTimeoutException e) {
                if (!(e instanceof HttpConnectTimeoutException)) {
                    throw new UtmException("UTM did not answer within " + timeout.toMillis() + " ms (" + what + ")", e, true);
                }
                throw new UtmException("UTM not reachable (" + what + "): " + describe(e), e, false);
            } catch (IOException e) {
                if (deadline.expired()) {
                    throw new UtmException("UTM did not answer within " + timeout.toMillis() + " ms (" + what + ")", e, true);
                }
                boolean neverConnected = e instanceof java.net.ConnectException
                        || e.getCause() instanceof java.net.ConnectException;
                throw new UtmException("UTM not reachable (" + what + "): " + describe(e), e, !neverConnected);
            } catch (InterruptedException e) {
                if (deadline.expired()) {
                    throw new UtmException("UTM did not answer within " + timeout.toMillis() + " ms (" + what + ")", e, true);
                }
                Thread.currentThread().interrupt();
                throw new UtmException("interrupted while calling UTM (" + what + ")", e, true);
            }
        }
        int status = response.statusCode();
        if (status >= 400 && status < 500) {
            // UTM turned the request away before taking it (an old UTM without /xml answers 404).
            return new UtmAck(null, null, null, "UTM answered HTTP " + status + " to " + what);
        }
        if (status < 200 || status > 299) {
            throw new UtmException("UTM answered HTTP " + status + " to " + what, null, true);
        }
        try {
            return AckReader.read(new ByteArrayInputStream(response.body()));
        } catch (UtmProtocolException e) {
            throw new UtmException(e.getMessage(), e, true);
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
