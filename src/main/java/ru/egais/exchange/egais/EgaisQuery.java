package ru.egais.exchange.egais;

import java.util.List;

/** A query document ({@code qp:QueryParameters} content) under the given element, e.g. QueryRests_v2. */
public record EgaisQuery(String element, List<QueryParameter> parameters) {
}
