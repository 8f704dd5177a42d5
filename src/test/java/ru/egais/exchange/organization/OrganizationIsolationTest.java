package ru.egais.exchange.organization;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/** One organization's hanging UTM never holds up another's exchange. */
@QuarkusTest
class OrganizationIsolationTest {

    @Test
    void aHangingUtmDoesNotHoldUpAnotherOrganization() throws Exception {
        String slow = newFsrarId();
        String fast = newFsrarId();
        try (UtmSimulator slowUtm = UtmSimulator.start(slow, 0); UtmSimulator fastUtm = UtmSimulator.start(fast, 0)) {
            configureOrganization(slow, slowUtm.url());
            configureOrganization(fast, fastUtm.url());
            String stuck = prepare(Map.of("fsrarId", slow, "type", "QueryRests_v2")).getString("id");
            String quick = prepare(Map.of("fsrarId", fast, "type", "QueryRests_v2")).getString("id");
            slowUtm.faults().slow(3_000); // each UTM call; the whole exchange takes ~18 s

            CompletableFuture<Void> slowExchange = CompletableFuture.runAsync(() -> exchange(slow));
            Thread.sleep(200); // the slow organization's exchange is now waiting on its UTM
            exchange(fast);

            assertThat(status(quick)).isEqualTo("ACCEPTED");
            assertThat(slowExchange).as("the other organization is still waiting on its UTM").isNotDone();
            slowExchange.join();
            assertThat(status(stuck)).isIn("SENT", "ACCEPTED");
        }
    }
}
