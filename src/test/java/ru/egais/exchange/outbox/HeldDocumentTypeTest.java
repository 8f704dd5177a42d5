package ru.egais.exchange.outbox;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a ticket's DocType is read against a held document's type: tolerant in case and version, nothing more. */
class HeldDocumentTypeTest {

    @Test
    void sameTypeInAnotherCaseOrWithoutItsVersion() {
        assertThat(HeldDocumentsInQueue.sameType("WayBillAct_v4", "WayBillAct_v4")).isTrue();
        assertThat(HeldDocumentsInQueue.sameType("WayBillAct_v4", "WAYBILLACT_V4")).isTrue();
        assertThat(HeldDocumentsInQueue.sameType("WayBillAct_v4", "WayBillAct")).isTrue();
    }

    @Test
    void anotherTypeIsNot() {
        assertThat(HeldDocumentsInQueue.sameType("WayBillAct_v4", "ActWriteOff_v3")).isFalse();
        assertThat(HeldDocumentsInQueue.sameType("ActWriteOff_v3", "ActWriteOffShop_v2")).isFalse();
        assertThat(HeldDocumentsInQueue.sameType("WayBillAct_v4", null)).isFalse();
    }
}
