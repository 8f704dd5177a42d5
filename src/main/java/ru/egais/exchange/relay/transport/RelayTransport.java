package ru.egais.exchange.relay.transport;

import ru.egais.exchange.relay.RelayFileName;

import java.io.IOException;

/**
 * Moves exchange message files between two nodes. Names are {@link RelayFileName}s;
 * which of them belong to a node pair is decided by the caller, so a transport never needs to understand them.
 */
public interface RelayTransport {

    /** Puts a message where the peer picks it up; when this returns, the peer can see all of it. */
    void send(String name, byte[] content) throws IOException;

    /** Opens what the medium holds (for a mailbox, only exchange messages); close it to release the connection. */
    RelayInbox open() throws IOException;

    /** Leaves a flag file asking the peer for an upload; false for a transport without flag files (e-mail). */
    default boolean requestUpload(String flagName) throws IOException {
        return false;
    }

    /** Whether {@link #requestUpload} leaves flags that a cheap listing can see. */
    default boolean supportsFlags() {
        return false;
    }

    /**
     * After {@code failures} consecutive failed exchanges, how long until the next attempt (a scheduler tick
     * tries then); negative: wait for the node's interval as usual.
     */
    default long retryDelayMillis(int failures) {
        return -1;
    }
}
