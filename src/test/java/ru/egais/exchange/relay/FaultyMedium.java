package ru.egais.exchange.relay;

import ru.egais.exchange.relay.transport.RelayInbox;
import ru.egais.exchange.relay.transport.RelayTransport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Stands between two nodes on a real medium (directory, FTP server, mailbox) and, after each upload, loses some
 * messages addressed to one node, holds others back to put them there again later (out of order), and puts
 * copies of others there again after they were read (repeats). It works through the product's own transports.
 */
final class FaultyMedium {

    /** Where messages addressed to one node wait, and how to put one there again. */
    record Direction(String to, RelayTransport inbox, RelayTransport putBack) {
    }

    private record Held(String name, byte[] content) {
    }

    private static final Set<String> PAIR = Set.of("HQ", "S1");

    private final Random random;
    private final Set<String> seen = new HashSet<>();
    private final List<Held> later = new ArrayList<>();
    int lost;
    int delayed;
    int repeated;

    FaultyMedium(long seed) {
        this.random = new Random(seed);
    }

    /** Puts back what was held from earlier rounds towards the node: it arrives late, after newer ones. */
    void putBack(Direction direction) throws IOException {
        String suffix = "_" + direction.to() + "_";
        for (Held h : List.copyOf(later)) {
            if (h.name().contains(suffix)) {
                direction.putBack().send(h.name(), h.content());
                later.remove(h);
            }
        }
    }

    /** Loses, holds back or copies for a repeat the messages just uploaded towards the node. */
    void disturb(Direction direction) throws IOException {
        try (RelayInbox inbox = direction.inbox().open()) {
            for (String name : inbox.names()) {
                RelayFileName.Parsed p = RelayFileName.parse(name).orElse(null);
                // only this pair's messages: another node's file in the same medium is not ours to disturb
                if (p == null || !p.to().equals(direction.to()) || !PAIR.contains(p.from()) || !seen.add(name)) {
                    continue;
                }
                int dice = random.nextInt(100);
                if (dice < 25) {
                    inbox.delete(name);
                    lost++;
                } else if (dice < 45) {
                    later.add(new Held(name, inbox.read(name)));
                    inbox.delete(name);
                    delayed++;
                } else if (dice < 65) {
                    later.add(new Held(name, inbox.read(name)));
                    repeated++;
                }
            }
        }
    }
}
