package ru.egais.exchange.inbox;

/** What one pass over an organization's incoming documents did. */
public record ReceiveSummary(String fsrarId, int listed, int loaded, int duplicates, int processed, int deleted,
                             String error) {

    static ReceiveSummary failed(String fsrarId, String error) {
        return new ReceiveSummary(fsrarId, 0, 0, 0, 0, 0, error);
    }

    ReceiveSummary plus(ReceiveSummary other) {
        return new ReceiveSummary(fsrarId, listed + other.listed, loaded + other.loaded,
                duplicates + other.duplicates, processed + other.processed, deleted + other.deleted,
                error != null ? error : other.error);
    }
}
