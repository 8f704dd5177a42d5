package ru.egais.exchange.web;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Russian plural forms and the waybill's answer deadline, without the service. */
class RussianPluralTest {

    @Test
    void oneFewManyAsRussianCountsThem() {
        String[] forms = {"документ", "документа", "документов"};
        long[][] cases = {{1, 0}, {21, 0}, {101, 0}, {2, 1}, {4, 1}, {22, 1}, {104, 1}, {0, 2}, {5, 2}, {11, 2},
                {12, 2}, {14, 2}, {19, 2}, {111, 2}, {112, 2}, {25, 2}, {100, 2}};
        for (long[] c : cases) {
            assertThat(RussianPlural.plural(c[0], forms[0], forms[1], forms[2])).as("%d", c[0]).isEqualTo(forms[(int) c[1]]);
        }
    }

    @Test
    void aWaybillIsAnsweredByTheEndOfItsThirdDayAfterItsDateInMoscow() {
        WaybillPage page = new WaybillPage(null, null, Clock.fixed(Instant.parse("2026-12-01T05:00:00Z"), ZoneOffset.UTC), 3);
        assertThat(page.deadline("2026-12-01")).isEqualTo(Instant.parse("2026-12-04T21:00:00Z"));
        assertThat(page.deadline("2026-12-01T10:15:00")).isEqualTo(Instant.parse("2026-12-04T21:00:00Z"));
        assertThat(page.deadline("01.12.2026")).isNull();
        assertThat(page.deadline(null)).isNull();
    }
}
