package ru.egais.exchange.relay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.relay.transport.RelayTransport;
import ru.egais.exchange.relay.transport.RelayTransports;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** The relay's peer nodes: settings saved and shown, and the transport of each. */
@ApplicationScoped
public class RelayNodeService {

    private static final int DEFAULT_INTERVAL = 300;

    private final EntityManager em;
    private final RelayJournal journal;
    private final ObjectMapper json;
    private final RelayQuarantine quarantine;
    private final Clock clock;

    public RelayNodeService(EntityManager em, RelayJournal journal, ObjectMapper json, RelayQuarantine quarantine,
                            Clock clock) {
        this.em = em;
        this.quarantine = quarantine;
        this.journal = journal;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public RelayNodeView saveNode(String code, RelayNodeSettings s) {
        if (s == null) {
            throw new RequestUnreadable("a JSON node is required");
        }
        Object transportSettings = RelayNodeChecks.require(code, s);
        Instant now = Instant.now(clock);
        RelayNode n = em.find(RelayNode.class, code);
        boolean created = n == null;
        if (created) {
            n = new RelayNode();
            n.code = code;
            n.createdAt = now;
        }
        n.localCode = s.localCode();
        n.exchangeName = s.exchangeName() == null ? "EGAIS" : s.exchangeName();
        n.peerRole = s.peerRole();
        n.transport = s.transport();
        n.settings = toJson(transportSettings);
        n.intervalSeconds = s.intervalSeconds() == null ? DEFAULT_INTERVAL : s.intervalSeconds();
        n.enabled = s.enabled() == null || s.enabled();
        n.updatedAt = now;
        if (created) {
            em.persist(n);
        }
        journal.peersChanged();
        return view(n);
    }

    @Transactional
    public RelayNodeView getNode(String code) {
        return view(find(code));
    }

    @Transactional
    public List<RelayNodeView> listNodes() {
        return em.createQuery("from RelayNode order by code", RelayNode.class).getResultList().stream()
                .map(this::view).toList();
    }

    @Transactional
    public void deleteNode(String code) {
        RelayNode n = find(code);
        em.createQuery("delete from RelayRegistration where nodeCode = :n").setParameter("n", code).executeUpdate();
        em.remove(n);
        journal.peersChanged();
    }

    /** What an exchange with the node needs, read in one short transaction. */
    @Transactional
    public Peer peer(String code) {
        RelayNode n = find(code);
        return new Peer(n.code, n.localCode, n.exchangeName, n.enabled, n.intervalSeconds, n.lastExchangeAt,
                n.retryAt, RelayTransports.of(n.transport, n.settings, json));
    }

    @Transactional
    public List<String> enabledCodes() {
        return em.createQuery("select n.code from RelayNode n where n.enabled = true order by n.code", String.class)
                .getResultList();
    }

    /**
     * Records an exchange ({@code error}: what went wrong or was set aside; {@code failed}: it did not get
     * through); after a failure, when the next tick tries again ({@code transport}'s retry period, so
     * that no caller ever waits for a retry).
     */
    @Transactional
    public void recordExchange(String code, String error, boolean failed, RelayTransport transport) {
        RelayNode n = em.find(RelayNode.class, code);
        if (n != null) {
            Instant now = Instant.now(clock);
            n.lastExchangeAt = now;
            n.lastError = error == null || error.length() <= 4000 ? error : error.substring(0, 4000);
            n.failures = failed ? n.failures + 1 : 0;
            long delay = failed ? transport.retryDelayMillis(n.failures) : -1;
            n.retryAt = delay < 0 ? null : now.plusMillis(delay);
        }
    }

    /** A peer with its transport. */
    public record Peer(String code, String localCode, String exchangeName, boolean enabled, int intervalSeconds,
                       Instant lastExchangeAt, Instant retryAt, RelayTransport transport) {
    }

    RelayNode find(String code) {
        RelayNode n = code == null ? null : em.find(RelayNode.class, code);
        if (n == null) {
            throw new NotFound("no relay node " + code + ": PUT /api/v1/relay/nodes/" + code + " first");
        }
        return n;
    }

    private RelayNodeView view(RelayNode n) {
        return new RelayNodeView(n.code, n.localCode, n.exchangeName, n.peerRole, n.transport, masked(n.settings),
                n.intervalSeconds, n.enabled, n.lastSentNo, n.lastReceivedNo, n.lastAckedNo, journal.pending(n.code),
                n.gapsSeen, n.repeatsIgnored, n.lastExchangeAt, n.lastError, n.failures, n.retryAt,
                quarantine.count(n.code));
    }

    private JsonNode masked(String settings) {
        try {
            JsonNode node = json.readTree(settings);
            if (node instanceof ObjectNode o) {
                for (String secret : List.of("password", "oauth2Token")) {
                    if (o.hasNonNull(secret)) {
                        o.put(secret, "***");
                    }
                }
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored relay settings cannot be read", e);
        }
    }

    private String toJson(Object settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("relay settings cannot be written", e);
        }
    }
}
