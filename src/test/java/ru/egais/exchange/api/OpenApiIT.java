package ru.egais.exchange.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link OpenApiTest} again, against the packaged service: the jar, or the native binary with {@code -Pnative}. */
@QuarkusIntegrationTest
class OpenApiIT extends OpenApiTest {
}
