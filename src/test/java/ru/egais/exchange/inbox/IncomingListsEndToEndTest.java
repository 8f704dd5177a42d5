package ru.egais.exchange.inbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.incoming;

/** Processing and deleting a given list of incoming documents, and deleting all processed ones of an organization. */
@QuarkusTest
class IncomingListsEndToEndTest extends WithSimulatedUtm {

    /** Two supplier waybills (four documents) loaded and stored, not processed; returns their ids, oldest first. */
    private List<String> fourStored() {
        utm.deliverWaybill(1, 0, false);
        utm.deliverWaybill(1, 0, false);
        given().contentType(ContentType.JSON).body(Map.of("fsrarIds", List.of(fsrarId)))
                .post("/api/v1/incoming/fetch").then().statusCode(200);
        JsonPath in = incoming(fsrarId);
        assertThat(in.getList("status")).containsOnly("STORED").hasSize(4);
        return in.getList("id", String.class);
    }

    private static JsonPath post(String path, Map<String, ?> body, int status) {
        return given().contentType(ContentType.JSON).body(body).post(path).then().statusCode(status)
                .extract().jsonPath();
    }

    private String statusOf(String id) {
        return given().get("/api/v1/incoming/{id}", id).then().statusCode(200).extract().jsonPath().getString("status");
    }

    @Test
    void onlyTheListedDocumentsAreProcessedAndDeletedFromUtm() {
        List<String> ids = fourStored();
        JsonPath done = post("/api/v1/incoming/process", Map.of("ids", ids.subList(0, 2)), 200);

        assertThat(done.getList("id")).containsExactlyElementsOf(ids.subList(0, 2));
        assertThat(done.getList("status")).containsOnly("PROCESSED");
        assertThat(done.getList("deletedFromUtmAt")).doesNotContainNull();
        assertThat(done.getList("error")).containsOnlyNulls();
        assertThat(statusOf(ids.get(2))).isEqualTo("STORED");
        assertThat(statusOf(ids.get(3))).isEqualTo("STORED");
        assertThat(utm.outCount()).isEqualTo(2);
    }

    @Test
    void anUnknownIdRefusesTheWholeListAndNothingIsDone() {
        List<String> ids = fourStored();
        post("/api/v1/incoming/process", Map.of("ids", List.of(ids.get(0), "no-such-id")), 404);
        post("/api/v1/incoming/delete", Map.of("ids", List.of(ids.get(1), "no-such-id")), 404);
        assertThat(statusOf(ids.get(0))).isEqualTo("STORED");
        assertThat(utm.outCount()).isEqualTo(4);
        post("/api/v1/incoming/delete", Map.of(), 422);
        post("/api/v1/incoming/delete", Map.of("processed", true), 422);
    }

    @Test
    void severalIdsAreDeletedFromUtmAndTheirStoredCopiesStay() {
        List<String> ids = fourStored();
        JsonPath done = post("/api/v1/incoming/delete", Map.of("ids", List.of(ids.get(1), ids.get(3))), 200);

        assertThat(done.getList("deletedFromUtmAt")).doesNotContainNull();
        assertThat(utm.outCount()).isEqualTo(2);
        given().get("/api/v1/incoming/{id}/xml", ids.get(1)).then().statusCode(200);
    }

    @Test
    void allProcessedOfAnOrganizationAreDeletedOnceUtmIsBackAndEachFailureIsReportedOnItsOwn() {
        List<String> ids = fourStored();
        utm.down();
        JsonPath processed = post("/api/v1/incoming/process", Map.of("ids", ids), 200);
        assertThat(processed.getList("status")).containsOnly("PROCESSED");
        assertThat(processed.getList("deletedFromUtmAt")).containsOnlyNulls();
        assertThat(processed.getList("error", String.class)).allSatisfy(e -> assertThat(e).isNotBlank());

        utm.up();
        JsonPath deleted = post("/api/v1/incoming/delete", Map.of("fsrarIds", List.of(fsrarId), "processed", true), 200);
        assertThat(deleted.getList("id")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(deleted.getList("deletedFromUtmAt")).doesNotContainNull();
        assertThat(utm.outCount()).isZero();
        // Nothing left to delete: a second call is an empty answer, not an error.
        assertThat(post("/api/v1/incoming/delete", Map.of("fsrarIds", List.of(fsrarId), "processed", true), 200)
                .getList("id")).isEmpty();
    }

    @Test
    void processingByOrganizationStillProcessesEverythingStored() {
        fourStored();
        JsonPath summaries = post("/api/v1/incoming/process", Map.of("fsrarIds", List.of(fsrarId)), 200);
        assertThat(summaries.getInt("[0].processed")).isEqualTo(4);
        assertThat(utm.outCount()).isZero();
    }
}
