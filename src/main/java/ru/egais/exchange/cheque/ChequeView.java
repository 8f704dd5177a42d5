package ru.egais.exchange.cheque;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A cheque as the API shows it: its key, status, and the UTM's answer (QR link and signature, or its error). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChequeView(String id, String fsrarId, String kassa, String shift, String number, String type,
                         String date, String format, ChequeStatus status, String url, String sign, String error,
                         String signedBy, Instant createdAt, Instant sentAt) {

    static ChequeView of(Cheque c) {
        return new ChequeView(c.id, c.fsrarId, emptyToNull(c.kassa), emptyToNull(c.shift), c.number, c.type, c.date,
                c.docType, c.status, c.url, c.sign, c.utmError, c.signedBy, c.createdAt, c.sentAt);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
