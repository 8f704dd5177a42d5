package ru.egais.exchange.relay;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Applies a peer's message in one transaction, once: only a number above the last received one is applied (a
 * repeat or a late older message is counted and ignored), its acknowledgement drops what our earlier messages
 * carried, and every change is applied with the numbers, so a crash leaves either all of it or none.
 */
@ApplicationScoped
public class RelayIncoming {

    /** What became of a message. */
    public enum Outcome { APPLIED, IGNORED_OLD }

    /** The outcome, with the number of changes applied and how many of the peer's numbers were skipped. */
    public record Applied(Outcome outcome, int changes, long skipped) {
    }

    private final EntityManager em;
    private final RelayJournal journal;
    private final RelayChangeApplier applier;
    private final Clock clock;

    public RelayIncoming(EntityManager em, RelayJournal journal, RelayChangeApplier applier, Clock clock) {
        this.em = em;
        this.journal = journal;
        this.applier = applier;
        this.clock = clock;
    }

    @Transactional
    public Applied apply(String code, RelayMessage message) {
        return apply(code, message, java.util.List.of());
    }

    /**
     * Applies the newest message; {@code supersededNumbers} are the older ones found beside it, deleted unread
     * because it carries their content: they arrived, so they are no gap.
     */
    @Transactional
    public Applied apply(String code, RelayMessage message, java.util.Collection<Long> supersededNumbers) {
        RelayNode node = em.find(RelayNode.class, code);
        if (message.number() <= node.lastReceivedNo
                || em.find(RelayAppliedMessage.class, new RelayAppliedMessage.Key(code, message.number())) != null) {
            node.repeatsIgnored++;
            return new Applied(Outcome.IGNORED_OLD, 0, 0);
        }
        if (message.received() > node.lastSentNo) {
            throw new RelayException("message " + message.number() + " of " + code + " acknowledges our message "
                    + message.received() + ", but we have sent only up to " + node.lastSentNo
                    + " (was this node's database restored from a backup?)");
        }
        // before anything loads registrations: the acknowledgement is a bulk delete
        journal.acknowledge(code, message.received());
        node.lastAckedNo = Math.max(node.lastAckedNo, message.received());
        long lastReceived = node.lastReceivedNo;
        long present = supersededNumbers.stream().distinct()
                .filter(n -> n > lastReceived && n < message.number()).count();
        long skipped = message.number() - lastReceived - 1 - present;
        for (RelayChange change : message.changes()) {
            applier.apply(node, change);
        }
        Instant now = Instant.now(clock);
        RelayAppliedMessage applied = new RelayAppliedMessage();
        applied.nodeCode = code;
        applied.messageNo = message.number();
        applied.changes = message.changes().size();
        applied.appliedAt = now;
        em.persist(applied);
        node.lastReceivedNo = message.number();
        node.gapsSeen += skipped;
        node.ackOwed = node.ackOwed || !message.changes().isEmpty();
        node.updatedAt = now;
        return new Applied(Outcome.APPLIED, message.changes().size(), skipped);
    }
}
