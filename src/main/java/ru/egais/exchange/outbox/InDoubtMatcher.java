package ru.egais.exchange.outbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides, in one pass over UTM's /opt/in, what became of every in-doubt transmission of an organization. The proof
 * that an entry is the one a transmission posted: it is numbered above the /opt/in mark taken before that POST could
 * start, no document of ours holds its replyId, it was posted to the same service with the same text, and the
 * entries that qualify are no more than our in-doubt transmissions of that text — matched one-to-one, each to an
 * entry after its own mark. More such entries than ours means another program posted the same text in the same window: nothing can be
 * proven, and the caller takes the safe side for the document's kind. No such entry proves UTM never took it.
 * Pure logic: the caller lists /opt/in once and gives a fetcher; each entry is fetched at most once.
 */
public final class InDoubtMatcher {

    /** An in-doubt transmission: its service, normalized text, and mark (null: unknown, every entry qualifies). */
    public record Doubt(String messageId, String utmPath, String text, Long mark) {
    }

    public enum Outcome { FOUND, ABSENT, AMBIGUOUS }

    /** What became of one transmission: FOUND with the replyId UTM gave it, ABSENT, or AMBIGUOUS with the reason. */
    public record Verdict(Outcome outcome, String replyId, String reason) {
    }

    private InDoubtMatcher() {
    }

    /**
     * @param doubts   in posting order
     * @param entries  /opt/in as listed once
     * @param ours     replyIds our documents already hold (never taken again)
     * @param fetch    an entry's text by URL, normalized the way {@link Doubt#text()} is
     */
    public static Map<String, Verdict> match(List<Doubt> doubts, List<OptInEntry> entries, Set<String> ours,
                                             Function<String, String> fetch) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        if (doubts.isEmpty()) {
            return verdicts;
        }
        long lowest = doubts.stream().map(d -> d.mark() == null ? -1L : d.mark()).min(Long::compare).orElse(-1L);
        List<OptInEntry> open = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (OptInEntry e : entries) {
            boolean afterMark = e.number() == null || e.number() > lowest;
            boolean anyService = doubts.stream().anyMatch(d -> e.mayBe(d.utmPath()));
            // A replyId listed twice is one entry; one our documents hold is never anyone else's.
            if (e.replyId() != null && !ours.contains(e.replyId()) && afterMark && anyService && seen.add(e.replyId())) {
                open.add(e);
            }
        }
        open.sort(Comparator.comparing(OptInEntry::number, Comparator.nullsLast(Comparator.naturalOrder())));
        Map<String, String> texts = new HashMap<>(); // fetched at most once per pass
        Map<String, List<Doubt>> groups = new LinkedHashMap<>();
        for (Doubt d : doubts) {
            groups.computeIfAbsent(d.utmPath().toLowerCase(java.util.Locale.ROOT) + '\n' + d.text(),
                    k -> new ArrayList<>()).add(d);
        }
        for (List<Doubt> group : groups.values()) {
            Doubt first = group.get(0);
            long groupLowest = group.stream().map(d -> d.mark() == null ? -1L : d.mark()).min(Long::compare).orElse(-1L);
            List<OptInEntry> candidates = new ArrayList<>();
            for (OptInEntry e : open) {
                if ((e.number() == null || e.number() > groupLowest) && e.mayBe(first.utmPath())
                        && first.text().equals(texts.computeIfAbsent(e.url(), fetch))) {
                    candidates.add(e);
                }
            }
            boolean unplaceable = candidates.stream().anyMatch(e -> e.number() == null);
            if (candidates.size() > group.size() || unplaceable) {
                String reason = unplaceable
                        ? "UTM's /opt/in lists an entry with the same text without a number: it cannot be placed after the mark"
                        : candidates.size() + " entries in UTM's /opt/in with the same text since the mark and " + group.size()
                        + " of ours in doubt: another program posted the same document, so which is ours cannot be proven";
                group.forEach(d -> verdicts.put(d.messageId(), new Verdict(Outcome.AMBIGUOUS, null, reason)));
                continue;
            }
            List<OptInEntry> untaken = new ArrayList<>(candidates);
            // Latest mark first: it can be only the entries after it, an earlier one more; taking them in this order
            // matches as many as can be ours. Identical texts are interchangeable, so which twin gets which is moot.
            List<Doubt> latestMarkFirst = new ArrayList<>(group);
            java.util.Collections.reverse(latestMarkFirst);
            latestMarkFirst.sort(Comparator.comparing((Doubt d) -> d.mark() == null ? -1L : d.mark()).reversed());
            for (Doubt d : latestMarkFirst) {
                long mark = d.mark() == null ? -1L : d.mark();
                OptInEntry taken = untaken.stream().filter(e -> e.number() > mark).findFirst().orElse(null);
                if (taken == null) {
                    verdicts.put(d.messageId(), new Verdict(Outcome.ABSENT, null, null));
                } else {
                    untaken.remove(taken);
                    verdicts.put(d.messageId(), new Verdict(Outcome.FOUND, taken.replyId(), null));
                }
            }
        }
        return verdicts;
    }
}
