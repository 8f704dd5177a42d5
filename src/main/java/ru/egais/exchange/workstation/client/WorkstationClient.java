package ru.egais.exchange.workstation.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.configuration.MemorySize;
import ru.egais.exchange.utm.UtmGateway;
import ru.egais.exchange.utm.UtmConfig;
import ru.egais.exchange.utm.UtmException;
import ru.egais.exchange.utm.UtmListEntry;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A reference workstation: one exchange between the service and a UTM only this machine reaches. Pull the
 * prepared messages, post each to the UTM (an in-doubt one is first looked for in /opt/in), report UTM's answers,
 * read /opt/out and upload it, then delete from the UTM what the service has stored. Run it as
 * {@code java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*"
 * ru.egais.exchange.workstation.client.WorkstationClient
 * <service URL> <FSRAR ID> <UTM URL> [token]}.
 */
public final class WorkstationClient {

    /** What one exchange did. */
    public record Result(int posted, int foundInUtm, int failed, int uploaded, int deleted) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String service;
    private final String token;
    private final String fsrarId;
    private final String utmUrl;
    private final String workstationId;
    private final UtmGateway utm;

    public WorkstationClient(String serviceUrl, String token, String fsrarId, String utmUrl, String workstationId) {
        this.service = serviceUrl.endsWith("/") ? serviceUrl.substring(0, serviceUrl.length() - 1) : serviceUrl;
        this.token = token;
        this.fsrarId = fsrarId;
        this.utmUrl = utmUrl;
        this.workstationId = workstationId;
        this.utm = UtmGateway.standalone(new UtmConfig() {
            @Override
            public Duration connectTimeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public Duration readTimeout() {
                return Duration.ofSeconds(60);
            }

            @Override
            public MemorySize maxDocumentSize() {
                return new MemorySize(BigInteger.valueOf(64L * 1024 * 1024));
            }

            @Override
            public Duration answerDeadline() {
                return Duration.ofMinutes(5);
            }

            @Override
            public int maxListEntries() {
                return 10_000;
            }

            @Override
            public MemorySize maxListSize() {
                return new MemorySize(BigInteger.valueOf(16L * 1024 * 1024));
            }
        });
    }

    /** One whole exchange. */
    public Result exchangeOnce() throws IOException, InterruptedException {
        int[] counts = sendQueue();
        int[] received = receive();
        return new Result(counts[0], counts[1], counts[2], received[0], received[1]);
    }

    /** Pulls and posts the queue, reports the answers; returns posted, found in UTM, failed. */
    public int[] sendQueue() throws IOException, InterruptedException {
        JsonNode batch = call("/pull", JSON.createObjectNode().put("workstationId", workstationId));
        List<JsonNode> answers = new ArrayList<>();
        int posted = 0;
        int found = 0;
        int failed = 0;
        for (JsonNode m : batch.path("messages")) {
            ObjectNode answer = JSON.createObjectNode().put("messageId", m.path("messageId").asText());
            try {
                if (m.path("inDoubt").asBoolean()) {
                    ArrayNode candidates = answer.putArray("foundReplyIds");
                    findInUtm(m.path("xml").asText()).forEach(candidates::add);
                    if (!candidates.isEmpty()) {
                        found++;
                        answers.add(answer);
                        continue;
                    }
                    answers.add(answer); // not in UTM: the service will hand it out again to be posted
                    continue;
                }
                byte[] ack = utm.sendForAnswer(utmUrl, m.path("utmPath").asText(), m.path("xml").asText());
                answer.put("ack", new String(ack, StandardCharsets.UTF_8));
                posted++;
            } catch (UtmException e) {
                answer.put("error", e.getMessage()).put("mayHaveArrived", e.mayHaveArrived());
                failed++;
            }
            answers.add(answer);
        }
        if (!answers.isEmpty()) {
            call("/answers", JSON.valueToTree(answers));
        }
        return new int[]{posted, found, failed};
    }

    /** Reads /opt/out, uploads it, deletes what the service stored; returns uploaded, deleted. */
    public int[] receive() throws IOException, InterruptedException {
        ArrayNode docs = JSON.createArrayNode();
        try {
            for (UtmListEntry e : utm.listIncoming(utmUrl)) {
                docs.addObject().put("url", e.url()).put("replyId", e.replyId()).put("xml", utm.fetch(utmUrl, e.url()));
            }
        } catch (UtmException e) {
            throw new IOException("cannot read the UTM: " + e.getMessage(), e);
        }
        if (docs.isEmpty()) {
            return new int[]{0, 0};
        }
        JsonNode result = call("/incoming", docs);
        int deleted = 0;
        for (JsonNode url : result.path("deletable")) {
            try {
                utm.delete(utmUrl, url.asText());
                deleted++;
            } catch (UtmException e) {
                // left in UTM: it comes back next time as a duplicate and is deleted then
            }
        }
        return new int[]{docs.size(), deleted};
    }

    private List<String> findInUtm(String xml) throws UtmException {
        // the service tells which entries are its own; the workstation reports every entry with the text
        return utm.findInOptIn(utmUrl, xml, replyIds -> java.util.Set.of(), Integer.MAX_VALUE);
    }

    private JsonNode call(String path, JsonNode body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(service + "/api/v1/exchange/workstation/"
                        + fsrarId + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("service answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: WorkstationClient <service URL> <FSRAR ID> <UTM URL> [token]");
            System.exit(2);
        }
        WorkstationClient client = new WorkstationClient(args[0], args.length > 3 ? args[3] : null, args[1], args[2],
                java.net.InetAddress.getLocalHost().getHostName());
        System.out.println(client.exchangeOnce());
    }
}
