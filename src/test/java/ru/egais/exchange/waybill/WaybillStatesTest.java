package ru.egais.exchange.waybill;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.waybill.WaybillStates.derive;

class WaybillStatesTest {

    @Test
    void receivedThenRegisteredInEitherOrder() {
        assertThat(derive(true, false, null, null, null)).isEqualTo("WAITING_REGISTRATION");
        assertThat(derive(false, true, null, null, null)).isEqualTo("WAITING_WAYBILL");
        assertThat(derive(true, true, null, null, null)).isEqualTo("REGISTERED");
        assertThat(derive(true, true, "CANCELLED", "Accepted", null)).as("answer withdrawn").isEqualTo("REGISTERED");
    }

    @Test
    void theActMovesTheWaybillThroughItsAnswer() {
        assertThat(derive(true, true, "QUEUED", "Accepted", null)).isEqualTo("ACT_QUEUED");
        assertThat(derive(true, true, "SENT", "Accepted", null)).isEqualTo("ACT_SENT");
        assertThat(derive(true, true, "REJECTED", "Accepted", null)).isEqualTo("ACT_REJECTED");
        assertThat(derive(true, true, "ACCEPTED", "Accepted", null)).isEqualTo("ACCEPTED");
        assertThat(derive(true, true, "ACCEPTED", "Rejected", null)).isEqualTo("REJECTED");
        assertThat(derive(true, true, "ACCEPTED", "Differences", null)).isEqualTo("DIFFERENCES_SENT");
        assertThat(derive(true, true, "ACCEPTED", "Differences", "Accepted")).isEqualTo("DIFFERENCES_CONFIRMED");
        assertThat(derive(true, true, "ACCEPTED", "Differences", "Rejected")).isEqualTo("DIFFERENCES_REFUSED");
        assertThat(derive(true, true, "REPEALED", "Accepted", null)).isEqualTo("REPEALED");
    }

    @Test
    void aSupplierRepealIsAskedThenAnsweredAndOnlyAnAcceptedAgreementRepeals() {
        assertThat(WaybillStates.withRepeal("ACCEPTED", false, null, null)).isEqualTo("ACCEPTED");
        assertThat(WaybillStates.withRepeal("ACCEPTED", true, null, null)).isEqualTo("REPEAL_ASKED");
        assertThat(WaybillStates.withRepeal("ACCEPTED", true, "SENT", "Accepted")).isEqualTo("REPEAL_ANSWER_SENT");
        assertThat(WaybillStates.withRepeal("ACCEPTED", true, "REJECTED", "Accepted")).as("answer again")
                .isEqualTo("REPEAL_ASKED");
        assertThat(WaybillStates.withRepeal("ACCEPTED", true, "ACCEPTED", "Accepted")).isEqualTo("REPEALED");
        assertThat(WaybillStates.withRepeal("DIFFERENCES_SENT", true, "ACCEPTED", "Rejected"))
                .isEqualTo("DIFFERENCES_SENT");
    }
}
