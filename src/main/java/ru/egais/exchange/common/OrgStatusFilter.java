package ru.egais.exchange.common;

import io.quarkus.panache.common.Parameters;

/**
 * The optional organization and status filter of the API's list calls, as a Panache query (newest first).
 * Entities filtered this way have {@code fsrarId} and {@code status} fields.
 */
public record OrgStatusFilter(String query, Parameters parameters) {

    public static final int MAX_PAGE = 1000;

    public static OrgStatusFilter of(String fsrarId, Enum<?> status, String newestFirst) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (fsrarId != null) {
            query.append(" and fsrarId = :fsrarId");
            params.and("fsrarId", fsrarId);
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        query.append(" order by ").append(newestFirst).append(" desc, id desc");
        return new OrgStatusFilter(query.toString(), params);
    }

    public static int pageSize(int limit) {
        return Math.max(1, Math.min(limit, MAX_PAGE));
    }
}
