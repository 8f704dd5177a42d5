package ru.egais.exchange.waybill;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PositionOrderTest {

    @Test
    void numberedPositionsSortAsNumbersNotAsText() {
        List<String> ids = new ArrayList<>(List.of("10", "2", "11", "1", "b", "a", "3"));
        ids.sort(PositionOrder.IDENTITIES);
        assertThat(ids).containsExactly("1", "2", "3", "10", "11", "a", "b");
    }

    @Test
    void hugeAndPaddedNumbersStillCompare() {
        List<String> ids = new ArrayList<>(List.of("100000000000000000000000", "02", "1"));
        ids.sort(PositionOrder.IDENTITIES);
        assertThat(ids).containsExactly("1", "02", "100000000000000000000000");
    }
}
