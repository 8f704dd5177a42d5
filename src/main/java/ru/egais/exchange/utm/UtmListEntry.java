package ru.egais.exchange.utm;

/** One {@code <url replyId="…">…</url>} of UTM's /opt/out or /opt/in list; replyId is null when UTM gave none. */
public record UtmListEntry(String url, String replyId) {
}
