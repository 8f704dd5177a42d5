package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * Settling after lost answers on a UTM other programs use too: {@code bench.settle.foreign} (1,000) documents another
 * program posted are in /opt/in (acts and identical QueryRests_v2), {@code bench.settle.doubt} (50) acts of ours are in
 * doubt (UTM took them, the answers were lost) and {@code bench.settle.queued} (200) more wait behind them. Measured:
 * from the drain's start to every document sent — one pass over /opt/in for all the doubtful ones (target: a few
 * seconds; the issue measured 68 s for 400 foreign entries and one crash before).
 */
class InDoubtSettleBench {

    static final int FOREIGN = Integer.getInteger("bench.settle.foreign", 1_000);
    static final int DOUBT = Integer.getInteger("bench.settle.doubt", 50);
    static final int QUEUED = Integer.getInteger("bench.settle.queued", 200);

    @Test
    void settlesFiftyInDoubtNextToAThousandForeignEntries() throws Exception {
        String fsrarId = "030000000003";
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0);
             ServiceProcess service = ServiceBenchSupport.start("settle",
                     Map.of("egais.exchange.schedule-enabled", "false", "egais.schemas.check", "false"), List.of())) {
            ServiceBenchSupport.organization(service, fsrarId, utm.url());
            String query = ServiceBenchSupport.call(service, "POST", "/api/v1/documents",
                    "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"QueryRests_v2\",\"externalId\":\"q\"}").body();
            String queryId = query.replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
            String queryXml = ServiceBenchSupport.call(service, "GET", "/api/v1/documents/" + queryId + "/xml", null).body();
            String actXml = null;
            utm.faults().loseAnswers(true);
            for (int i = 0; i < DOUBT; i++) {
                HttpResponse<String> r = ServiceBenchSupport.call(service, "POST", "/api/v1/documents", act(fsrarId, "doubt-" + i, true));
                if (actXml == null) {
                    String id = r.body().replaceAll("(?s).*\"id\":\"([^\"]+)\".*", "$1");
                    actXml = ServiceBenchSupport.call(service, "GET", "/api/v1/documents/" + id + "/xml", null).body();
                }
            }
            utm.faults().clear();
            // Another program's documents, after ours: each one could be ours as far as its position tells.
            for (int i = 0; i < FOREIGN; i++) {
                utm.postForeign(i % 2 == 0 ? "QueryRests_v2" : "WayBillAct_v4",
                        i % 2 == 0 ? queryXml : actXml.replace("doubt-0", "foreign-" + i));
            }
            for (int i = 0; i < QUEUED; i++) {
                ServiceBenchSupport.call(service, "POST", "/api/v1/documents", act(fsrarId, "queued-" + i, false));
            }
            long inUtmBefore = utm.ours().size();
            long t0 = System.nanoTime();
            HttpResponse<String> r = ServiceBenchSupport.call(service, "POST", "/api/v1/outbox/process",
                    "{\"fsrarIds\":[\"" + fsrarId + "\"]}");
            double seconds = (System.nanoTime() - t0) / 1e9;
            long posted = utm.ours().size() - inUtmBefore;
            if (posted != QUEUED + 1) {
                throw new IllegalStateException("expected " + (QUEUED + 1) + " posts after settling, UTM got " + posted
                        + ": " + r.body());
            }
            BenchReport.record("settle in doubt", String.format("%d foreign entries in /opt/in, %d acts in doubt, %d queued: "
                            + "settled and drained in %.2f s (%d posted, none of the in-doubt ones again)",
                    FOREIGN, DOUBT, QUEUED, seconds, posted));
        }
    }

    private static String act(String fsrarId, String identity, boolean immediate) {
        return "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"WayBillAct_v4\",\"externalId\":\"" + identity
                + "\",\"identity\":\"" + identity + "\",\"isAccept\":\"Accepted\",\"actNumber\":\"" + identity
                + "\",\"actDate\":\"2026-11-23\",\"wbRegId\":\"TTN-0000000001\",\"immediate\":" + immediate + "}";
    }
}
