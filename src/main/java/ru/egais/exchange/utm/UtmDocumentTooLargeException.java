package ru.egais.exchange.utm;

/** An incoming document larger than the service loads; it is quarantined and left in UTM. */
public class UtmDocumentTooLargeException extends UtmException {

    public UtmDocumentTooLargeException(String url, long announced, long limit) {
        super(url + " is larger than " + limit + " bytes" + (announced > 0 ? " (" + announced + ")" : "")
                + " (egais.utm.max-document-size); left in UTM", null, false);
    }
}
