package ru.egais.exchange.health;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.newFsrarId;

/** Each organization's UTM is probed in its own health group; readiness is about the service alone. */
@QuarkusTest
class UtmHealthTest {

    @Test
    void utmGroupShowsEachUtmAndADownOneWithoutMakingTheServiceUnready() {
        String up = newFsrarId();
        String down = newFsrarId();
        try (UtmSimulator upUtm = UtmSimulator.start(up, 0); UtmSimulator downUtm = UtmSimulator.start(down, 0)) {
            configureOrganization(up, upUtm.url());
            configureOrganization(down, downUtm.url());
            downUtm.down();
            ru.egais.exchange.testsupport.Api.prepare(java.util.Map.of("fsrarId", down, "type", "QueryRests_v2",
                    "immediate", true));

            given().get("/q/health/group/utm").then().statusCode(503)
                    .body("checks[0].data." + up, containsString("reachable, version 4.2.0, RSA valid"))
                    .body("checks[0].data." + down, containsString("unreachable"))
                    .body("checks[0].data['" + down + ".queue']", containsString("1 waiting; oldest: 1 attempt(s)"))
                    .body("checks[0].data['" + down + ".queue']", containsString("last error: UTM not reachable"))
                    .body("checks[0].data['" + up + ".queue']", containsString("empty"));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        }
    }
}
