package ru.egais.exchange.relay;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.relay.transport.RelayFileRefused;
import ru.egais.exchange.relay.transport.RelayInbox;
import ru.egais.exchange.relay.transport.RelayTransport;
import ru.egais.exchange.relay.xml.RelayMessageReader;
import ru.egais.exchange.relay.xml.RelayMessageUnreadable;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One exchange with a peer: read the newest of its messages addressed to us and apply it, delete it with the
 * older ones it supersedes, then send our next message. No database transaction is open during transport I/O.
 */
@ApplicationScoped
public class RelayService {

    private static final Logger LOG = Logger.getLogger(RelayService.class);

    private final RelayNodeService nodes;
    private final RelayIncoming incoming;
    private final RelayOutgoing outgoing;
    private final RelayQuarantine quarantine;
    private final Clock clock;
    private final long maxMessageBytes;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public RelayService(RelayNodeService nodes, RelayIncoming incoming, RelayOutgoing outgoing,
                        RelayQuarantine quarantine, Clock clock, RelayConfig config) {
        this.nodes = nodes;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.quarantine = quarantine;
        this.clock = clock;
        this.maxMessageBytes = config.maxMessageBytes();
    }

    /** Exchanges with the peer through its configured transport; {@code askPeer}: leave it an upload request. */
    public RelayExchangeResult exchange(String code, boolean askPeer) {
        RelayNodeService.Peer peer = nodes.peer(code);
        return exchange(peer, peer.transport(), askPeer);
    }

    /** As {@link #exchange(String, boolean)} through the given transport (tests put a faulty medium in between). */
    public RelayExchangeResult exchange(String code, RelayTransport transport, boolean askPeer) {
        return exchange(nodes.peer(code), transport, askPeer);
    }

    /** Exchanges with every enabled peer whose interval has passed, or whose flag asks for an upload. */
    public List<RelayExchangeResult> exchangeDue() {
        List<RelayExchangeResult> results = new ArrayList<>();
        Instant now = Instant.now(clock);
        for (String code : nodes.enabledCodes()) {
            RelayNodeService.Peer peer = nodes.peer(code);
            boolean due = peer.lastExchangeAt() == null
                    || !now.isBefore(peer.lastExchangeAt().plusSeconds(peer.intervalSeconds()))
                    || (peer.retryAt() != null && !now.isBefore(peer.retryAt()));
            // a failing peer waits for its retryAt: not even the flag listing, which would reach a dead server each tick
            boolean waiting = peer.retryAt() != null && now.isBefore(peer.retryAt());
            if (due || (!waiting && uploadRequested(peer))) {
                results.add(exchange(peer, peer.transport(), false));
            }
        }
        return results;
    }

    private RelayExchangeResult exchange(RelayNodeService.Peer peer, RelayTransport transport, boolean askPeer) {
        ReentrantLock lock = locks.computeIfAbsent(peer.code(), k -> new ReentrantLock());
        lock.lock();
        try {
            Step step = new Step();
            try {
                receive(peer, transport, step);
            } catch (IOException | RuntimeException e) {
                // what we owe the peer still goes out: a bad file of its own must not stop our messages
                step.error = "receive: " + (e.getMessage() == null ? e.toString() : e.getMessage());
                step.failed = true;
                LOG.warnf("relay exchange with %s: %s", peer.code(), step.error);
            }
            try {
                Optional<RelayOutgoing.Built> built = outgoing.buildNext(peer.code(), step.uploadRequested);
                if (built.isPresent()) {
                    transport.send(built.get().name(), built.get().content());
                    step.sent = built.get().number();
                    step.changesSent = built.get().changes();
                }
                if (askPeer) {
                    transport.requestUpload(RelayFileName.uploadRequest(peer.exchangeName(), peer.localCode(),
                            peer.code()));
                }
            } catch (IOException | RuntimeException e) {
                step.error = (step.error == null ? "" : step.error + "; ") + "send: "
                        + (e.getMessage() == null ? e.toString() : e.getMessage());
                step.failed = true;
                LOG.warnf("relay exchange with %s: %s", peer.code(), step.error);
            }
            nodes.recordExchange(peer.code(), step.error, step.failed, transport);
            return new RelayExchangeResult(peer.code(), step.received, step.outcome, step.changesApplied,
                    step.filesDropped, step.uploadRequested, step.sent, step.changesSent, step.error);
        } finally {
            lock.unlock();
        }
    }

    private void receive(RelayNodeService.Peer peer, RelayTransport transport, Step step) throws IOException {
        try (RelayInbox inbox = transport.open()) {
            List<String> names = inbox.names();
            String flag = RelayFileName.uploadRequest(peer.exchangeName(), peer.code(), peer.localCode());
            List<RelayFileName.Parsed> ours = new ArrayList<>();
            for (String name : names) {
                RelayFileName.parse(name).filter(p -> p.exchange().equals(peer.exchangeName())
                        && p.from().equals(peer.code()) && p.to().equals(peer.localCode())).ifPresent(ours::add);
            }
            if (names.contains(flag)) {
                step.uploadRequested = true;
                inbox.delete(flag);
            }
            if (ours.isEmpty()) {
                return;
            }
            Set<String> setAside = quarantine.names(peer.code());
            ours.removeIf(p -> setAside.contains(p.name()));
            // newest first: the newest readable one carries everything the older ones did that we have not applied
            ours.sort(Comparator.comparingLong(RelayFileName.Parsed::number).reversed());
            for (int i = 0; i < ours.size(); i++) {
                RelayFileName.Parsed newest = ours.get(i);
                RelayMessage message;
                try {
                    message = read(inbox, newest, peer, maxMessageBytes);
                } catch (RelayFileRefused | RelayException e) {
                    // set aside, never read again; the peer re-sends its content, which we did not acknowledge
                    quarantine.setAside(peer.code(), newest.name(), e.getMessage());
                    step.setAside(newest.name() + " set aside: " + e.getMessage());
                    LOG.warnf("relay exchange with %s: %s set aside: %s", peer.code(), newest.name(), e.getMessage());
                    continue;
                }
                List<RelayFileName.Parsed> older = ours.subList(i + 1, ours.size());
                List<Long> superseded = older.stream().map(RelayFileName.Parsed::number).toList();
                RelayIncoming.Applied applied = incoming.apply(peer.code(), message, superseded);
                step.received = message.number();
                step.outcome = applied.outcome().name();
                step.changesApplied = applied.changes();
                inbox.delete(newest.name());
                for (RelayFileName.Parsed p : older) {
                    inbox.delete(p.name());
                }
                step.filesDropped = older.size();
                return;
            }
        }
    }

    private static RelayMessage read(RelayInbox inbox, RelayFileName.Parsed file, RelayNodeService.Peer peer,
                                     long maxBytes) throws IOException {
        String name = file.name();
        RelayMessage message;
        try {
            message = RelayMessageReader.read(inbox.read(name, maxBytes));
        } catch (RelayMessageUnreadable | RuntimeException e) {
            // RuntimeException: Woodstox reports some malformed text lazily, unchecked; the file is just as unreadable
            throw new RelayException(name + " is not a readable exchange message: " + e.getMessage(), e);
        }
        // compared by parts, not by a name rebuilt from them: the file's number may be zero-padded
        if (!message.exchange().equals(peer.exchangeName()) || !message.from().equals(peer.code())
                || !message.to().equals(peer.localCode()) || message.number() != file.number()) {
            throw new RelayException(name + " says it is " + message.fileName() + ": not applied");
        }
        return message;
    }

    private boolean uploadRequested(RelayNodeService.Peer peer) {
        if (!peer.transport().supportsFlags()) {
            return false;
        }
        try (RelayInbox inbox = peer.transport().open()) {
            return inbox.names().contains(RelayFileName.uploadRequest(peer.exchangeName(), peer.code(),
                    peer.localCode()));
        } catch (IOException e) {
            return false; // the exchange on its interval reports the error
        }
    }

    /** What one exchange did so far. */
    private static final class Step {
        long received;
        String outcome = "NONE";
        int changesApplied;
        int filesDropped;
        boolean uploadRequested;
        long sent;
        int changesSent;
        String error;
        boolean failed;

        /** A file set aside is told in lastError, but is no failure of the exchange: nothing to retry sooner. */
        void setAside(String what) {
            error = error == null ? what : error + "; " + what;
        }
    }
}
