package ru.egais.exchange.outbox;

import ru.egais.exchange.utm.UtmListEntry;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of UTM's /opt/in list as settling reads it: its URL, replyId, the service it was posted to and its number
 * ({@code /opt/in/{Type}/{N}}; UTM numbers entries in increasing order). Number or type null: the URL did not say.
 */
public record OptInEntry(String url, String replyId, String type, Long number) {

    private static final Pattern TAIL = Pattern.compile("/([^/?#]+)/([0-9]{1,18})/?(?:[?#].*)?$");

    public static OptInEntry of(UtmListEntry listed) {
        Matcher m = TAIL.matcher(listed.url() == null ? "" : listed.url());
        return m.find() ? new OptInEntry(listed.url(), listed.replyId(), m.group(1), Long.parseLong(m.group(2)))
                : new OptInEntry(listed.url(), listed.replyId(), null, null);
    }

    /** Where /opt/in stands: its highest entry number (0 when empty); every later entry is numbered above it. */
    public static long highWaterMark(List<OptInEntry> entries) {
        return entries.stream().map(OptInEntry::number).filter(java.util.Objects::nonNull)
                .mapToLong(Long::longValue).max().orElse(0L);
    }

    /** Whether this entry was posted to that service (unknown type: it may have been). */
    boolean mayBe(String utmPath) {
        return type == null || type.equalsIgnoreCase(utmPath);
    }
}
