package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.document.StatusCounts;
import ru.egais.exchange.outbox.QueueDepths;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.processOutbox;
import static ru.egais.exchange.testsupport.Api.status;

/** What an operator's Prometheus sees in /q/metrics: queue depth, send latency, UTM errors, statuses, processing. */
@QuarkusTest
class MetricsTest extends WithSimulatedUtm {

    @Inject
    QueueDepths queueDepths;

    @Inject
    StatusCounts statusCounts;

    @Test
    void queueLatencyErrorsStatusesAndProcessingAreMetrics() {
        String sent = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");
        utm.faults().errorUnder200("Ошибка: ключ не найден");
        String rejected = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");
        assertThat(status(rejected)).isEqualTo("REJECTED");
        utm.faults().clear();
        utm.down();
        prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"));
        processOutbox(fsrarId);

        queueDepths.refreshMetrics();
        statusCounts.refreshMetrics();
        String metrics = metrics();
        String org = "fsrarId=\"" + fsrarId + "\"";
        assertThat(value(metrics, "egais_queue_depth{" + org + "}")).isEqualTo(1.0);
        assertThat(value(metrics, "egais_queue_oldest_seconds{" + org + "}")).isGreaterThanOrEqualTo(0.0);
        assertThat(value(metrics, "egais_documents{" + org + ",status=\"SENT\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "egais_documents{" + org + ",status=\"REJECTED\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "egais_documents{" + org + ",status=\"QUEUED\"}")).isEqualTo(1.0);
        assertThat(value(metrics, "egais_utm_send_seconds_count{outcome=\"answered\"}")).isGreaterThanOrEqualTo(1.0);
        assertThat(value(metrics, "egais_utm_send_seconds_count{outcome=\"error_answer\"}")).isGreaterThanOrEqualTo(1.0);
        assertThat(value(metrics, "egais_utm_errors_total{call=\"send\",kind=\"error_answer\"}")).isGreaterThanOrEqualTo(1.0);
        assertThat(value(metrics, "egais_utm_errors_total{call=\"send\",kind=\"refused\"}")).isGreaterThanOrEqualTo(1.0);

        utm.up();
        exchange(fsrarId);
        assertThat(status(sent)).isEqualTo("ACCEPTED");
        queueDepths.refreshMetrics();
        String after = metrics();
        assertThat(value(after, "egais_queue_depth{" + org + "}")).isEqualTo(0.0);
        assertThat(value(after, "egais_incoming_processed_total{" + org + ",status=\"PROCESSED\"}")).isGreaterThanOrEqualTo(1.0);
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E-]+)$").matcher(metrics);
        assertThat(m.find()).as("%s in%n%s", series, metrics).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
