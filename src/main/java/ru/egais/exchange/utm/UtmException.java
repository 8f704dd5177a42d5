package ru.egais.exchange.utm;

/**
 * UTM could not be used for this call: not reachable, timed out, answered a non-2xx status or garbage.
 * Always transient from the queue's point of view: the document stays queued and is retried.
 */
public class UtmException extends Exception {
    public UtmException(String message, Throwable cause) {
        super(message, cause);
    }
}
