package ru.egais.exchange.waybill;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** {@link SupplierWaybillEndToEndTest} again, against the packaged service: the jar, or the native binary with {@code -Pnative}. */
@QuarkusIntegrationTest
class SupplierWaybillEndToEndIT extends SupplierWaybillEndToEndTest {
}
