package ru.egais.exchange.utm.xml;

import ru.egais.exchange.egais.EgaisQuery;
import ru.egais.exchange.egais.QueryParameter;

import java.util.Map;

/** Writes query documents whose content is {@code qp:QueryParameters} (QueryRests_v2, QueryClients_v2, QueryAP…). */
public final class QueryWriter {

    private static final String QP = "qp";

    private QueryWriter() {
    }

    public static String write(String fsrarId, EgaisQuery query) {
        return DocumentEnvelopeWriter.write(fsrarId, query.element(), Map.of(QP, EgaisNamespaces.QUERY_PARAMETERS),
                w -> {
                    if (query.parameters().isEmpty()) {
                        return;
                    }
                    w.writeStartElement(QP, "Parameters", EgaisNamespaces.QUERY_PARAMETERS);
                    for (QueryParameter p : query.parameters()) {
                        w.writeStartElement(QP, "Parameter", EgaisNamespaces.QUERY_PARAMETERS);
                        DocumentEnvelopeWriter.element(w, QP, EgaisNamespaces.QUERY_PARAMETERS, "Name", p.name());
                        DocumentEnvelopeWriter.element(w, QP, EgaisNamespaces.QUERY_PARAMETERS, "Value", p.value());
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                });
    }
}
