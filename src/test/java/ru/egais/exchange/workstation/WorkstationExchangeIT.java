package ru.egais.exchange.workstation;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link WorkstationExchangeTest} again, against the packaged service: the jar, or the native binary with {@code -Pnative}. */
@QuarkusIntegrationTest
class WorkstationExchangeIT extends WorkstationExchangeTest {
}
