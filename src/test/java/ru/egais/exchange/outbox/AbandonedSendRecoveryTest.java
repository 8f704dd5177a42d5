package ru.egais.exchange.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * The start-up recovery of a store's service: a message a dead process was posting returns to the queue in doubt,
 * and the quick look that finds nothing being posted (every start after a clean stop) changes nothing.
 */
@QuarkusTest
class AbandonedSendRecoveryTest extends WithSimulatedUtm {

    @Inject
    AbandonedSendRecovery recovery;

    @Inject
    OutboxRepository outbox;

    @Test
    void aMessageThatADeadProcessWasPostingReturnsInDoubtAtStart() {
        String messageId = queued();
        QuarkusTransaction.requiringNew().run(() -> {
            OutboxMessage m = outbox.findById(messageId);
            m.state = OutboxState.SENDING;
            m.claimedBy = "instance:died-mid-post";
            m.claimedAt = Instant.now();
            m.leaseUntil = Instant.now().plusSeconds(60); // its lease still runs: nothing extends it any more
        });

        recovery.onStart(null);

        OutboxMessage after = QuarkusTransaction.requiringNew().call(() -> outbox.findById(messageId));
        assertThat(after.state).isEqualTo(OutboxState.PENDING);
        assertThat(after.inDoubt).as("UTM may have it: looked for in /opt/in before posting again").isTrue();
        assertThat(after.claimedBy).isNull();
    }

    @Test
    void withNothingBeingPostedTheStartLeavesTheQueueAsItWas() {
        String messageId = queued();
        OutboxMessage before = QuarkusTransaction.requiringNew().call(() -> outbox.findById(messageId));

        recovery.onStart(null);

        OutboxMessage after = QuarkusTransaction.requiringNew().call(() -> outbox.findById(messageId));
        assertThat(after.state).isEqualTo(OutboxState.PENDING);
        assertThat(after.inDoubt).isFalse();
        assertThat(after.version).isEqualTo(before.version);
    }

    /** A document queued for the schedule (not sent: the schedule is off in tests); its queue message's id. */
    private String queued() {
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("id");
        return QuarkusTransaction.requiringNew().call(() -> outbox.latestForDocument(id).orElseThrow().id);
    }
}
