package ru.egais.exchange.cheque;

import ru.egais.exchange.egais.ChequeDocument;

import java.time.format.DateTimeFormatter;

/**
 * What makes a cheque the same cheque: organization, kassa, shift, number, type and date. A till that repeats a
 * request (its answer lost, the cashier pressing again) repeats this key.
 */
public record ChequeKey(String fsrarId, String kassa, String shift, String number, String type, String date) {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    public static ChequeKey of(ChequeDocument c) {
        if (c.header() != null) {
            ChequeDocument.Header h = c.header();
            return new ChequeKey(c.fsrarId(), h.kassa(), Long.toString(h.shift()), Long.toString(h.number()), h.type(),
                    h.date().format(DATE_TIME));
        }
        ChequeDocument.HeaderTtn h = c.headerTtn();
        return new ChequeKey(c.fsrarId(), "", "", h.billNumber(), h.type(), h.date().toString());
    }
}
