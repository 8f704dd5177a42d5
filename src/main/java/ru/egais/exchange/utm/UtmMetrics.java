package ru.egais.exchange.utm;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * Metrics of calls to UTMs: {@code egais_utm_send_seconds} (a POST of a document, by outcome) and
 * {@code egais_utm_errors_total} by kind (refused, connect_timeout, timeout, transport, http_4xx, http_5xx, garbage,
 * too_large, error_answer — UTM's {@code <error>} under 200, bad_url — a listed URL refused by {@link UtmListedUrls}) and call.
 */
@ApplicationScoped
public class UtmMetrics {

    private final MeterRegistry registry;

    public UtmMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void recordSend(long nanos, String outcome) {
        Timer.builder("egais.utm.send").description("POST of a document to UTM, until its answer")
                .tag("outcome", outcome).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    void countError(String call, String kind) {
        Counter.builder("egais.utm.errors").description("Calls to UTM that failed, by kind")
                .tag("call", call).tag("kind", kind).register(registry).increment();
    }

    /** The kind of a failed call, as an operator would tell them apart. */
    static String kindOf(UtmException e) {
        if (e instanceof UtmDocumentTooLargeException || e instanceof UtmListTooLargeException) {
            return "too_large";
        }
        if (e instanceof UtmHttpStatusException status) {
            return "http_" + status.status() / 100 + "xx";
        }
        if (e instanceof UtmProtocolException) {
            return "garbage";
        }
        Throwable cause = e.getCause();
        if (cause instanceof HttpConnectTimeoutException) {
            return "connect_timeout";
        }
        if (cause instanceof ConnectException) {
            return "refused";
        }
        if (cause instanceof HttpTimeoutException) {
            return "timeout";
        }
        return "transport";
    }
}
