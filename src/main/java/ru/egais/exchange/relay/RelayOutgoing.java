package ru.egais.exchange.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import ru.egais.exchange.relay.xml.RelayMessageWriter;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the next message to a peer in one transaction: the next number, our acknowledgement, and the state of
 * everything the peer has not acknowledged (so what a lost message carried comes again).
 */
@ApplicationScoped
public class RelayOutgoing {

    /** A message ready to be put on the transport. */
    public record Built(String name, byte[] content, long number, int changes) {
    }

    private final EntityManager em;
    private final RelayJournal journal;
    private final RelayStates states;
    private final Clock clock;

    public RelayOutgoing(EntityManager em, RelayJournal journal, RelayStates states, Clock clock) {
        this.em = em;
        this.journal = journal;
        this.states = states;
        this.clock = clock;
    }

    /**
     * The next message, or empty when the peer needs none: nothing unacknowledged and no acknowledgement owed
     * (so two idle nodes do not answer each other's empty messages for ever). {@code force}: the peer asked.
     */
    @Transactional
    public Optional<Built> buildNext(String code, boolean force) {
        RelayNode node = em.find(RelayNode.class, code);
        if (!force && !node.ackOwed && journal.pending(code) == 0) {
            return Optional.empty();
        }
        long number = node.lastSentNo + 1;
        List<RelayChange> changes = new ArrayList<>();
        for (RelayRegistration r : journal.assignToMessage(code, number)) {
            Optional<RelayChange> state = states.stateOf(r);
            if (state.isPresent()) {
                changes.add(state.get());
            } else {
                journal.delete(r); // the object is gone: nothing left to tell
            }
        }
        RelayMessage message = new RelayMessage(node.exchangeName, node.localCode, node.code, number,
                node.lastReceivedNo, changes);
        byte[] content = RelayMessageWriter.write(message);
        node.lastSentNo = number;
        node.ackSentNo = node.lastReceivedNo;
        node.ackOwed = false;
        node.updatedAt = Instant.now(clock);
        return Optional.of(new Built(message.fileName(), content, number, changes.size()));
    }
}
