package ru.egais.exchange.outbox;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ru.egais.exchange.utm.UtmListEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random interleavings of our posts (answered, answer lost after UTM took it, connection cut before, refused), another
 * program's posts of the same texts, crashes (a crash mid-POST is one of the lost outcomes; a crash mid-settle
 * leaves the data as it was, so the next pass starts from the same data) and settle passes, against a model UTM
 * whose /opt/in numbers entries in posting order. After every pass: no two documents hold one replyId, a document
 * holds another program's replyId only in place of one of our POSTs that never landed (the one case nothing can
 * tell apart: the other program posted the same text after its mark), UTM holds no more of our acts of one text
 * than there are such acts (identical documents are interchangeable), and a held document is an act. At the end, with UTM healthy, every document is sent or (an act) held.
 */
class InDoubtSettlingProperties {

    enum Kind { QUERY, ACT }

    enum Step { ANSWERED, LOST_AFTER_TAKEN, CUT_BEFORE, REFUSED, FOREIGN, CRASH, SETTLE, LIST }

    record Action(Step step, int which) {
    }

    static final class Msg {
        final String id;
        final String text;
        final Kind kind;
        String state = "QUEUED"; // QUEUED, DOUBT, HELD, SENT
        String replyId;
        Long mark;
        final List<String> landed = new ArrayList<>(); // replyIds of our own posts UTM took

        Msg(String id, String text, Kind kind) {
            this.id = id;
            this.text = text;
            this.kind = kind;
        }
    }

    record Entry(long number, String replyId, String text, String owner) { // owner null: another program
    }

    static final class Model {
        final List<Entry> optIn = new ArrayList<>();
        final Map<String, Msg> msgs = new LinkedHashMap<>();
        final List<String> doubtOrder = new ArrayList<>();
        final Map<String, Integer> neverLanded = new HashMap<>();
        long listedMark;
        int fetches;
        int ids;

        String take(String text, String owner) {
            String replyId = "r" + (++ids);
            optIn.add(new Entry(optIn.size() + 1, replyId, text, owner));
            return replyId;
        }

        void post(Msg m, Step how) {
            // Read before the POST may start, at the last listing: other programs may have posted since.
            m.mark = listedMark;
            switch (how) {
                case ANSWERED -> {
                    m.replyId = take(m.text, m.id);
                    m.landed.add(m.replyId);
                    m.state = "SENT";
                }
                case LOST_AFTER_TAKEN, CRASH -> {
                    m.landed.add(take(m.text, m.id));
                    doubt(m);
                }
                case CUT_BEFORE -> {
                    neverLanded.merge(m.text, 1, Integer::sum);
                    doubt(m);
                }
                default -> { } // refused: nothing left, not in doubt
            }
        }

        void doubt(Msg m) {
            m.state = "DOUBT";
            doubtOrder.remove(m.id);
            doubtOrder.add(m.id);
        }

        void settle() {
            listedMark = optIn.size(); // the pass's listing is also the mark of the posts after it
            List<InDoubtMatcher.Doubt> doubts = new ArrayList<>();
            for (String id : doubtOrder) {
                Msg m = msgs.get(id);
                doubts.add(new InDoubtMatcher.Doubt(m.id, "T", m.text, m.mark));
            }
            Set<String> ours = new HashSet<>();
            msgs.values().forEach(m -> {
                if (m.replyId != null) {
                    ours.add(m.replyId);
                }
            });
            List<OptInEntry> listed = optIn.stream()
                    .map(e -> OptInEntry.of(new UtmListEntry("http://u/opt/in/T/" + e.number(), e.replyId()))).toList();
            Map<String, String> texts = new HashMap<>();
            optIn.forEach(e -> texts.put("http://u/opt/in/T/" + e.number(), e.text()));
            Set<String> fetchedUrls = new HashSet<>();
            Map<String, InDoubtMatcher.Verdict> verdicts = InDoubtMatcher.match(doubts, listed, ours, url -> {
                assertThat(fetchedUrls.add(url)).as("each entry fetched at most once a pass").isTrue();
                fetches++;
                return texts.get(url);
            });
            for (String id : List.copyOf(doubtOrder)) {
                Msg m = msgs.get(id);
                InDoubtMatcher.Verdict v = verdicts.get(id);
                doubtOrder.remove(id);
                switch (v.outcome()) {
                    case FOUND -> {
                        m.replyId = v.replyId();
                        m.state = "SENT";
                    }
                    case ABSENT -> m.state = "QUEUED";
                    case AMBIGUOUS -> m.state = m.kind == Kind.QUERY ? "QUEUED" : "HELD";
                }
            }
        }

        void checkInvariants() {
            Set<String> held = new HashSet<>();
            Map<String, Entry> byReply = new HashMap<>();
            optIn.forEach(e -> byReply.put(e.replyId(), e));
            Map<String, Integer> foreignTaken = new HashMap<>();
            for (Msg m : msgs.values()) {
                if (m.replyId != null) {
                    assertThat(held.add(m.replyId)).as("no two documents hold one replyId").isTrue();
                    Entry e = byReply.get(m.replyId);
                    assertThat(e.text()).as("a replyId of an entry with its own text").isEqualTo(m.text);
                    assertThat(e.number()).as("an entry after its mark").isGreaterThan(m.mark);
                    if (e.owner() == null) {
                        foreignTaken.merge(m.text, 1, Integer::sum);
                    }
                }
                if (m.state.equals("HELD")) {
                    assertThat(m.kind).isEqualTo(Kind.ACT);
                }
            }
            // Identical documents are interchangeable: what counts is how many of each text UTM holds.
            for (String text : msgs.values().stream().map(m -> m.text).distinct().toList()) {
                long docs = msgs.values().stream().filter(m -> m.text.equals(text)).count();
                long inUtm = optIn.stream().filter(e -> e.owner() != null && e.text().equals(text)).count();
                if (text.startsWith("ACT")) {
                    assertThat(inUtm).as("acts %s in UTM at most once each", text).isLessThanOrEqualTo(docs);
                }
                // Another program's replyId is taken only in place of one of our POSTs that never landed: the one
                // case no /opt/in listing can tell apart.
                assertThat(foreignTaken.getOrDefault(text, 0)).as("foreign replyIds taken for %s", text)
                        .isLessThanOrEqualTo(neverLanded.getOrDefault(text, 0));
            }
        }
    }

    @Provide
    Arbitrary<List<Action>> runs() {
        Arbitrary<Action> action = Combinators.combine(
                Arbitraries.of(Step.class), Arbitraries.integers().between(0, 99)).as(Action::new);
        return action.list().ofMinSize(1).ofMaxSize(60);
    }

    @Property(tries = 1500)
    void invariantsHoldOverEveryInterleaving(@ForAll("runs") List<Action> run,
                                             @ForAll("texts") List<Integer> textOfMessage) {
        Model model = new Model();
        for (int i = 0; i < textOfMessage.size(); i++) {
            Kind kind = i % 3 == 0 ? Kind.ACT : Kind.QUERY;
            // Few texts, so identical documents are the rule: every QueryRests_v2 of one organization is the same.
            String text = kind + "-" + textOfMessage.get(i);
            model.msgs.put("m" + i, new Msg("m" + i, text, kind));
        }
        List<Msg> all = List.copyOf(model.msgs.values());
        for (Action a : run) {
            switch (a.step()) {
                case FOREIGN -> model.take(all.get(a.which() % all.size()).text, null);
                case LIST -> model.listedMark = model.optIn.size(); // an immediate send reads the mark afresh
                case SETTLE -> {
                    model.settle();
                    model.checkInvariants();
                }
                default -> {
                    List<Msg> queued = all.stream().filter(m -> m.state.equals("QUEUED")).toList();
                    if (!queued.isEmpty()) {
                        model.post(queued.get(a.which() % queued.size()), a.step());
                    }
                }
            }
        }
        // UTM healthy again: settle, post what is queued, until nothing moves.
        for (int round = 0; round < 3 * all.size() + 3; round++) {
            model.settle();
            model.checkInvariants();
            all.stream().filter(m -> m.state.equals("QUEUED")).forEach(m -> model.post(m, Step.ANSWERED));
        }
        model.settle();
        model.checkInvariants();
        for (Msg m : all) {
            assertThat(m.state).as("%s ends sent or, an act, held for the operator", m.id).isIn("SENT", "HELD");
        }
    }

    @Provide
    Arbitrary<List<Integer>> texts() {
        return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(8);
    }
}
