package ru.egais.exchange.relay;

import java.util.List;

/**
 * An exchange message between two nodes (1C's сообщение обмена): its number is the sender's previous one + 1,
 * {@code received} the highest number the sender has applied from the receiver (the acknowledgement), and the
 * changes are every change the receiver has not acknowledged yet.
 */
public record RelayMessage(String exchange, String from, String to, long number, long received,
                           List<RelayChange> changes) {

    public RelayMessage {
        changes = List.copyOf(changes);
    }

    /** The name of its file (and of its e-mail attachment). */
    public String fileName() {
        return RelayFileName.message(exchange, from, to, number);
    }
}
