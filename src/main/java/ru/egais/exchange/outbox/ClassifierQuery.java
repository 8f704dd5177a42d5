package ru.egais.exchange.outbox;


import ru.egais.exchange.common.RequestInvalid;
import java.util.Map;
import java.util.Set;

/**
 * A classifier query as {@code POST /api/v1/queries/classifier} takes it: which classifier ({@code QueryClients}
 * for organizations, {@code QueryAP} for products), what to search by (ИНН, КОД or СИО) and the value; sent at
 * once unless {@code immediate} is false.
 */
public record ClassifierQuery(String fsrarId, String type, String by, String value, String externalId,
                              Boolean immediate) {

    private static final Set<String> TYPES = Set.of("QueryClients", "QueryAP");

    QueryRequest toQueryRequest() {
        if (type == null || !TYPES.contains(type)) {
            throw RequestInvalid.of("type", "must be QueryClients or QueryAP");
        }
        if (by == null || by.isBlank()) {
            throw RequestInvalid.of("by", "is required: ИНН, КОД or СИО");
        }
        // Sent at once by default, as 1C's ПодготовитьЗапросДанныхКлассификатораКПередаче does when the UTM can be
        // reached (an unreachable one leaves it queued); "immediate": false queues it for the exchange.
        return new QueryRequest(type, fsrarId, externalId, immediate == null ? Boolean.TRUE : immediate, value == null ? Map.of(by, "")
                : Map.of(by, value));
    }
}
