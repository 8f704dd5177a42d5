package ru.egais.exchange.utm;

/**
 * An EGAIS document (stored, or handed to us by a client) could not be read as one: not well-formed, not the
 * expected shape. Checked, so that every place that reads a document decides what an unreadable one means there;
 * the message is the parser's own, as callers store and show it.
 */
public class UtmDocumentUnreadable extends Exception {

    public UtmDocumentUnreadable(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
