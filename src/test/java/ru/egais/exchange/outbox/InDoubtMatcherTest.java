package ru.egais.exchange.outbox;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.utm.UtmListEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class InDoubtMatcherTest {

    private static OptInEntry entry(String type, long n, String replyId) {
        return OptInEntry.of(new UtmListEntry("http://127.0.0.1:8080/opt/in/" + type + "/" + n, replyId));
    }

    @Test
    void entriesBeforeTheMarkAreNeverFetchedHoweverManyThereAre() {
        List<OptInEntry> listed = new ArrayList<>();
        for (int i = 1; i <= 1000; i++) {
            listed.add(entry("QueryRests_v2", i, "foreign-" + i));
        }
        List<InDoubtMatcher.Doubt> doubts = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            doubts.add(new InDoubtMatcher.Doubt("m" + i, "QueryRests_v2", "Q", 1000L));
            listed.add(entry("QueryRests_v2", 1001 + i, "ours-" + i));
        }
        AtomicInteger fetched = new AtomicInteger();
        Map<String, InDoubtMatcher.Verdict> verdicts = InDoubtMatcher.match(doubts, listed, Set.of(), url -> {
            fetched.incrementAndGet();
            return "Q";
        });
        assertThat(fetched).hasValue(50);
        assertThat(verdicts.values()).allMatch(v -> v.outcome() == InDoubtMatcher.Outcome.FOUND && v.replyId().startsWith("ours-"));
        assertThat(verdicts.values().stream().map(InDoubtMatcher.Verdict::replyId).distinct()).hasSize(50);
    }

    @Test
    void anotherServicesEntriesAndOurOwnReplyIdsAreNotFetched() {
        List<OptInEntry> listed = List.of(entry("WayBillAct_v4", 5, "act"), entry("QueryRests_v2", 6, "held-by-us"));
        AtomicInteger fetched = new AtomicInteger();
        Map<String, InDoubtMatcher.Verdict> verdicts = InDoubtMatcher.match(
                List.of(new InDoubtMatcher.Doubt("m", "QueryRests_v2", "Q", 1L)), listed, Set.of("held-by-us"), url -> {
                    fetched.incrementAndGet();
                    return "Q";
                });
        assertThat(fetched).hasValue(0);
        assertThat(verdicts.get("m").outcome()).isEqualTo(InDoubtMatcher.Outcome.ABSENT);
    }

    @Test
    void moreTwinsInTheWindowThanOursIsAmbiguousAndAnUnnumberedTwinToo() {
        InDoubtMatcher.Doubt d = new InDoubtMatcher.Doubt("m", "WayBillAct_v4", "A", 3L);
        assertThat(InDoubtMatcher.match(List.of(d), List.of(entry("WayBillAct_v4", 4, "x"), entry("WayBillAct_v4", 5, "y")),
                Set.of(), url -> "A").get("m").outcome()).isEqualTo(InDoubtMatcher.Outcome.AMBIGUOUS);
        OptInEntry unnumbered = OptInEntry.of(new UtmListEntry("http://127.0.0.1:8080/opt/in/doc?id=z", "z"));
        assertThat(unnumbered.number()).isNull();
        assertThat(InDoubtMatcher.match(List.of(d), List.of(unnumbered), Set.of(), url -> "A").get("m").outcome())
                .isEqualTo(InDoubtMatcher.Outcome.AMBIGUOUS);
    }

    @Test
    void theHighWaterMarkIsTheHighestNumberListed() {
        assertThat(OptInEntry.highWaterMark(List.of(entry("A", 7, "a"), entry("B", 12, "b"), entry("C", 3, "c"))))
                .isEqualTo(12);
        assertThat(OptInEntry.highWaterMark(List.of())).isZero();
        assertThat(entry("QueryRests_v2", 42, "r").type()).isEqualTo("QueryRests_v2");
    }
}
