package ru.egais.exchange.document;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import ru.egais.exchange.egais.DocumentKind;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.document.DocumentStatus.ACCEPTED;
import static ru.egais.exchange.document.DocumentStatus.CANCELLED;
import static ru.egais.exchange.document.DocumentStatus.QUEUED;
import static ru.egais.exchange.document.DocumentStatus.REJECTED;
import static ru.egais.exchange.document.DocumentStatus.SENT;
import static ru.egais.exchange.document.DocumentStatusMachine.next;
import static ru.egais.exchange.egais.DocumentKind.ACT;
import static ru.egais.exchange.egais.DocumentKind.QUERY;

class DocumentStatusMachineTest {

    @Test
    void actIsSentThenDecidedByTheOperationTicket() {
        assertThat(next(ACT, QUEUED, StatusEvent.UTM_TOOK)).contains(SENT);
        assertThat(next(ACT, SENT, StatusEvent.FORMAT_ACCEPTED)).as("format check is intermediate").contains(SENT);
        assertThat(next(ACT, SENT, StatusEvent.OPERATION_ACCEPTED)).contains(ACCEPTED);
        assertThat(next(ACT, SENT, StatusEvent.OPERATION_REJECTED)).contains(REJECTED);
        assertThat(next(ACT, SENT, StatusEvent.FORMAT_REJECTED)).contains(REJECTED);
    }

    @Test
    void queryIsAnsweredByItsReplyNotByAnAcceptingTicket() {
        assertThat(next(QUERY, SENT, StatusEvent.OPERATION_ACCEPTED)).contains(SENT);
        assertThat(next(QUERY, SENT, StatusEvent.REPLY_ARRIVED)).contains(ACCEPTED);
        assertThat(next(QUERY, SENT, StatusEvent.FORMAT_REJECTED)).contains(REJECTED);
        assertThat(next(ACT, SENT, StatusEvent.REPLY_ARRIVED)).isEmpty();
    }

    @Test
    void utmErrorRejectsAndCancelOnlyBeforeUtmHasIt() {
        assertThat(next(ACT, QUEUED, StatusEvent.UTM_REFUSED)).contains(REJECTED);
        assertThat(next(ACT, QUEUED, StatusEvent.CANCEL)).contains(CANCELLED);
        assertThat(next(ACT, SENT, StatusEvent.CANCEL)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DocumentStatus.class, names = {"ACCEPTED", "REJECTED", "CANCELLED"})
    void finalStatusesTakeNoFurtherEvent(DocumentStatus status) {
        for (DocumentKind kind : DocumentKind.values()) {
            for (StatusEvent event : StatusEvent.values()) {
                assertThat(next(kind, status, event)).as(kind + " " + status + " " + event).isEmpty();
            }
        }
        assertThat(status.isFinal()).isTrue();
    }

    @Test
    void ticketsCannotArriveForWhatUtmNeverTook() {
        for (StatusEvent event : new StatusEvent[]{StatusEvent.FORMAT_ACCEPTED, StatusEvent.OPERATION_ACCEPTED,
                StatusEvent.OPERATION_REJECTED, StatusEvent.REPLY_ARRIVED}) {
            assertThat(next(ACT, QUEUED, event)).isEmpty();
            assertThat(next(QUERY, QUEUED, event)).isEmpty();
        }
    }
}
