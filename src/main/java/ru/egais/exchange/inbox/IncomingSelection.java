package ru.egais.exchange.inbox;

import java.util.List;

/**
 * Which incoming documents an operation covers: {@code ids} (those documents), or {@code fsrarIds} with
 * {@code processed: true} (every processed document of those organizations UTM still holds). For processing,
 * {@code fsrarIds} alone keeps its old meaning: everything stored for those organizations (none: all).
 */
public record IncomingSelection(List<String> fsrarIds, List<String> ids, Boolean processed) {

    public boolean namesDocuments() {
        return ids != null && !ids.isEmpty();
    }

    public List<String> fsrarIdsOrNone() {
        return fsrarIds == null ? List.of() : fsrarIds;
    }
}
