package ru.egais.exchange.cheque;

import org.junit.jupiter.api.Test;
import ru.egais.exchange.common.DomainException.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the till hears about a cheque the UTM has not signed depends on its stored status and on who posted it. */
class ChequeNotSignedTest {

    @Test
    void eachUnsignedStatusIsItsOwnRefusalAboutTheStoredCheque() {
        assertThat(ChequeNotSigned.of(cheque(ChequeStatus.REFUSED), true).kind()).isEqualTo(Kind.REFUSED_BY_UTM);
        assertThat(ChequeNotSigned.of(cheque(ChequeStatus.UNREACHABLE), true).kind()).isEqualTo(Kind.UTM_UNREACHABLE);
        assertThat(ChequeNotSigned.of(cheque(ChequeStatus.SENDING), false).kind()).isEqualTo(Kind.CHEQUE_BEING_SIGNED);
        ChequeNotSigned refused = ChequeNotSigned.of(cheque(ChequeStatus.REFUSED), false);
        assertThat(refused.subject()).isEqualTo("/api/v1/cheques/c1");
        assertThat(refused.getMessage()).isEqualTo("cheque c1 REFUSED by the UTM: the mark is sold");
    }

    @Test
    void anUnansweredPostIsNewsOnlyToTheRequestThatMadeIt() {
        assertThat(ChequeNotSigned.of(cheque(ChequeStatus.IN_DOUBT), true).kind()).isEqualTo(Kind.UTM_SILENT);
        assertThat(ChequeNotSigned.of(cheque(ChequeStatus.IN_DOUBT), false).kind()).isEqualTo(Kind.CHEQUE_IN_DOUBT);
    }

    @Test
    void eachRefusalHasAStableCodeThePageTranslates() {
        assertThat(ChequeNotSigned.of(cheque(ChequeStatus.REFUSED), true).code()).isEqualTo("cheque.refused-by-utm");
        assertThat(ChequeNotSigned.of(cheque(ChequeStatus.IN_DOUBT), true).code()).isEqualTo("cheque.utm-silent");
        assertThat(ChequeNotSigned.of(cheque(ChequeStatus.IN_DOUBT), false).code()).isEqualTo("cheque.in-doubt");
        assertThat(ChequeNotSigned.of(cheque(ChequeStatus.SENDING), false).code()).isEqualTo("cheque.being-signed");
    }

    @Test
    void aSignedChequeIsNoRefusal() {
        assertThatThrownBy(() -> ChequeNotSigned.of(cheque(ChequeStatus.SIGNED), false))
                .isInstanceOf(IllegalStateException.class);
    }

    private static ChequeView cheque(ChequeStatus status) {
        return new ChequeView("c1", "030000123456", "KKT-1", "7", "42", "Продажа", "2026-12-01T10:15:00", "ChequeV3",
                status, null, null, "the mark is sold", null, null, null);
    }
}
