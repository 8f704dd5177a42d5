package ru.egais.exchange.relay.xml;

/** A relay file that is not a readable exchange message; the message is the parser's own (it is logged and stored). */
public class RelayMessageUnreadable extends Exception {

    RelayMessageUnreadable(Exception cause) {
        super(cause.getMessage(), cause);
    }
}
