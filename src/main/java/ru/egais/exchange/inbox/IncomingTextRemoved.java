package ru.egais.exchange.inbox;

import ru.egais.exchange.common.DomainException;

/** The text of an incoming document was removed by retention; its row and what it did are kept. */
public class IncomingTextRemoved extends DomainException {
    public IncomingTextRemoved(String detail) {
        super(Kind.GONE, detail);
    }

    @Override
    public String code() {
        return "incoming.text-removed";
    }
}
