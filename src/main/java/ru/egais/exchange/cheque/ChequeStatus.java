package ru.egais.exchange.cheque;

/** Where a cheque stands with the UTM. Only SIGNED carries a QR link; only UNREACHABLE may be posted again. */
public enum ChequeStatus {
    /** Stored and being posted to the UTM now (or the service stopped while posting: then it is in doubt). */
    SENDING,
    /** The UTM signed it: {@code url} (the receipt's QR link) and {@code sign} are stored. */
    SIGNED,
    /** The UTM answered {@code <error>}: nothing was signed; the UTM's text is stored. */
    REFUSED,
    /** No connection to the UTM could be made: it never had the cheque, so posting it again is safe. */
    UNREACHABLE,
    /** The UTM may have the cheque (the answer was lost or late): never posted again by the service. */
    IN_DOUBT
}
