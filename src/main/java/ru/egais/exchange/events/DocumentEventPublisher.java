package ru.egais.exchange.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.reactive.messaging.rabbitmq.OutgoingRabbitMQMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;
import ru.egais.exchange.cluster.Leases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Publishes the document-event outbox to the broker ({@code document-events} channel, RabbitMQ), oldest first, and
 * marks an event published only after the broker confirmed it: delivery is at least once (a crash between the
 * confirm and the mark sends it again), and consumers drop repeats by the idempotency key. One instance publishes
 * at a time (its lease), so events of a document leave in their order.
 */
@ApplicationScoped
public class DocumentEventPublisher {

    public static final String CHANNEL = "document-events";
    public static final String IDEMPOTENCY_KEY = "idempotency-key";
    private static final Logger LOG = Logger.getLogger(DocumentEventPublisher.class);
    private static final int BATCH = 200;

    private final DocumentEvents events;
    private final Emitter<String> channel;
    private final Leases leases;
    private final ObjectMapper json;
    private final Clock clock;

    public DocumentEventPublisher(DocumentEvents events, @Channel(CHANNEL) Emitter<String> channel, Leases leases,
                                  ObjectMapper json, Clock clock) {
        this.events = events;
        this.channel = channel;
        this.leases = leases;
        this.json = json;
        this.clock = clock;
    }

    @Scheduled(identity = "document-events", every = "${egais.events.poll:1s}", skipExecutionIf = Disabled.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void publishPending() {
        if (!leases.tryAcquire("document-events")) {
            return; // another instance publishes
        }
        List<DocumentEvent> batch;
        // The lease is taken again (renewed, as it is ours) before every batch: if it ran out meanwhile and another
        // instance took it, this one stops instead of publishing the same rows beside it.
        while (!(batch = events.unpublished(BATCH)).isEmpty()) {
            List<String> confirmed = publish(batch);
            if (!confirmed.isEmpty()) {
                events.markPublished(confirmed, Instant.now(clock));
            }
            if (confirmed.size() < batch.size()) {
                return; // the broker refused or did not answer: the rest waits for the next poll, in order
            }
            if (!leases.tryAcquire("document-events")) {
                return;
            }
        }
    }

    /** Sends the batch; returns the ids the broker confirmed, up to the first one it did not. */
    private List<String> publish(List<DocumentEvent> batch) {
        List<CompletableFuture<Void>> acks = new ArrayList<>();
        for (DocumentEvent e : batch) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks.add(ack);
            channel.send(Message.of(body(e), Metadata.of(metadata(e)), () -> {
                ack.complete(null);
                return CompletableFuture.completedFuture(null);
            }, failure -> {
                ack.completeExceptionally(failure);
                return CompletableFuture.completedFuture(null);
            }));
        }
        List<String> confirmed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(30, TimeUnit.SECONDS);
                confirmed.add(batch.get(i).id);
            } catch (Exception failed) {
                LOG.warnf("Document event %s not confirmed by the broker: %s", batch.get(i).id, failed.toString());
                break;
            }
        }
        return confirmed;
    }

    private static OutgoingRabbitMQMetadata metadata(DocumentEvent e) {
        return OutgoingRabbitMQMetadata.builder()
                .withRoutingKey(e.fsrarId + "." + e.statusAfter)
                .withMessageId(e.id)
                .withHeader(IDEMPOTENCY_KEY, e.id)
                .withContentType("application/json")
                .withDeliveryMode(2) // persistent
                .build();
    }

    String body(DocumentEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("eventId", e.id);
        m.put("documentId", e.documentId);
        m.put("fsrarId", e.fsrarId);
        m.put("docType", e.docType);
        m.put("externalId", e.externalId);
        m.put("step", e.step);
        m.put("previousStatus", e.statusBefore);
        m.put("status", e.statusAfter);
        m.put("statusEvent", e.statusEvent);
        m.put("exchangeEvent", e.exchangeEvent);
        m.put("replyId", e.replyId);
        m.put("at", e.occurredAt.toString());
        try {
            return json.writeValueAsString(m);
        } catch (com.fasterxml.jackson.core.JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Events are off unless {@code egais.events.enabled=true}. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {

        @Inject
        EventsConfig config;

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}
