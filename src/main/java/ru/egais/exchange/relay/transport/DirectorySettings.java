package ru.egais.exchange.relay.transport;

/** A shared directory: {@code path} as this node sees it. */
public record DirectorySettings(String path) {
}
