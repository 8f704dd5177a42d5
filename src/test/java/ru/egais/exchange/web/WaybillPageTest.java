package ru.egais.exchange.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.simulator.ReceivedDocument;
import ru.egais.exchange.simulator.SupplierWaybill;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;

/**
 * A store answers its suppliers' waybills from the page alone: the waiting list first on the page, the waybill's
 * positions, accept / reject / differences through the same service as the API, its refusals by field in Russian.
 */
@QuarkusTest
class WaybillPageTest extends WithSimulatedUtm {

    @Test
    void aWaitingWaybillIsFirstOnThePageAndAnsweredWithDifferencesAfterARefusalByField() {
        SupplierWaybill shipped = utm.deliverWaybill(2, 3, false);
        exchange(fsrarId);
        String id = waybillId(shipped.wbRegId());

        String overview = given().get("/").then().statusCode(200).extract().asString();
        assertThat(overview.indexOf("id=\"waybills-waiting\"")).isPositive()
                .isLessThan(overview.indexOf("id=\"operations\"")).isLessThan(overview.indexOf("id=\"organizations\""));
        String row = between(overview, "data-id=\"" + id + "\"", "</tr>");
        assertThat(row).contains(shipped.number(), shipped.wbRegId(), ">2<", "ждёт ответа");
        assertThat(row).containsPattern("осталось \\d+ (день|дня|дней)|срок прошёл");

        String page = given().get("/ui/waybills/{id}", id).then().statusCode(200).extract().asString();
        SupplierWaybill.Position second = shipped.positions().get(1);
        assertThat(page).contains("id=\"accept\"", "id=\"reject\"", "id=\"send-differences\"", second.marks().get(2),
                second.alcCode());

        // A mark of the first position named for the second, and a quantity that is not a number: refused by field.
        String foreignMark = shipped.positions().get(0).marks().get(0);
        Response refused = differences(page, id, "", "", "", foreignMark);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(between(refused.asString(), "data-identity=\"" + second.identity() + "\"", "</tr>"))
                .contains("Эта марка не из этой позиции накладной или указана дважды: <span class=\"mono\">"
                        + foreignMark + "</span>");
        assertThat(differences(page, id, "много", "", "", "").asString())
                .contains("Количество — это число, например 12 или 0,5");
        assertThat(utm.receivedCount("WayBillAct_v4")).isZero();

        String missing = second.marks().get(2);
        Response done = differences(page, id, "", "", "", missing);
        assertThat(done.statusCode()).isEqualTo(303);
        String after = given().urlEncodingEnabled(false).get(done.header("Location")).then().statusCode(200)
                .extract().asString();
        assertThat(after).contains("Ответ подготовлен и поставлен в очередь на отправку в ЕГАИС", "id=\"act-link\"")
                .doesNotContain("id=\"send-differences\"");
        ReceivedDocument act = utm.received().stream().filter(d -> d.element().equals("WayBillAct_v4")).findFirst()
                .orElseThrow();
        assertThat(act.xml()).contains("<wa:IsAccept>Differences</wa:IsAccept>", shipped.wbRegId(), missing,
                second.informF2RegId()).doesNotContain(foreignMark);

        // Answered: off the waiting list, and a second answer is refused in Russian.
        assertThat(given().get("/").then().extract().asString()).doesNotContain("data-id=\"" + id + "\" class")
                .doesNotContain("class=\"waiting-waybill\" data-id=\"" + id + "\"");
        Response again = given().redirects().follow(false).formParam("csrf", secret(page))
                .post("/ui/waybills/{id}/accept", id);
        assertThat(given().urlEncodingEnabled(false).get(again.header("Location")).asString())
                .contains("На накладную уже отправлен ответ");
    }

    @Test
    void aWaybillIsRejectedWithANoteOrAcceptedInFull() {
        SupplierWaybill rejected = utm.deliverWaybill(1, 1, false);
        SupplierWaybill accepted = utm.deliverWaybill(1, 0, true);
        exchange(fsrarId);
        String page = given().get("/ui/waybills/{id}", waybillId(rejected.wbRegId())).then().extract().asString();
        // As a browser posts a UTF-8 page's form (RestAssured's own default is ISO-8859-1).
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf", secret(page)).formParam("note", "Бой при перевозке")
                .post("/ui/waybills/{id}/reject", waybillId(rejected.wbRegId())).then().statusCode(303);
        given().redirects().follow(false).formParam("csrf", secret(page))
                .post("/ui/waybills/{id}/accept", waybillId(accepted.wbRegId())).then().statusCode(303);
        List<String> acts = utm.received().stream().filter(d -> d.element().equals("WayBillAct_v4"))
                .map(ReceivedDocument::xml).toList();
        assertThat(acts).hasSize(2);
        assertThat(acts).anySatisfy(x -> assertThat(x).contains("<wa:IsAccept>Rejected</wa:IsAccept>",
                "Бой при перевозке", rejected.wbRegId()));
        assertThat(acts).anySatisfy(x -> assertThat(x).contains("<wa:IsAccept>Accepted</wa:IsAccept>",
                accepted.wbRegId()));
    }

    @Test
    void aWaybillNotRegisteredYetIsListedButCannotBeAnswered() {
        var shipment = utm.prepareShipment(1, 0);
        utm.deliver("WayBill_v4", null, shipment.wayBillXml());
        exchange(fsrarId);
        String id = given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().extract().jsonPath()
                .getString("[0].id");
        String page = given().get("/ui/waybills/{id}", id).then().statusCode(200).extract().asString();
        assertThat(page).contains("ждёт регистрации в ЕГАИС", "На эту накладную сейчас ответить нельзя")
                .doesNotContain("id=\"accept\"");
        Response refused = given().redirects().follow(false).formParam("csrf", secret(page))
                .post("/ui/waybills/{id}/accept", id);
        assertThat(given().urlEncodingEnabled(false).get(refused.header("Location")).asString())
                .contains("Накладная ещё не зарегистрирована в ЕГАИС");
        assertThat(utm.receivedCount("WayBillAct_v4")).isZero();
    }

    @Test
    void formsWithoutThePagesSecretAreRefused() {
        SupplierWaybill shipped = utm.deliverWaybill(1, 1, false);
        exchange(fsrarId);
        given().formParam("csrf", "guess").post("/ui/waybills/{id}/accept", waybillId(shipped.wbRegId()))
                .then().statusCode(403);
        assertThat(utm.receivedCount("WayBillAct_v4")).isZero();
    }

    /** Posts the differences form for a two-position waybill: quantity and missing marks of each position. */
    private static Response differences(String page, String id, String quantity0, String missing0, String quantity1,
                                        String missing1) {
        Matcher ids = Pattern.compile("name=\"id(\\d)\" value=\"([^\"]+)\"").matcher(page);
        var request = given().redirects().follow(false).formParam("csrf", secret(page));
        String[][] typed = {{quantity0, missing0}, {quantity1, missing1}};
        while (ids.find()) {
            int i = Integer.parseInt(ids.group(1));
            request.formParam("id" + i, ids.group(2)).formParam("quantity" + i, typed[i][0])
                    .formParam("missing" + i, typed[i][1]);
        }
        return request.post("/ui/waybills/{id}/differences", id);
    }

    private String waybillId(String wbRegId) {
        List<String> ids = given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.wbRegId == '" + wbRegId + "' }.id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return html.substring(start, html.indexOf(to, start));
    }

    static String secret(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }
}
