package ru.egais.exchange.document;

import org.junit.jupiter.api.Test;
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

    @Test
    void repealedTakesNoFurtherEvent() {
        for (DocumentKind kind : DocumentKind.values()) {
            for (StatusEvent event : StatusEvent.values()) {
                assertThat(next(kind, DocumentStatus.REPEALED, event)).as(kind + " " + event).isEmpty();
            }
        }
        assertThat(DocumentStatus.REPEALED.isFinal()).isTrue();
    }

    @Test
    void rejectedCanBeCancelledCorrectedAndResubmittedButAcceptedCannot() {
        assertThat(next(ACT, REJECTED, StatusEvent.CANCEL_LAST_OPERATION)).contains(CANCELLED);
        assertThat(next(ACT, CANCELLED, StatusEvent.RESUBMIT)).contains(QUEUED);
        assertThat(next(ACT, ACCEPTED, StatusEvent.CANCEL_LAST_OPERATION)).isEmpty();
        assertThat(DocumentStatusMachine.whyNot("WayBillAct_v4", ACCEPTED, StatusEvent.CANCEL_LAST_OPERATION))
                .contains("RequestRepealWB");
        assertThat(next(ACT, SENT, StatusEvent.CANCEL)).isEmpty();
        assertThat(DocumentStatusMachine.whyNot(SENT, StatusEvent.CANCEL)).contains("UTM already has it");
    }

    @Test
    void anAcceptedActCanBeRepealedOrTheRepealRefused() {
        assertThat(next(ACT, ACCEPTED, StatusEvent.REPEAL_REQUESTED)).contains(DocumentStatus.REPEAL_REQUESTED);
        assertThat(next(ACT, DocumentStatus.REPEAL_REQUESTED, StatusEvent.REPEAL_CONFIRMED)).contains(DocumentStatus.REPEALED);
        assertThat(next(ACT, DocumentStatus.REPEAL_REQUESTED, StatusEvent.REPEAL_REFUSED)).contains(DocumentStatus.REPEAL_REFUSED);
        assertThat(next(QUERY, ACCEPTED, StatusEvent.REPEAL_REQUESTED)).as("a query cannot be repealed").isEmpty();
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
