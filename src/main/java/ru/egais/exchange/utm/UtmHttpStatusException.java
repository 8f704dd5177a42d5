package ru.egais.exchange.utm;

/** UTM answered with an HTTP status outside 2xx. */
public class UtmHttpStatusException extends UtmException {

    private final int status;

    public UtmHttpStatusException(int status, String message) {
        super(message, null);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
