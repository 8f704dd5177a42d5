package ru.egais.exchange.utm;

/** UTM answered something that is not the protocol's XML (garbage, HTML error page, truncated body). */
public class UtmProtocolException extends UtmException {
    public UtmProtocolException(String message, Throwable cause) {
        super(message, cause);
    }

    public UtmProtocolException(String message) {
        super(message, null);
    }
}
