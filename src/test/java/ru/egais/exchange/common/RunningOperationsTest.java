package ru.egais.exchange.common;

import org.junit.jupiter.api.Test;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class RunningOperationsTest {

    @Test
    void anOperationShowsItsProgressWhileRunningAndItsOutcomeOnceFinished() {
        RunningOperations operations = new RunningOperations(Clock.systemUTC());
        RunningOperations.View view;
        try (RunningOperations.Operation op = operations.start("exchange", "3 organization(s)")) {
            op.progress("organizations exchanged", 1, 3);
            view = operations.list().get(0);
            assertThat(view.running()).isTrue();
            assertThat(view.percent()).isEqualTo(33);
            assertThat(operations.anyRunning()).isTrue();
            op.succeeded("3 organization(s) exchanged");
        }
        view = operations.list().get(0);
        assertThat(view.running()).isFalse();
        assertThat(view.failed()).isFalse();
        assertThat(view.outcome()).isEqualTo("3 organization(s) exchanged");
        assertThat(operations.anyRunning()).isFalse();
    }

    @Test
    void anOperationLeftByAnExceptionIsShownAsFailedAndATotalUnknownHasNoPercent() {
        RunningOperations operations = new RunningOperations(Clock.systemUTC());
        try (RunningOperations.Operation op = operations.start("load", "030000000001")) {
            op.progress("document 1 of ?", 5, 0);
            assertThat(operations.list().get(0).percent()).isEqualTo(-1);
            throw new IllegalStateException("boom");
        } catch (IllegalStateException expected) {
            assertThat(operations.list().get(0).failed()).isTrue();
        }
    }
}
