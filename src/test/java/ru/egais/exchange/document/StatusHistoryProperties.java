package ru.egais.exchange.document;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import ru.egais.exchange.egais.DocumentKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Over random sequences of events: the status reached step by step (as the live exchange applies them) always
 * equals the status recomputed from the exchange log alone, and an illegal transition never changes anything.
 */
class StatusHistoryProperties {

    record Step(ExchangeEvent event, StatusEvent statusEvent) {
    }

    static Document document(DocumentKind kind) {
        Document d = new Document();
        d.id = "d";
        d.fsrarId = "030000000001";
        d.docType = kind == DocumentKind.ACT ? "WayBillAct_v4" : "QueryRests_v2";
        d.status = DocumentStatus.QUEUED;
        return d;
    }

    @Provide
    Arbitrary<List<StatusEvent>> events() {
        return Arbitraries.of(StatusEvent.class).list().ofMaxSize(40);
    }

    @Property(tries = 2000)
    void restoringFromTheLogEqualsTheStatusReachedStepByStep(@ForAll DocumentKind kind,
                                                            @ForAll("events") List<StatusEvent> events) {
        Document live = document(kind);
        List<Step> log = new ArrayList<>();
        for (StatusEvent event : events) {
            DocumentTransitions.apply(live, event, ExchangeEvent.TICKET_OPERATION, "", Instant.EPOCH,
                    (d, e, s, detail) -> log.add(new Step(e, s)));
        }
        assertThat(log).hasSize(events.size());
        assertThat(StatusHistory.replay(kind, log.stream().map(Step::statusEvent).toList())).isEqualTo(live.status);
    }

    @Property(tries = 2000)
    void anIllegalTransitionChangesNothing(@ForAll DocumentKind kind, @ForAll("events") List<StatusEvent> prefix,
                                           @ForAll StatusEvent attempted) {
        Document d = document(kind);
        for (StatusEvent event : prefix) {
            DocumentTransitions.apply(d, event, ExchangeEvent.TICKET_OPERATION, "", Instant.EPOCH, (x, e, s, y) -> { });
        }
        DocumentStatus before = d.status;
        Instant updatedBefore = d.updatedAt;
        boolean legal = DocumentStatusMachine.next(kind, before, attempted).isPresent();
        List<Step> logged = new ArrayList<>();
        if (legal) {
            DocumentTransitions.require(d, attempted, ExchangeEvent.CANCELLED, "", Instant.MAX,
                    (x, e, s, y) -> logged.add(new Step(e, s)));
            assertThat(logged).hasSize(1);
        } else {
            assertThatThrownBy(() -> DocumentTransitions.require(d, attempted, ExchangeEvent.CANCELLED, "", Instant.MAX,
                    (x, e, s, y) -> logged.add(new Step(e, s)))).isInstanceOf(IllegalTransition.class);
            assertThat(d.status).isEqualTo(before);
            assertThat(d.updatedAt).isEqualTo(updatedBefore);
            assertThat(logged).isEmpty();
            boolean changed = DocumentTransitions.apply(d, attempted, ExchangeEvent.TICKET_OPERATION, "", Instant.MAX,
                    (x, e, s, y) -> { });
            assertThat(changed).isFalse();
            assertThat(d.status).isEqualTo(before);
            assertThat(d.updatedAt).isEqualTo(updatedBefore);
        }
    }
}
