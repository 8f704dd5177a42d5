package ru.egais.exchange.outbox;

/** What one pass over an organization's queue did. */
public record SendSummary(String fsrarId, int sent, int rejected, int failed, int remaining, String error) {
}
