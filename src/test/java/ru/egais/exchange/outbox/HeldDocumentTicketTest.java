package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * A document held in doubt (its POST reached UTM unanswered, and another program posted the identical document in
 * the window, so /opt/in proves nothing) is settled by the ticket EGAIS sends for it — when the ticket alone can mean
 * it — and stays held when it cannot.
 */
@QuarkusTest
class HeldDocumentTicketTest extends WithSimulatedUtm {

    private String act(String wbRegId) {
        return prepare(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Accepted", "actNumber", "1",
                "actDate", "2026-11-23", "wbRegId", wbRegId, "immediate", true)).getString("id");
    }

    private static String xml(String id) {
        return given().get("/api/v1/documents/{id}/xml", id).then().statusCode(200).extract().asString();
    }

    /** The other program reads and deletes its own answers from /opt/out, as 1C does. */
    private void otherProgramTakesItsAnswers(String replyId) {
        String list = given().get(utm.url() + "/opt/out").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("<url replyId=\"" + Pattern.quote(replyId) + "\"[^>]*>([^<]+)</url>").matcher(list);
        int deleted = 0;
        while (m.find()) {
            given().delete(m.group(1)).then().statusCode(200);
            deleted++;
        }
        assertThat(deleted).as("EGAIS answered the other program's post").isPositive();
    }

    @Test
    void aHeldActTakesTheReplyIdOfTheTicketThatNamesItAndIsNeverPostedAgain() {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        utm.faults().loseAnswers(true);
        String id = act(ttn);
        utm.faults().clear();
        String ours = utm.ours().get(0).replyId();
        String foreign = utm.postForeign("WayBillAct_v4", xml(id)); // the same act, from 1C, after our mark
        otherProgramTakesItsAnswers(foreign);

        exchange(fsrarId);
        exchange(fsrarId);

        JsonPath settled = document(id);
        assertThat(settled.getString("replyId")).isEqualTo(ours);
        assertThat(settled.getString("status")).isEqualTo("ACCEPTED");
        assertThat(settled.getString("queue.state")).isEqualTo("DONE");
        assertThat(settled.getBoolean("queue.inDoubt")).isFalse();
        assertThat(utm.receivedCount("WayBillAct_v4")).as("never posted again").isEqualTo(2);
        String log = given().get("/api/v1/documents/{id}/log", id).then().statusCode(200).extract().asString();
        assertThat(log).contains("settled by EGAIS's ticket");
    }

    @Test
    void ticketsUnderTwoTransportIdsNamingTheHeldActSettleNothing() {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        utm.faults().loseAnswers(true);
        String id = act(ttn);
        utm.faults().clear();
        utm.postForeign("WayBillAct_v4", xml(id)); // its tickets stay in /opt/out next to ours

        exchange(fsrarId);
        exchange(fsrarId);

        JsonPath held = document(id);
        assertThat(held.getString("replyId")).isNull();
        assertThat(held.getString("queue.state")).isEqualTo("IN_DOUBT");
        assertThat(utm.receivedCount("WayBillAct_v4")).isEqualTo(2);
    }

    @Test
    void aTicketForAnotherWaybillLeavesTheHeldActAlone() {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        utm.faults().loseAnswers(true);
        String id = act(ttn);
        utm.faults().clear();
        String ours = utm.ours().get(0).replyId();
        String foreign = utm.postForeign("WayBillAct_v4", xml(id));
        otherProgramTakesItsAnswers(foreign);
        otherProgramTakesItsAnswers(ours); // our own tickets lost too: only a stranger's ticket arrives
        String ttn2 = utm.deliverWaybill(1, 0, false).wbRegId();
        String other = xml(id).replace(ttn, ttn2);
        assertThat(other).contains(ttn2);
        utm.postForeign("WayBillAct_v4", other); // its ticket names another waybill

        exchange(fsrarId);
        exchange(fsrarId);

        assertThat(document(id).getString("queue.state")).isEqualTo("IN_DOUBT");
        assertThat(document(id).getString("replyId")).isNull();
    }

    @Test
    void aTicketThatCameBeforeTheActWasHeldSettlesItOnceItIsHeld() {
        String ttn = utm.deliverWaybill(1, 0, false).wbRegId();
        utm.faults().loseAnswers(true);
        String id = act(ttn);
        utm.faults().clear();
        String ours = utm.ours().get(0).replyId();
        otherProgramTakesItsAnswers(utm.postForeign("WayBillAct_v4", xml(id)));
        // UTM's answers are loaded before the next settle pass: the tickets name none of our documents yet.
        given().contentType(io.restassured.http.ContentType.JSON).body(Map.of("fsrarIds", java.util.List.of(fsrarId)))
                .post("/api/v1/incoming/fetch").then().statusCode(200);
        given().contentType(io.restassured.http.ContentType.JSON).body(Map.of("fsrarIds", java.util.List.of(fsrarId)))
                .post("/api/v1/incoming/process").then().statusCode(200);
        assertThat(document(id).getString("replyId")).isNull();
        assertThat(document(id).getString("queue.state")).isEqualTo("PENDING");

        exchange(fsrarId); // the pass holds it; the tickets are looked at again

        JsonPath settled = document(id);
        assertThat(settled.getString("replyId")).isEqualTo(ours);
        assertThat(settled.getString("status")).isEqualTo("ACCEPTED");
        assertThat(settled.getString("queue.state")).isEqualTo("DONE");
        assertThat(utm.receivedCount("WayBillAct_v4")).isEqualTo(2);
    }
}
