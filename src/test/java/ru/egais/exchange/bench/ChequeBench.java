package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.cheque.Cheques;
import ru.egais.exchange.egais.ChequeDocument;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;
import ru.egais.exchange.utm.xml.ChequeWriter;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * What the service adds to the cashier's wait: each round signs one cheque through {@code POST /api/v1/cheques}
 * and one by a bare {@code POST /xml} to the same simulated UTM (same size, new marks), one after the other, and
 * the per-round difference is reported (p50, p99) beside both latencies.
 */
class ChequeBench {

    static final int CHEQUES = Integer.getInteger("bench.cheques", 2_000);
    static final int WARM_UP = Integer.getInteger("bench.cheques.warmup", 300);

    @Test
    void serviceOverABarePostToTheSameUtm() throws Exception {
        String fsrarId = "030000000003";
        HttpClient bare = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0);
             ServiceProcess service = ServiceBenchSupport.start("cheques",
                     Map.of("egais.exchange.schedule-enabled", "false", "egais.schemas.check", "false"), List.of())) {
            ServiceBenchSupport.organization(service, fsrarId, utm.url());
            long[] viaService = new long[CHEQUES];
            long[] direct = new long[CHEQUES];
            long[] difference = new long[CHEQUES];
            for (int i = -WARM_UP; i < CHEQUES; i++) {
                int number = i + WARM_UP + 1;
                long t0 = System.nanoTime();
                HttpResponse<String> r = ServiceBenchSupport.call(service, "POST", "/api/v1/cheques", json(fsrarId, number));
                long t1 = System.nanoTime();
                HttpResponse<String> b = bare.send(barePost(utm.url(), fsrarId, number), HttpResponse.BodyHandlers.ofString());
                long t2 = System.nanoTime();
                if (r.statusCode() != 201 || !b.body().contains("check.egais.ru")) {
                    throw new IllegalStateException("not signed: " + r.statusCode() + " " + r.body() + " / " + b.body());
                }
                if (i >= 0) {
                    viaService[i] = t1 - t0;
                    direct[i] = t2 - t1;
                    difference[i] = viaService[i] - direct[i];
                }
            }
            BenchReport.record("cheque through the service vs a bare POST /xml (simulator, zero delay)", String.format(
                    "%d cheques: service p50 %.2f ms, p99 %.2f ms; bare POST /xml p50 %.2f ms, p99 %.2f ms; "
                            + "difference p50 %.2f ms, p99 %.2f ms",
                    CHEQUES, BenchReport.percentileMillis(viaService, 0.5), BenchReport.percentileMillis(viaService, 0.99),
                    BenchReport.percentileMillis(direct, 0.5), BenchReport.percentileMillis(direct, 0.99),
                    BenchReport.percentileMillis(difference, 0.5), BenchReport.percentileMillis(difference, 0.99)));
        }
    }

    static String json(String fsrarId, int number) {
        return "{\"fsrarId\":\"" + fsrarId + "\",\"kassa\":\"bench\",\"shift\":1,\"number\":" + number
                + ",\"date\":\"2026-12-01T10:15:00\",\"type\":\"Продажа\",\"bottles\":[{\"barcode\":\""
                + Cheques.newMark() + "\",\"ean\":\"4600000000008\",\"price\":499.90}]}";
    }

    static HttpRequest barePost(String utmUrl, String fsrarId, int number) {
        String xml = ChequeWriter.write(new ChequeDocument(fsrarId, ChequeDocument.Format.ChequeV3, null,
                new ChequeDocument.Header(LocalDateTime.of(2026, 12, 1, 10, 15), "bare", 1, number, "Продажа"), null,
                List.of(new ChequeDocument.Bottle(Cheques.newMark(), "4600000000008", new BigDecimal("499.90"))),
                List.of(), List.of()));
        String boundary = "bare";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"xml_file\"; filename=\"c.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(utmUrl + "/xml?type=ChequeV3"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }
}
