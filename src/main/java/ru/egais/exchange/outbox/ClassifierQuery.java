package ru.egais.exchange.outbox;

import ru.egais.exchange.api.ValidationProblem;

import java.util.Map;
import java.util.Set;

/**
 * A classifier query as {@code POST /api/v1/queries/classifier} takes it: which classifier ({@code QueryClients}
 * for organizations, {@code QueryAP} for products), what to search by (ИНН, КОД or СИО) and the value.
 */
public record ClassifierQuery(String fsrarId, String type, String by, String value, String externalId,
                              Boolean immediate) {

    private static final Set<String> TYPES = Set.of("QueryClients", "QueryAP");

    QueryRequest toQueryRequest() {
        if (type == null || !TYPES.contains(type)) {
            throw ValidationProblem.of("type", "must be QueryClients or QueryAP");
        }
        if (by == null || by.isBlank()) {
            throw ValidationProblem.of("by", "is required: ИНН, КОД or СИО");
        }
        return new QueryRequest(type, fsrarId, externalId, immediate, value == null ? Map.of(by, "")
                : Map.of(by, value));
    }
}
