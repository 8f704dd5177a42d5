package ru.egais.exchange.bench;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * 50 organizations, each with its own simulated UTM and 200 queued documents, drained by one exchange call for
 * all (as the schedule runs them: each organization on its own worker). Fair means no organization waits for another's backlog: every organization's first document reaches its
 * UTM early in the run, and when the first organization is done the others have come about as far. Arrivals are
 * sampled at each simulator every 10 ms.
 */
class ManyOrganizationsBench {

    static final int ORGANIZATIONS = Integer.getInteger("bench.orgs", 50);
    static final int DOCUMENTS = Integer.getInteger("bench.orgs.documents", 200);

    @Test
    void drainIsFairAcrossOrganizations() throws Exception {
        List<UtmSimulator> utms = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        try (ServiceProcess service = ServiceBenchSupport.start("orgs",
                Map.of("egais.exchange.schedule-enabled", "false", "egais.schemas.check", "false"), List.of())) {
            for (int i = 0; i < ORGANIZATIONS; i++) {
                String fsrarId = String.format("0300001%05d", i);
                // EGAIS answers after the run: the figures are the sending side's.
                UtmSimulator utm = UtmSimulator.start(fsrarId, 0).answerDelay(java.time.Duration.ofHours(1));
                utms.add(utm);
                ids.add(fsrarId);
                ServiceBenchSupport.organization(service, fsrarId, utm.url());
            }
            queue(service, ids);

            long[] first = new long[ORGANIZATIONS];
            long[] done = new long[ORGANIZATIONS];
            int[] whenFirstDone = null;
            long t0 = System.nanoTime();
            Future<HttpResponse<String>> exchange = Executors.newSingleThreadExecutor().submit(() ->
                    ServiceBenchSupport.call(service, "POST", "/api/v1/exchange", "{}"));
            int finished = 0;
            while (finished < ORGANIZATIONS && !exchange.isDone()) {
                long now = System.nanoTime() - t0;
                int[] counts = new int[ORGANIZATIONS];
                for (int i = 0; i < ORGANIZATIONS; i++) {
                    counts[i] = (int) utms.get(i).receivedCount("QueryRests_v2");
                    if (counts[i] > 0 && first[i] == 0) {
                        first[i] = now;
                    }
                    if (counts[i] == DOCUMENTS && done[i] == 0) {
                        done[i] = now;
                        finished++;
                    }
                }
                if (finished > 0 && whenFirstDone == null) {
                    whenFirstDone = counts;
                }
                Thread.sleep(10);
            }
            HttpResponse<String> r = exchange.get();
            double total = (System.nanoTime() - t0) / 1e9;
            long sent = utms.stream().mapToLong(u -> u.receivedCount("QueryRests_v2")).sum();
            if (r.statusCode() != 200 || sent != (long) ORGANIZATIONS * DOCUMENTS) {
                throw new IllegalStateException(sent + " sent: " + r.body());
            }
            for (int i = 0; i < ORGANIZATIONS; i++) {
                done[i] = done[i] == 0 ? System.nanoTime() - t0 : done[i];
            }
            int[] progress = whenFirstDone == null ? new int[]{DOCUMENTS} : whenFirstDone;
            BenchReport.record("many organizations, fairness", String.format("%d organizations x %d documents "
                            + "in %.1f s (%.0f/s): first document at its UTM after median %.2f s, latest %.2f s; "
                            + "organization done after median %.2f s, first %.2f s, last %.2f s; when the first was done "
                            + "the others had sent %d..%d of %d",
                    ORGANIZATIONS, DOCUMENTS, total, ORGANIZATIONS * DOCUMENTS / total, median(first), max(first),
                    median(done), min(done), max(done), Arrays.stream(progress).min().orElse(0),
                    Arrays.stream(progress).max().orElse(0), DOCUMENTS));
        } finally {
            utms.forEach(UtmSimulator::close);
        }
    }

    /** 200 queued documents for each organization, from 8 clients. */
    private static void queue(ServiceProcess service, List<String> ids) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> calls = new ArrayList<>();
        for (String fsrarId : ids) {
            calls.add(clients.submit(() -> {
                for (int i = 0; i < DOCUMENTS; i++) {
                    HttpResponse<String> r = ServiceBenchSupport.call(service, "POST", "/api/v1/documents",
                            "{\"fsrarId\":\"" + fsrarId + "\",\"type\":\"QueryRests_v2\"}");
                    if (r.statusCode() / 100 != 2) {
                        throw new IllegalStateException(r.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : calls) {
            f.get();
        }
        clients.shutdown();
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e9;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e9;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e9;
    }
}
