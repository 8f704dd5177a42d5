package ru.egais.exchange.workstation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

import java.time.Duration;

/** {@link WorkstationExchangeTest} again, against the packaged service: the jar, or the native binary with {@code -Pnative}. */
@QuarkusIntegrationTest
class WorkstationExchangeIT extends WorkstationExchangeTest {

    /** The packaged service runs on the system clock: the lease runs out in real time. */
    @Override
    void letLeaseRunOut(Duration lease) throws InterruptedException {
        Thread.sleep(lease.toMillis() + 200);
    }

    @Override
    void resetClock() {
    }
}
