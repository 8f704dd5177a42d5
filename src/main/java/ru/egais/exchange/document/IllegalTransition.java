package ru.egais.exchange.document;

import ru.egais.exchange.api.ConflictProblem;

/** An operator asked for a step the document's status does not allow (409, with the reason). */
public class IllegalTransition extends ConflictProblem {
    public IllegalTransition(String documentId, String why) {
        super("document " + documentId + " cannot do that: " + why);
    }
}
