package ru.egais.exchange.utm;

/**
 * UTM could not be used for this call: not reachable, timed out, answered a non-2xx status or garbage.
 * Always transient from the queue's point of view: the document stays queued and is retried.
 * {@link #mayHaveArrived()} tells whether a POST could have reached UTM anyway (the answer was lost, not the
 * request): such a document is "in doubt" and must be looked for in UTM before it is sent again.
 */
public class UtmException extends Exception {

    private final boolean mayHaveArrived;

    public UtmException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public UtmException(String message, Throwable cause, boolean mayHaveArrived) {
        super(message, cause);
        this.mayHaveArrived = mayHaveArrived;
    }

    public boolean mayHaveArrived() {
        return mayHaveArrived;
    }
}
