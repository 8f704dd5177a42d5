package ru.egais.exchange.utm;

/**
 * UTM answered something that is not the protocol's XML (garbage, HTML error page, truncated body). It did answer,
 * so a POST may have been taken before the answer went wrong.
 */
public class UtmProtocolException extends UtmException {
    public UtmProtocolException(String message, Throwable cause) {
        super(message, cause, true);
    }

    public UtmProtocolException(String message) {
        super(message, null, true);
    }
}
