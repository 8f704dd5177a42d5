package ru.egais.exchange.cheque;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A till sells through the API against the simulated UTM: signed once, repeats answered from the store. */
@QuarkusTest
class ChequeEndToEndTest extends WithSimulatedUtm {

    static Response post(Map<String, Object> cheque) {
        return given().contentType(ContentType.JSON).body(cheque).post("/api/v1/cheques");
    }

    @Test
    void aSaleIsSignedAndItsQrLinkAndSignatureAreStored() {
        String mark = Cheques.newMark();
        JsonPath signed = post(Cheques.sale(fsrarId, "KKT-1", 3, 1, mark)).then().statusCode(201)
                .extract().jsonPath();
        assertThat(signed.getString("status")).isEqualTo("SIGNED");
        assertThat(post(Cheques.sale(fsrarId, "KKT-1", 3, 1, mark)).header("Location")).isNull();
        assertThat(signed.getString("url")).startsWith("https://check.egais.ru?id=")
                .contains("&dt=0112261015", "&cn=" + fsrarId);
        assertThat(signed.getString("sign")).matches("[0-9A-F]{128}");
        assertThat(utm.signedChequeCount()).isEqualTo(1);
        assertThat(utm.soldMarks()).containsExactly(mark);

        JsonPath stored = given().get("/api/v1/cheques/{id}", signed.getString("id")).then().statusCode(200)
                .extract().jsonPath();
        assertThat(stored.getString("url")).isEqualTo(signed.getString("url"));
        assertThat(stored.getString("kassa")).isEqualTo("KKT-1");
        assertThat(stored.getString("shift")).isEqualTo("3");
    }

    @Test
    void theSameChequeAgainIsTheStoredAnswerWithNoSecondPost() {
        Map<String, Object> cheque = Cheques.sale(fsrarId, "KKT-1", 3, 2, Cheques.newMark());
        JsonPath first = post(cheque).then().statusCode(201).extract().jsonPath();
        JsonPath again = post(cheque).then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("id")).isEqualTo(first.getString("id"));
        assertThat(again.getString("url")).isEqualTo(first.getString("url"));
        assertThat(again.getString("sign")).isEqualTo(first.getString("sign"));
        assertThat(utm.postedChequeCount()).as("posted to the UTM once").isEqualTo(1);
    }

    @Test
    void anotherBodyUnderTheSameKeyIsAConflict() {
        post(Cheques.sale(fsrarId, "KKT-1", 3, 3, Cheques.newMark())).then().statusCode(201);
        given().contentType(ContentType.JSON).body(Cheques.sale(fsrarId, "KKT-1", 3, 3, Cheques.newMark()))
                .post("/api/v1/cheques").then().statusCode(409).contentType("application/problem+json");
        assertThat(utm.postedChequeCount()).isEqualTo(1);
    }

    @Test
    void aMarkSoldTwiceIsRefusedWithTheUtmsTextAndStoredAsRefused() {
        String mark = Cheques.newMark();
        post(Cheques.sale(fsrarId, "KKT-1", 3, 4, mark)).then().statusCode(201);
        Map<String, Object> second = Cheques.sale(fsrarId, "KKT-2", 3, 5, mark);
        JsonPath refused = post(second).then().statusCode(422).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(refused.getString("detail")).contains("REFUSED", "Марка " + mark + " уже продана");
        String instance = refused.getString("instance");
        assertThat(given().get(instance).jsonPath().getString("status")).isEqualTo("REFUSED");
        // Asked again, the same refusal comes from the store: the UTM is not asked twice.
        post(second).then().statusCode(422);
        assertThat(utm.postedChequeCount()).isEqualTo(2);
    }

    @Test
    void aReturnGivesTheMarkBackSoItCanBeSoldAgain() {
        String mark = Cheques.newMark();
        post(Cheques.sale(fsrarId, "KKT-1", 4, 1, mark)).then().statusCode(201);
        Map<String, Object> refund = Cheques.sale(fsrarId, "KKT-1", 4, 2, mark);
        refund.put("type", "Возврат");
        post(refund).then().statusCode(201);
        post(Cheques.sale(fsrarId, "KKT-1", 4, 3, mark)).then().statusCode(201);
        assertThat(utm.soldMarks()).containsExactly(mark);
    }

    @Test
    void aUtmErrorUnder200IsA422WithItsText() {
        utm.faults().errorUnder200("Истёк срок действия ключа");
        JsonPath refused = post(Cheques.sale(fsrarId, "KKT-1", 5, 1, Cheques.newMark())).then().statusCode(422)
                .extract().jsonPath();
        assertThat(refused.getString("detail")).contains("Истёк срок действия ключа");
        assertThat(refused.getString("title")).isEqualTo("Refused by UTM");
    }

    @Test
    void aUtmDownIs503UnreachableAndTheSameChequeIsSignedOnceItIsBack() {
        utm.down();
        Map<String, Object> cheque = Cheques.sale(fsrarId, "KKT-1", 6, 1, Cheques.newMark());
        JsonPath down = post(cheque).then().statusCode(503).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(down.getString("detail")).contains("UNREACHABLE", "nothing was signed");
        assertThat(given().get(down.getString("instance")).jsonPath().getString("status")).isEqualTo("UNREACHABLE");
        assertThat(given().get(down.getString("instance")).jsonPath().getString("url")).isNull();

        utm.up();
        JsonPath signed = post(cheque).then().statusCode(200).extract().jsonPath();
        assertThat(signed.getString("status")).isEqualTo("SIGNED");
        assertThat(signed.getString("id")).isEqualTo(down.getString("instance").replace("/api/v1/cheques/", ""));
        assertThat(utm.signedChequeCount()).isEqualTo(1);
    }

    @Test
    void aLostAnswerLeavesTheChequeInDoubtAndItIsNeverPostedAgain() {
        utm.faults().loseAnswers(true);
        Map<String, Object> cheque = Cheques.sale(fsrarId, "KKT-1", 7, 1, Cheques.newMark());
        JsonPath doubt = post(cheque).then().statusCode(503).extract().jsonPath();
        assertThat(doubt.getString("detail")).contains("IN_DOUBT", "never posted again");
        assertThat(utm.signedChequeCount()).as("the UTM did sign it").isEqualTo(1);

        utm.faults().clear();
        JsonPath again = post(cheque).then().statusCode(409).extract().jsonPath();
        assertThat(again.getString("detail")).contains("IN_DOUBT");
        assertThat(utm.postedChequeCount()).as("one sale in EGAIS, not two").isEqualTo(1);
        assertThat(given().get(doubt.getString("instance")).jsonPath().getString("status")).isEqualTo("IN_DOUBT");
    }

    @Test
    void aSlowUtmIs503WithinTheBoundAndNothingClaimsToBeSigned() {
        utm.faults().slow(10_000);
        long start = System.nanoTime();
        JsonPath slow = post(Cheques.sale(fsrarId, "KKT-1", 8, 1, Cheques.newMark())).then().statusCode(503)
                .extract().jsonPath();
        long millis = (System.nanoTime() - start) / 1_000_000;
        // The bound is 2 s in tests; the UTM would answer after 10 s. This checks the cut-off, not a speed.
        assertThat(millis).isLessThan(8_000);
        assertThat(slow.getString("detail")).contains("IN_DOUBT", "did not answer within 2000 ms");
        JsonPath stored = given().get(slow.getString("instance")).jsonPath();
        assertThat(stored.getString("status")).isEqualTo("IN_DOUBT");
        assertThat(stored.getString("url")).isNull();
        utm.faults().clear();
    }

    @Test
    void garbageFromTheUtmIsInDoubt() {
        utm.faults().garbage(true);
        post(Cheques.sale(fsrarId, "KKT-1", 9, 1, Cheques.newMark())).then().statusCode(503)
                .body("detail", org.hamcrest.Matchers.containsString("IN_DOUBT"));
    }

    @Test
    void aShiftsChequesAreListedWithTheirStatus() {
        post(Cheques.sale(fsrarId, "KKT-7", 11, 1, Cheques.newMark())).then().statusCode(201);
        utm.faults().errorUnder200("Ошибка");
        post(Cheques.sale(fsrarId, "KKT-7", 11, 2, Cheques.newMark())).then().statusCode(422);
        utm.faults().clear();
        post(Cheques.sale(fsrarId, "KKT-7", 12, 1, Cheques.newMark())).then().statusCode(201);
        post(Cheques.sale(fsrarId, "KKT-8", 11, 1, Cheques.newMark())).then().statusCode(201);

        JsonPath shift = given().queryParam("fsrarId", fsrarId).queryParam("kassa", "KKT-7").queryParam("shift", "11")
                .get("/api/v1/cheques").then().statusCode(200).extract().jsonPath();
        assertThat(shift.getList("number", String.class)).containsExactly("1", "2");
        assertThat(shift.getList("status", String.class)).containsExactly("SIGNED", "REFUSED");
        assertThat(given().queryParam("fsrarId", fsrarId).get("/api/v1/cheques").jsonPath().getList("id")).hasSize(4);
        given().get("/api/v1/cheques").then().statusCode(422);
        given().get("/api/v1/cheques/{id}", "no-such-cheque").then().statusCode(404);
    }

    @Test
    void anInvalidChequeNamesEveryFieldAndReachesNoUtm() {
        Map<String, Object> bad = Cheques.sale(fsrarId, "", 0, 1);
        bad.put("type", "Sale");
        bad.put("nomarks", List.of(Map.of("posIdentity", "1", "product", Map.of("<script>", "x"), "quantity", 0,
                "ean", "12", "price", -1)));
        JsonPath problem = post(bad).then().statusCode(422).contentType("application/problem+json")
                .extract().jsonPath();
        assertThat(problem.getList("errors.field", String.class)).contains("kassa", "shift", "type",
                "nomarks[0].product.<script>", "nomarks[0].quantity", "nomarks[0].ean", "nomarks[0].price");
        assertThat(utm.postedChequeCount()).isZero();
    }

    @Test
    void aCashlessSaleWithHeaderTtnIsSigned() {
        Map<String, Object> cheque = Cheques.sale(fsrarId, null, 1, 1, Cheques.newMark());
        cheque.remove("kassa");
        cheque.remove("shift");
        cheque.remove("number");
        cheque.put("date", "2026-12-01");
        cheque.put("billNumber", "СЧ-17");
        cheque.put("ttnNumber", "ТТН-5");
        JsonPath signed = post(cheque).then().statusCode(201).extract().jsonPath();
        assertThat(signed.getString("number")).isEqualTo("СЧ-17");
        assertThat(utm.signedChequeCount()).isEqualTo(1);
        post(cheque).then().statusCode(200);
        assertThat(utm.postedChequeCount()).isEqualTo(1);
    }

    @Test
    void onceTheUtmsSchemasAreLoadedAnInvalidChequeIsRefusedBeforeItIsPosted() {
        utm.schemas(ru.egais.exchange.testsupport.SharedEgais.xsd());
        // The first cheque does not wait for the schemas: they are fetched in the background meanwhile.
        post(Cheques.sale(fsrarId, "KKT-1", 13, 1, Cheques.newMark())).then().statusCode(201);
        int[] number = {1};
        ru.egais.exchange.testsupport.Eventually.await(java.time.Duration.ofSeconds(30),
                () -> post(Cheques.sale(fsrarId, "KKT-1", 13, ++number[0], "not-an-excise-mark")).then().extract()
                        .jsonPath().getString("detail"),
                detail -> detail != null && detail.contains("does not match the EGAIS schema"));
        int posted = utm.postedChequeCount();
        post(Cheques.sale(fsrarId, "KKT-1", 13, ++number[0], "not-an-excise-mark")).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("does not match the EGAIS schema"));
        assertThat(utm.postedChequeCount()).as("refused here, never posted").isEqualTo(posted);
    }

    @Test
    void anHttp4xxIsRefusedAndA5xxIsInDoubt() {
        utm.faults().httpStatus(404);
        post(Cheques.sale(fsrarId, "KKT-1", 14, 1, Cheques.newMark())).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("UTM answered HTTP 404"));
        utm.faults().httpStatus(500);
        post(Cheques.sale(fsrarId, "KKT-1", 14, 2, Cheques.newMark())).then().statusCode(503)
                .body("detail", org.hamcrest.Matchers.containsString("IN_DOUBT"));
        utm.faults().clear();
    }

    @Test
    void aChequeV4WithDraughtIsSignedAtTypeChequeV4() {
        Map<String, Object> cheque = Cheques.sale(fsrarId, "BAR-1", 1, 1, Cheques.newMark());
        cheque.put("format", "ChequeV4");
        cheque.put("catering", List.of(Map.of("barcode", Cheques.newMark(), "price", 150, "volume", 500)));
        JsonPath signed = post(cheque).then().statusCode(201).extract().jsonPath();
        assertThat(signed.getString("format")).isEqualTo("ChequeV4");
        assertThat(utm.signedChequeCount()).isEqualTo(1);
        cheque.put("format", "ChequeV3");
        cheque.put("number", 2);
        post(cheque).then().statusCode(422).body("errors.field", org.hamcrest.Matchers.hasItem("catering"));
    }

    @Test
    void aUtmThatNeverAcceptsTheConnectionIsUnreachableNotInDoubt() throws Exception {
        // A listening socket whose accept queue is full drops new SYNs: a connect that hangs, like a UTM PC that is off.
        try (java.net.ServerSocket full = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            List<java.net.Socket> fillers = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    java.net.Socket s = new java.net.Socket();
                    try {
                        s.connect(full.getLocalSocketAddress(), 200);
                        fillers.add(s);
                    } catch (java.io.IOException queueFull) {
                        s.close();
                    }
                }
                ru.egais.exchange.testsupport.Api.configureOrganization(fsrarId, "http://127.0.0.1:" + full.getLocalPort());
                long start = System.nanoTime();
                JsonPath answer = post(Cheques.sale(fsrarId, "KKT-1", 15, 1, Cheques.newMark())).then().statusCode(503)
                        .extract().jsonPath();
                assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8_000);
                assertThat(answer.getString("detail")).contains("UNREACHABLE", "nothing was signed");
            } finally {
                for (java.net.Socket s : fillers) {
                    s.close();
                }
            }
        }
    }
}
