package ru.egais.exchange.exchange;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;

/** POST /api/v1/exchange answers, per organization, which documents moved and which incoming documents arrived. */
@QuarkusTest
class ExchangeChangesTest extends WithSimulatedUtm {

    @Test
    void theExchangeNamesTheDocumentsThatMovedAndTheIncomingThatArrived() {
        String queued = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "externalId", "pos-7")).getString("id");
        String sent = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRestsShop_v2", "immediate", true)).getString("id");
        String rejected = prepare(Map.of("fsrarId", fsrarId, "type", "WayBillAct_v4", "isAccept", "Accepted",
                "actNumber", "1", "actDate", "2026-11-23", "wbRegId", "TTN-0000000001")).getString("id");
        utm.deliverWaybill(1, 0, false);

        JsonPath summary = exchange(fsrarId);

        assertThat(summary.getString("[0].fsrarId")).isEqualTo(fsrarId);
        List<Map<String, Object>> moved = summary.getList("[0].documentsChanged");
        assertThat(moved).containsExactlyInAnyOrder(
                Map.of("id", queued, "externalId", "pos-7", "type", "QueryRests_v2", "oldStatus", "QUEUED",
                        "newStatus", "ACCEPTED"),
                change(sent, "QueryRestsShop_v2", "SENT", "ACCEPTED"),
                change(rejected, "WayBillAct_v4", "QUEUED", "REJECTED"));
        List<Map<String, Object>> arrived = summary.getList("[0].incomingArrived");
        assertThat(arrived).extracting(m -> m.get("type")).containsExactlyInAnyOrder("ReplyRests_v2",
                "ReplyRestsShop_v2", "Ticket", "Ticket", "WayBill_v4", "TTNInformF2Reg");
        assertThat(arrived).filteredOn(m -> "ReplyRests_v2".equals(m.get("type")))
                .extracting(m -> m.get("replyId")).containsExactly(document(queued).getString("replyId"));
        assertThat(arrived).extracting(m -> m.get("id")).doesNotContainNull().doesNotHaveDuplicates();

        JsonPath quiet = exchange(fsrarId);
        assertThat(quiet.getList("[0].documentsChanged")).isEmpty();
        assertThat(quiet.getList("[0].incomingArrived")).isEmpty();
    }

    private static Map<String, Object> change(String id, String type, String from, String to) {
        Map<String, Object> m = new java.util.HashMap<>();
        m.put("id", id);
        m.put("externalId", null);
        m.put("type", type);
        m.put("oldStatus", from);
        m.put("newStatus", to);
        return m;
    }
}
