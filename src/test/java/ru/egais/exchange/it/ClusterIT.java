package ru.egais.exchange.it;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.ReceivedDocument;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.ServiceProcess;
import ru.egais.exchange.testsupport.TestServers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the PostgreSQL build on one database (in the style of db-scheduler's ClusterTests): documents
 * of several organizations are queued through both, both drain them to the simulated UTMs, and one instance is
 * killed with SIGKILL midway. Every document must reach its UTM exactly once, and the broker must carry one event
 * per status change (repeats only from the crash, dropped by their idempotency key). Needs the servers of
 * {@code .ci/servers.sh}. The size is {@code -Dcluster.documents=…}: 2,000 in {@code mvn verify} (enough for the
 * kill to land mid-drain with claims in flight), 10,000 in the bench profile ({@code mvn -Pbench verify}).
 */
class ClusterIT {

    static final int DOCUMENTS = Integer.getInteger("cluster.documents", 2_000);
    static final int ORGANIZATIONS = 4;
    static final Pattern FORM2 = Pattern.compile("(FB-9\\d{14})");
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    final List<ServiceProcess> services = new ArrayList<>();
    final List<UtmSimulator> utms = new ArrayList<>();
    final List<String> fsrarIds = new ArrayList<>();
    /** Per idempotency key, how often the broker delivered it to the test's queue. */
    final Map<String, Integer> deliveries = new ConcurrentHashMap<>();
    final AtomicInteger withoutKey = new AtomicInteger();
    Connection amqp;

    @AfterEach
    void stop() throws Exception {
        for (ServiceProcess s : services) {
            s.close();
        }
        utms.forEach(UtmSimulator::close);
        if (amqp != null) {
            amqp.close();
        }
    }

    @Test
    void twoInstancesKilledMidwaySendEveryDocumentOnceAndPublishEveryChange() throws Exception {
        String dbUrl = TestServers.newDatabase("egais_cluster");
        String exchange = "egais.cluster-test." + Long.toHexString(System.nanoTime());
        listenToEvents(exchange);
        startSilentUtms();
        startTwoInstances(dbUrl, exchange);
        ServiceProcess a = services.get(0);
        ServiceProcess b = services.get(1);
        for (int i = 0; i < ORGANIZATIONS; i++) {
            call(a, "PUT", "/api/v1/organizations/" + fsrarIds.get(i),
                    "{\"utmUrl\":\"" + utms.get(i).url() + "\",\"pollIntervalSeconds\":1}", 200);
        }

        long t0 = System.nanoTime();
        int receivedAtKill = queueThroughBothKillingOneMidway(a, b, t0);
        double prepared = (System.nanoTime() - t0) / 1e9;
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        awaitDrained(dbUrl, deadline);
        double drained = (System.nanoTime() - t0) / 1e9;
        Set<String> changes = statusChangesInLog(dbUrl);
        awaitPublished(dbUrl, changes, deadline);

        assertEveryDocumentSentExactlyOnce(dbUrl);
        int repeats = assertOneEventPerStatusChange(changes);
        int inDoubt = countInLog(dbUrl, "detail = 'interrupted while being posted; UTM may have it'");

        String figures = String.format("%d documents, %d organizations, 2 instances, one killed after %d were sent: "
                        + "queued in %.1f s, all sent after %.1f s (%.0f/s); %d returned in doubt and settled from UTM's "
                        + "/opt/in; sent twice 0; %d events, %d delivered twice",
                DOCUMENTS, ORGANIZATIONS, receivedAtKill, prepared, drained, DOCUMENTS / drained, inDoubt,
                changes.size(), repeats);
        System.out.println("ClusterIT: " + figures);
        Files.writeString(Path.of("target", "cluster-figures.txt"), figures + System.lineSeparator());
    }

    /** The test's consumer: a queue bound to the events exchange before anything is published. */
    void listenToEvents(String exchange) throws Exception {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(TestServers.amqpHost());
        factory.setPort(TestServers.amqpPort());
        amqp = factory.newConnection();
        Channel channel = amqp.createChannel();
        channel.exchangeDeclare(exchange, "topic", true);
        String queue = channel.queueDeclare().getQueue();
        channel.queueBind(queue, exchange, "#");
        channel.basicConsume(queue, true, (tag, delivery) -> {
            Object key = delivery.getProperties().getHeaders() == null ? null
                    : delivery.getProperties().getHeaders().get("idempotency-key");
            String body = new String(delivery.getBody(), StandardCharsets.UTF_8);
            if (key == null || !body.contains("\"eventId\":\"" + key + "\"")) {
                withoutKey.incrementAndGet();
            } else {
                deliveries.merge(key.toString(), 1, Integer::sum);
            }
        }, tag -> {
        });
    }

    /** EGAIS does not answer during the test: every document ends SENT, and UTM keeps what it took. */
    void startSilentUtms() {
        for (int i = 0; i < ORGANIZATIONS; i++) {
            String fsrarId = "03000" + (1000000 + i * 1111 + (int) (System.nanoTime() % 1000));
            fsrarIds.add(fsrarId);
            utms.add(UtmSimulator.start(fsrarId, 0).answerDelay(Duration.ofHours(1)));
        }
    }

    /** Both instances of the packaged service on the one database, started side by side. */
    void startTwoInstances(String dbUrl, String exchange) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "cluster-");
        Map<String, String> settings = Map.ofEntries(
                Map.entry("egais.exchange.tick", "200ms"),
                Map.entry("egais.schemas.check", "false"),
                Map.entry("egais.cluster.lease", "5S"),
                Map.entry("egais.cluster.heartbeat", "1s"),
                Map.entry("egais.outbox.reclaim-every", "1s"),
                Map.entry("egais.outbox.retry.initial-backoff", "200ms"),
                Map.entry("egais.events.enabled", "true"),
                Map.entry("egais.events.poll", "200ms"),
                Map.entry("egais.events.exchange", exchange),
                Map.entry("rabbitmq-host", TestServers.amqpHost()),
                Map.entry("rabbitmq-port", String.valueOf(TestServers.amqpPort())),
                Map.entry("quarkus.log.category.\"ru.egais\".level", "WARN"));
        Map<String, String> environment = Map.of("QUARKUS_PROFILE", "postgresql", "EGAIS_DB_URL", dbUrl,
                "EGAIS_DB_USER", TestServers.pgUser(), "EGAIS_DB_PASSWORD", TestServers.pgPassword());
        ExecutorService starter = Executors.newFixedThreadPool(2);
        List<Future<ServiceProcess>> starting = new ArrayList<>();
        for (String name : List.of("a", "b")) {
            starting.add(starter.submit(() -> ServiceProcess.startOnPostgres(dir.resolve(name), dir.resolve(name + ".log"),
                    settings, environment)));
        }
        for (Future<ServiceProcess> f : starting) {
            services.add(f.get());
        }
        starter.shutdown();
    }

    /**
     * Queues the documents through both instances (8 clients) and kills {@code a} (SIGKILL) once about a third of
     * them reached their UTMs; a request to the killed one is repeated on {@code b} with the same externalId, which
     * returns the document if it had been stored. Returns how many the UTMs had at the kill.
     */
    int queueThroughBothKillingOneMidway(ServiceProcess a, ServiceProcess b, long t0) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> posting = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            posting.add(clients.submit(() -> {
                for (int i = next.getAndIncrement(); i < DOCUMENTS; i = next.getAndIncrement()) {
                    String body = "{\"fsrarId\":\"" + fsrarIds.get(i % ORGANIZATIONS) + "\",\"type\":\"QueryRestBCode\","
                            + "\"externalId\":\"cluster-" + i + "\",\"parameters\":{\"ФОРМА2\":\"" + form2(i) + "\"}}";
                    ServiceProcess first = i % 2 == 0 ? a : b;
                    if (!tryPrepare(first, body)) {
                        while (!tryPrepare(b, body)) {
                            Thread.sleep(200);
                        }
                    }
                }
                return null;
            }));
        }
        while (received() < DOCUMENTS / 3) {
            assertThat(System.nanoTime() - t0).as("a third sent within 10 minutes").isLessThan(Duration.ofMinutes(10).toNanos());
            Thread.sleep(50);
        }
        int receivedAtKill = received();
        assertThat(a.kill()).isEqualTo(ServiceProcess.KILLED);
        for (Future<?> f : posting) {
            f.get();
        }
        clients.shutdown();
        return receivedAtKill;
    }

    /** The survivor takes over a's organizations once their leases run out, and a's unfinished claims in doubt. */
    void awaitDrained(String dbUrl, long deadline) throws Exception {
        while (received() < DOCUMENTS || openInDatabase(dbUrl) > 0) {
            assertThat(System.nanoTime()).as("drained within 20 minutes: %d of %d received", received(), DOCUMENTS)
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    void awaitPublished(String dbUrl, Set<String> changes, long deadline) throws Exception {
        while (!deliveries.keySet().containsAll(changes) || unpublished(dbUrl) > 0) {
            assertThat(System.nanoTime()).as("events published: %d of %d", deliveries.size(), changes.size())
                    .isLessThan(deadline);
            Thread.sleep(200);
        }
        Thread.sleep(1000); // late repeats, if any, arrive now
    }

    /** Exactly once at the UTMs, by document identity (each document queries its own F2 id); all SENT. */
    void assertEveryDocumentSentExactlyOnce(String dbUrl) throws Exception {
        Map<String, Integer> sent = new HashMap<>();
        for (UtmSimulator utm : utms) {
            for (ReceivedDocument d : utm.received()) {
                Matcher m = FORM2.matcher(d.xml());
                assertThat(m.find()).as("an F2 id in %s", d.xml()).isTrue();
                sent.merge(m.group(1), 1, Integer::sum);
            }
        }
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < DOCUMENTS; i++) {
            expected.add(form2(i));
        }
        assertThat(sent.keySet()).isEqualTo(expected);
        assertThat(sent.values().stream().filter(n -> n > 1).count()).as("documents sent twice").isZero();
        assertThat(documentStatuses(dbUrl)).as("every document SENT").isEqualTo(Map.of("SENT", DOCUMENTS));
    }

    /**
     * One event per status change: the distinct idempotency keys are exactly the log's status changes. Returns how
     * many were delivered again (possible only for a batch the killed instance had published but not yet marked).
     */
    int assertOneEventPerStatusChange(Set<String> changes) {
        assertThat(withoutKey.get()).as("messages without an idempotency key").isZero();
        assertThat(deliveries.keySet()).isEqualTo(changes);
        assertThat(changes).hasSize(2 * DOCUMENTS); // created QUEUED, then SENT
        int repeats = deliveries.values().stream().mapToInt(n -> n - 1).sum();
        assertThat(repeats).as("events delivered again after the crash").isLessThanOrEqualTo(200);
        return repeats;
    }

    static String form2(int i) {
        return String.format("FB-9%014d", i);
    }

    int received() {
        return utms.stream().mapToInt(u -> u.received().size()).sum();
    }

    static boolean tryPrepare(ServiceProcess service, String body) {
        try {
            HttpResponse<String> r = HTTP.send(request(service, "POST", "/api/v1/documents", body),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 && r.statusCode() != 201) {
                throw new IllegalStateException(r.statusCode() + " " + r.body());
            }
            return true;
        } catch (java.io.IOException e) {
            return false; // that instance is gone
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void call(ServiceProcess service, String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> r = HTTP.send(request(service, method, path, json), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
    }

    static HttpRequest request(ServiceProcess service, String method, String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
    }

    // ---- the shared database, read directly ----

    static java.sql.Connection db(String url) throws Exception {
        return DriverManager.getConnection(url, TestServers.pgUser(), TestServers.pgPassword());
    }

    static int openInDatabase(String url) throws Exception {
        return countWhere(url, "select count(*) from outbox_message where state in ('PENDING', 'SENDING')");
    }

    static int unpublished(String url) throws Exception {
        return countWhere(url, "select count(*) from document_event_outbox where published_at is null");
    }

    static int countInLog(String url, String condition) throws Exception {
        return countWhere(url, "select count(*) from exchange_log where " + condition);
    }

    static int countWhere(String url, String sql) throws Exception {
        try (java.sql.Connection c = db(url); ResultSet r = c.createStatement().executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    static Map<String, Integer> documentStatuses(String url) throws Exception {
        Map<String, Integer> statuses = new HashMap<>();
        try (java.sql.Connection c = db(url);
             ResultSet r = c.createStatement().executeQuery("select status, count(*) from document group by status")) {
            while (r.next()) {
                statuses.put(r.getString(1), r.getInt(2));
            }
        }
        return statuses;
    }

    /** The ids of the exchange-log steps after which a document's status differed from the step before. */
    static Set<String> statusChangesInLog(String url) throws Exception {
        Set<String> changes = new HashSet<>();
        try (java.sql.Connection c = db(url); ResultSet r = c.createStatement().executeQuery(
                "select id, document_id, status_after from exchange_log where document_id is not null "
                        + "order by document_id, step")) {
            String document = null;
            String status = null;
            while (r.next()) {
                if (!r.getString(2).equals(document)) {
                    document = r.getString(2);
                    status = null;
                }
                if (!Objects.equals(status, r.getString(3))) {
                    changes.add(r.getString(1));
                }
                status = r.getString(3);
            }
        }
        return changes;
    }
}
