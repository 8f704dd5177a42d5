package ru.egais.exchange.utm;

/** A UTM list longer in bytes than {@code egais.utm.max-list-size} before its entry cap was reached; not read on. */
public class UtmListTooLargeException extends UtmException {

    public UtmListTooLargeException(String what, long limit) {
        super("UTM's list (" + what + ") is larger than " + limit + " bytes (egais.utm.max-list-size); not read",
                null, false);
    }
}
