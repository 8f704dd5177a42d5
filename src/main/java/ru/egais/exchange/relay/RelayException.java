package ru.egais.exchange.relay;

/** An exchange with a peer that cannot go on as it stands (a message that contradicts our numbers, a bad file). */
public class RelayException extends RuntimeException {

    public RelayException(String message) {
        super(message);
    }

    public RelayException(String message, Throwable cause) {
        super(message, cause);
    }
}
