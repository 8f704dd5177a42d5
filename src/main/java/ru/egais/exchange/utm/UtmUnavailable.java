package ru.egais.exchange.utm;

import ru.egais.exchange.common.DomainException;

/** The UTM failed while the service did what an operator asked of it there (e.g. delete a document now). */
public class UtmUnavailable extends DomainException {
    public UtmUnavailable(String detail) {
        super(Kind.UTM_FAILED, detail);
    }

    @Override
    public String code() {
        return "utm.unavailable";
    }
}
