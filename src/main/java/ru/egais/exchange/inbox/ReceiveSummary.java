package ru.egais.exchange.inbox;

/**
 * What one pass over an organization's incoming documents did; {@code skipped}: listed entries not loaded this
 * time (a fetch that failed, a URL refused, one waiting for its retry), which never hold up the others.
 */
public record ReceiveSummary(String fsrarId, int listed, int loaded, int duplicates, int processed, int deleted,
                             int skipped, String error) {

    public ReceiveSummary(String fsrarId, int listed, int loaded, int duplicates, int processed, int deleted,
                          String error) {
        this(fsrarId, listed, loaded, duplicates, processed, deleted, 0, error);
    }

    static ReceiveSummary failed(String fsrarId, String error) {
        return new ReceiveSummary(fsrarId, 0, 0, 0, 0, 0, error);
    }

    ReceiveSummary plus(ReceiveSummary other) {
        return new ReceiveSummary(fsrarId, listed + other.listed, loaded + other.loaded,
                duplicates + other.duplicates, processed + other.processed, deleted + other.deleted,
                skipped + other.skipped, error != null ? error : other.error);
    }
}
