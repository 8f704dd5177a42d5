package ru.egais.exchange.common;

/** One field of a request at fault, named by its JSON path (e.g. {@code positions[2].informF2RegId}). */
public record FieldError(String field, String message) {
}
