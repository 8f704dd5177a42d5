package ru.egais.exchange.document;

import ru.egais.exchange.common.NotFound;

/** No document has this id. */
public class DocumentNotFound extends NotFound {
    public DocumentNotFound(String id) {
        super("no document " + id);
    }

    @Override
    public String code() {
        return "document.not-found";
    }
}
