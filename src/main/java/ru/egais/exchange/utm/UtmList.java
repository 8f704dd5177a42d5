package ru.egais.exchange.utm;

import java.util.List;

/**
 * One list read from a UTM: the entries that may be used, those refused by {@link UtmListedUrls} (with why), and
 * whether the list went on past {@code egais.utm.max-list-entries} (the rest was not read).
 */
public record UtmList(List<UtmListEntry> entries, List<UtmListedUrls.Refused> refused, boolean truncated) {
}
