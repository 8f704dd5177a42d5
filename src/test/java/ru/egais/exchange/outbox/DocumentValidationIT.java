package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link DocumentValidationTest} again, against the packaged service: the jar, or the native binary with {@code -Pnative}. */
@QuarkusIntegrationTest
class DocumentValidationIT extends DocumentValidationTest {
}
