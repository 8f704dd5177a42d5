package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.outbox.InDoubtDocuments;
import ru.egais.exchange.simulator.ReceivedDocument;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.processOutbox;

/**
 * Byte-identical documents in doubt next to identical entries another program posted through the same UTM: no two
 * documents hold one replyId, none takes another program's, and each of ours reaches UTM exactly once or is visibly
 * in doubt.
 */
@QuarkusTest
class IdenticalDocumentsInDoubtTest extends WithSimulatedUtm {

    private String query(boolean immediate) {
        return prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", immediate)).getString("id");
    }

    private String act(String wbRegId, boolean immediate) {
        return prepare(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Accepted", "actNumber", "1",
                "actDate", "2026-11-23", "wbRegId", wbRegId, "immediate", immediate)).getString("id");
    }

    private static String xml(String id) {
        return given().get("/api/v1/documents/{id}/xml", id).then().statusCode(200).extract().asString();
    }

    @Test
    void sixIdenticalQueriesAfterAForeignOneEndWithSixDistinctReplyIdsAndSevenInUtm() {
        String queued = query(false);
        String foreign = utm.postForeign("QueryRests_v2", xml(queued));
        utm.faults().loseAnswers(true); // UTM reads each request, takes it, and the connection drops before the answer
        List<String> ids = new ArrayList<>(List.of(queued));
        for (int i = 0; i < 5; i++) {
            String id = query(true);
            assertThat(document(id).getBoolean("queue.inDoubt")).as("a POST without an answer is in doubt").isTrue();
            ids.add(id);
        }
        utm.faults().clear();

        exchange(fsrarId);

        List<String> replyIds = ids.stream().map(id -> document(id).getString("replyId")).toList();
        assertThat(replyIds).doesNotContainNull().doesNotHaveDuplicates().doesNotContain(foreign);
        assertThat(utm.receivedCount("QueryRests_v2")).isEqualTo(7);
        assertThat(utm.ours()).extracting(ReceivedDocument::replyId).containsExactlyInAnyOrderElementsOf(replyIds);
        ids.forEach(id -> assertThat(document(id).getString("status")).isIn("SENT", "ACCEPTED"));
    }

    @Test
    void anActWhoseTwinAnotherProgramPostedInTheWindowIsHeldInDoubtUntilTheOperatorSettlesIt() {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        utm.faults().loseAnswers(true);
        String id = act(ttn, true);
        utm.faults().clear();
        String ourReplyId = utm.ours().get(0).replyId();
        String foreign = utm.postForeign("WayBillAct_v4", xml(id)); // the same act, from 1C, after our mark

        exchange(fsrarId);
        exchange(fsrarId);

        JsonPath held = document(id);
        assertThat(held.getString("status")).isEqualTo("QUEUED");
        assertThat(held.getString("replyId")).isNull();
        assertThat(held.getString("queue.state")).isEqualTo("IN_DOUBT");
        assertThat(held.getBoolean("queue.inDoubt")).isTrue();
        assertThat(held.getString("lastError")).contains("another program posted the same document");
        assertThat(utm.receivedCount("WayBillAct_v4")).as("never posted again on a guess").isEqualTo(2);
        // Neither cancelled (it would be posted twice) nor given a replyId another document holds.
        given().delete("/api/v1/documents/{id}/transmission", id).then().statusCode(409);
        String other = query(true);
        String othersReplyId = document(other).getString("replyId");
        settle(id, Map.of("action", "POSTED", "replyId", othersReplyId)).statusCode(409);
        settle(id, Map.of("action", "POSTED")).statusCode(422);

        settle(id, Map.of("action", "POSTED", "replyId", ourReplyId)).statusCode(200);
        exchange(fsrarId);

        JsonPath settled = document(id);
        assertThat(settled.getString("replyId")).isEqualTo(ourReplyId).isNotEqualTo(foreign);
        assertThat(settled.getString("status")).isIn("SENT", "ACCEPTED");
        assertThat(settled.getString("queue.state")).isEqualTo("DONE");
        settle(id, Map.of("action", "POST_AGAIN")).statusCode(409);
    }

    @Test
    void theOperatorCanHaveAHeldActPostedAgain() {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        utm.faults().loseAnswers(true);
        String id = act(ttn, true);
        utm.faults().clear();
        utm.postForeign("WayBillAct_v4", xml(id));
        exchange(fsrarId);
        assertThat(document(id).getString("queue.state")).isEqualTo("IN_DOUBT");

        settle(id, Map.of("action", "POST_AGAIN")).statusCode(200);
        exchange(fsrarId);

        assertThat(utm.receivedCount("WayBillAct_v4")).isEqualTo(3);
        assertThat(document(id).getString("replyId")).isEqualTo(utm.ours().get(1).replyId());
    }

    @Test
    void anAmbiguousQueryIsPostedAgainAndNeverTakesTheForeignReplyId() {
        utm.faults().loseAnswers(true);
        String id = query(true);
        utm.faults().clear();
        String foreign = utm.postForeign("QueryRests_v2", xml(id));

        exchange(fsrarId);

        JsonPath doc = document(id);
        assertThat(doc.getString("status")).isIn("SENT", "ACCEPTED");
        assertThat(doc.getString("replyId")).isNotEqualTo(foreign).isEqualTo(utm.ours().get(1).replyId());
        assertThat(given().get("/api/v1/documents/{id}/log", id).jsonPath().getList("detail", String.class))
                .anyMatch(d -> d.contains("a query is posted again"));
    }

    @Test
    void anIdenticalForeignEntryFromBeforeTheMarkIsNeverTaken() {
        String first = query(false);
        utm.postForeign("QueryRests_v2", xml(first));
        utm.postForeign("QueryRests_v2", xml(first));
        utm.faults().loseAnswers(true);
        String id = query(true);
        utm.faults().clear();

        exchange(fsrarId);

        assertThat(utm.ours()).hasSize(2);
        Set<String> ours = utm.ours().stream().map(ReceivedDocument::replyId).collect(Collectors.toSet());
        assertThat(ours).contains(document(id).getString("replyId"), document(first).getString("replyId"));
    }

    @Test
    void onlyTheMessageWhosePostMayHaveArrivedIsInDoubtNotTheRestOfItsBatch() {
        List<String> ids = List.of(query(false), query(false), query(false));
        utm.faults().loseAnswers(true);
        processOutbox(fsrarId);
        utm.faults().clear();

        Map<String, Boolean> inDoubt = new HashMap<>();
        ids.forEach(id -> inDoubt.put(id, document(id).getBoolean("queue.inDoubt")));
        assertThat(inDoubt.get(ids.get(0))).isTrue();
        assertThat(inDoubt.get(ids.get(1))).isFalse();
        assertThat(inDoubt.get(ids.get(2))).isFalse();
        assertThat(utm.receivedCount("QueryRests_v2")).isEqualTo(1);

        utm.down();
        String refused = query(true);
        assertThat(document(refused).getBoolean("queue.inDoubt")).as("a refused connection delivered nothing").isFalse();
        utm.up();
        exchange(fsrarId);
        assertThat(utm.receivedCount("QueryRests_v2")).isEqualTo(4);
        assertThat(utm.ours().stream().map(ReceivedDocument::replyId).distinct()).hasSize(4);
    }

    @Inject
    InDoubtDocuments inDoubtDocuments;

    @Test
    void aHeldActIsListedByTheApiCountedInTheMetricAndSettledFromTheOperatorsPage() {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        utm.faults().loseAnswers(true);
        String id = act(ttn, true);
        utm.faults().clear();
        String ourReplyId = utm.ours().get(0).replyId();
        utm.postForeign("WayBillAct_v4", xml(id));
        exchange(fsrarId);

        assertThat(given().queryParam("inDoubt", true).queryParam("fsrarId", fsrarId).get("/api/v1/documents")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class)).containsExactly(id);
        inDoubtDocuments.refreshMetrics();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("(?m)^egais_documents_in_doubt\\{fsrarId=\"" + fsrarId + "\"\\} 1\\.0$");
        String overview = given().queryParam("lang", "en").get("/").then().statusCode(200).extract().asString();
        assertThat(overview.substring(overview.indexOf("id=\"in-doubt\""))).contains(id.substring(0, 8));
        String page = given().get("/ui/documents/{id}", id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"action-settle-posted\"").contains("id=\"action-settle-post-again\"")
                .doesNotContain("id=\"action-send-now\"");
        Matcher secret = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(secret.find()).isTrue();

        given().formParam("csrf", secret.group(1)).formParam("replyId", ourReplyId)
                .post("/ui/actions/documents/{id}/settle-posted", id).then().statusCode(200);

        assertThat(document(id).getString("replyId")).isEqualTo(ourReplyId);
        inDoubtDocuments.refreshMetrics();
        assertThat(given().get("/q/metrics").then().extract().asString())
                .containsPattern("(?m)^egais_documents_in_doubt\\{fsrarId=\"" + fsrarId + "\"\\} 0\\.0$");
    }

    private static io.restassured.response.ValidatableResponse settle(String id, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/documents/{id}/settle", id).then();
    }
}
