package ru.egais.exchange.common;

import java.util.UUID;

/**
 * Row ids are UUID strings made here: the same on SQLite and PostgreSQL, and unique across the nodes of a chain,
 * whose documents meet in the head office.
 */
public final class Ids {
    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
