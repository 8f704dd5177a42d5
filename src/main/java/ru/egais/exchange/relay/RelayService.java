package ru.egais.exchange.relay;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import ru.egais.exchange.relay.transport.RelayInbox;
import ru.egais.exchange.relay.transport.RelayTransport;
import ru.egais.exchange.relay.xml.RelayMessageReader;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Clock clock;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    public RelayService(RelayNodeService nodes, RelayIncoming incoming, RelayOutgoing outgoing, Clock clock) {
        this.nodes = nodes;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.clock = clock;
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
                    || !now.isBefore(peer.lastExchangeAt().plusSeconds(peer.intervalSeconds()));
            if (due || uploadRequested(peer)) {
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
                LOG.warnf("relay exchange with %s: %s", peer.code(), step.error);
            }
            nodes.recordExchange(peer.code(), step.error);
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
            ours.sort(Comparator.comparingLong(RelayFileName.Parsed::number));
            RelayFileName.Parsed newest = ours.get(ours.size() - 1);
            String newestName = RelayFileName.message(newest.exchange(), newest.from(), newest.to(), newest.number());
            RelayMessage message = read(inbox, newestName, peer);
            List<Long> superseded = ours.subList(0, ours.size() - 1).stream().map(RelayFileName.Parsed::number).toList();
            RelayIncoming.Applied applied = incoming.apply(peer.code(), message, superseded);
            step.received = message.number();
            step.outcome = applied.outcome().name();
            step.changesApplied = applied.changes();
            // the newest carries all the older ones did that we have not acknowledged: they go unread
            for (RelayFileName.Parsed p : ours) {
                inbox.delete(RelayFileName.message(p.exchange(), p.from(), p.to(), p.number()));
            }
            step.filesDropped = ours.size() - 1;
        }
    }

    private static RelayMessage read(RelayInbox inbox, String name, RelayNodeService.Peer peer) throws IOException {
        RelayMessage message;
        try {
            message = RelayMessageReader.read(inbox.read(name));
        } catch (XMLStreamException e) {
            throw new RelayException(name + " is not a readable exchange message: " + e.getMessage(), e);
        }
        if (!message.exchange().equals(peer.exchangeName()) || !message.from().equals(peer.code())
                || !message.to().equals(peer.localCode()) || !message.fileName().equals(name)) {
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
    }
}
