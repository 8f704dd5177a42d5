package ru.egais.exchange.document;

import ru.egais.exchange.common.StateConflict;

/** An operator asked for a step the document's status does not allow (a conflict, with the reason). */
public class IllegalTransition extends StateConflict {
    public IllegalTransition(String documentId, String why) {
        super("document " + documentId + " cannot do that: " + why);
    }

    @Override
    public String code() {
        return "document.transition-refused";
    }
}
