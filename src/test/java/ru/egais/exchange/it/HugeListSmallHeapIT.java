package ru.egais.exchange.it;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.Api;
import ru.egais.exchange.testsupport.ServiceProcess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 300 MB /opt/out list against the packaged service in 256 MB of heap: the list is read as it streams up to its
 * cap and the rest is never read, so the exchange answers, nothing dies (the process would exit on an
 * OutOfMemoryError), liveness stays UP and documents are still taken. Prints the memory the process used.
 */
class HugeListSmallHeapIT {

    @AfterEach
    void resetRestAssured() {
        RestAssured.reset();
    }

    @Test
    void aThreeHundredMegabyteListIsCappedInASmallHeap() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "huge-list-");
        String fsrarId = Api.newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0);
             ServiceProcess service = ServiceProcess.start(dataDir, dataDir.resolve("service.log"),
                     Map.of("egais.exchange.schedule-enabled", "false"),
                     List.of("-Xmx256m", "-XX:+ExitOnOutOfMemoryError"))) {
            RestAssured.port = service.port();
            Api.configureOrganization(fsrarId, utm.url());
            utm.faults().hugeList(300L * 1024 * 1024);

            JsonPath result = given().config(RestAssured.config().httpClient(io.restassured.config.HttpClientConfig
                            .httpClientConfig().setParam("http.socket.timeout", 600_000)))
                    .contentType("application/json").body(Map.of("fsrarIds", List.of(fsrarId)))
                    .post("/api/v1/exchange").then().statusCode(200).extract().jsonPath();
            assertThat(result.getInt("[0].received.listed")).isEqualTo(10_000);
            assertThat(result.getString("[0].received.error")).contains("egais.utm.max-list-entries");

            given().get("/q/health/live").then().statusCode(200);
            Api.prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2"));
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            double heap = metrics.lines().filter(l -> l.startsWith("jvm_memory_used_bytes{area=\"heap\""))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
            String status = Files.readString(Path.of("/proc/" + service.pid() + "/status"));
            String peak = status.lines().filter(l -> l.startsWith("VmHWM")).findFirst().orElse("VmHWM: ?");
            System.out.printf("[figure] 300 MB list refused under -Xmx256m: heap used after %.0f MB, peak RSS %s%n",
                    heap / 1_048_576, peak.replace("VmHWM:", "").strip());
        }
    }
}
