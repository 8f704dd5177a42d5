package ru.egais.exchange.cheque;

import ru.egais.exchange.common.DomainException;

/** A cheque the UTM has not signed, with what its stored status tells the till to do; about the stored cheque. */
public class ChequeNotSigned extends DomainException {

    private ChequeNotSigned(Kind kind, String detail, ChequeView cheque) {
        super(kind, detail, null, "/api/v1/cheques/" + cheque.id());
    }

    /** @param justPosted whether this request posted it (the UTM's silence is news) or found it stored */
    static ChequeNotSigned of(ChequeView c, boolean justPosted) {
        return switch (c.status()) {
            case REFUSED -> new ChequeNotSigned(Kind.REFUSED_BY_UTM, "cheque " + c.id() + " REFUSED by the UTM: "
                    + c.error(), c);
            case UNREACHABLE -> new ChequeNotSigned(Kind.UTM_UNREACHABLE, "cheque " + c.id() + " UNREACHABLE: "
                    + c.error() + "; nothing was signed, the same cheque may be sent again", c);
            case IN_DOUBT -> new ChequeNotSigned(justPosted ? Kind.UTM_SILENT : Kind.CHEQUE_IN_DOUBT,
                    "cheque " + c.id() + " IN_DOUBT: " + c.error() + "; the UTM may have signed it, so it is never"
                            + " posted again: do not print an EGAIS QR code for it; sell the goods with a new cheque"
                            + " (the UTM refuses a mark already sold if the first one went through)", c);
            case SENDING -> new ChequeNotSigned(Kind.CHEQUE_BEING_SIGNED, "cheque " + c.id()
                    + " is being posted to the UTM right now; ask again in a few seconds", c);
            case SIGNED -> throw new IllegalStateException("a signed cheque is not a problem");
        };
    }

    /** {@code cheque.refused-by-utm}, {@code cheque.utm-silent}, {@code cheque.in-doubt}, {@code cheque.being-signed}… */
    @Override
    public String code() {
        return "cheque." + super.code().replaceFirst("^cheque-", "");
    }
}
