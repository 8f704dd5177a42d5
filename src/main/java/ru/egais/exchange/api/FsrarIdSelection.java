package ru.egais.exchange.api;

import java.util.List;

/** Which organizations an operation covers: {@code {"fsrarIds": [...]}}; empty or absent means all. */
public record FsrarIdSelection(List<String> fsrarIds) {

    public static List<String> of(FsrarIdSelection selection) {
        return selection == null || selection.fsrarIds() == null ? List.of() : selection.fsrarIds();
    }
}
