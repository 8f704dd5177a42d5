package ru.egais.exchange.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.cheque.Cheques;
import ru.egais.exchange.simulator.SupplierWaybill;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * No English is left on the Russian page: every section rendered with data in it (waybills waiting, a refused
 * differences form, a repeal request, a consignee's differences waiting for our ticket, an exchange's outcome,
 * stock, cheques, a failure), and its visible text searched for Latin words. Codes and identifiers are let through
 * only where the page marks them as such ({@code mono}: FSRAR ids, document types, marks; {@code tech}: what EGAIS
 * or a UTM wrote) and for a short list of names that have no Russian (UTM's RSA certificate, the QR link, XML).
 */
@QuarkusTest
class PageLanguageTest extends WithSimulatedUtm {

    /** Names and codes that a Russian page writes in Latin letters too. */
    private static final Set<String> ALLOWED = Set.of("RSA", "GOST", "QR", "XML", "Swagger", "UI", "OpenAPI",
            "replyId", "externalId", "WBRegId", "EGAIS_API_TOKEN", "FORM2REGINFO", "English");

    /** A word starts at a word boundary: the letters inside a code ("…5db" of a short id) are not words. */
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->|<!DOCTYPE[^>]*>",
            Pattern.DOTALL);
    private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("placeholder=\"([^\"]*)\"");
    private static final Set<String> VOID = Set.of("input", "br", "meta", "link", "img", "hr");

    @Test
    void everySectionWithDataIsRussianOnTheRussianPageAndEnglishOnTheEnglishOne() {
        SupplierWaybill waiting = utm.deliverWaybill(2, 2, false);
        SupplierWaybill repealed = utm.deliverWaybill(1, 1, false);
        exchange(fsrarId);
        utm.requestRepeal(repealed.wbRegId(), "R-7");
        utm.consigneeAnswers("Differences");
        String returned = shipReturn();
        given().contentType(ContentType.JSON).body(Cheques.sale(fsrarId, "KKT-1", 5, 1, Cheques.newMark()))
                .post("/api/v1/cheques").then().statusCode(201);
        prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true));
        exchange(fsrarId);
        exchange(fsrarId);
        // An exchange from the page: its outcome is listed among the long operations.
        given().get("/").then().statusCode(200);

        String waybillId = waybillId(waiting.wbRegId());
        String page = given().get("/ui/waybills/{id}", waybillId).then().statusCode(200).extract().asString();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("overview", given().get("/").then().statusCode(200).extract().asString());
        pages.put("waybill", page);
        pages.put("refused differences", given().formParam("csrf", WaybillPageTest.secret(page))
                .formParam("id0", waiting.positions().get(0).identity()).formParam("quantity0", "1000")
                .formParam("missing0", "not-a-mark").post("/ui/waybills/{id}/differences", waybillId)
                .then().statusCode(422).extract().asString());
        pages.put("stock", given().queryParam("fsrarId", fsrarId).get("/ui/stock").then().statusCode(200).extract().asString());
        pages.put("cheques", given().queryParam("fsrarId", fsrarId).get("/ui/cheques").then().statusCode(200).extract().asString());
        pages.put("document", given().get("/ui/documents/{id}", returned).then().statusCode(200).extract().asString());
        String incomingId = given().queryParam("fsrarId", fsrarId).get("/api/v1/incoming").then().extract().jsonPath()
                .getString("[0].id");
        pages.put("incoming", given().get("/ui/incoming/{id}", incomingId).then().statusCode(200).extract().asString());
        pages.put("failure", given().queryParam("error", "err_conflict").queryParam("detail", "cannot do that")
                .get("/").then().statusCode(200).extract().asString());

        assertThat(pages.get("overview")).contains("class=\"waiting-waybill\" data-id=\"" + waybillId + "\"",
                "class=\"repeal-request\"", "class=\"differences-act\"", "Обмен выполнен: 1 организация");
        assertThat(pages.get("refused differences")).contains("class=\"err field-error\"");
        assertThat(pages.get("stock")).contains("class=\"stock-line\"");
        assertThat(pages.get("cheques")).contains("class=\"cheque\"", "499,90");
        pages.forEach((name, html) -> assertThat(latinWords(html)).as("English on the Russian %s page", name).isEmpty());

        String english = given().queryParam("lang", "en").get("/").then().extract().asString();
        assertThat(english).contains("Waybills waiting for an answer", "1 organization exchanged",
                "requests to repeal a waybill").doesNotContain("Накладные, ждущие ответа");
        assertThat(given().queryParam("lang", "en").get("/ui/waybills/{id}", waybillId).asString())
                .contains("Accept in full", "Reject the waybill", "Send the differences act");

        // The lists' own buttons: our ticket on the consignee's differences, our answer to the repeal request.
        String secret = WaybillPageTest.secret(page);
        given().redirects().follow(false).formParam("csrf", secret)
                .post("/ui/actions/documents/{id}/differences-accept", returned).then().statusCode(303);
        given().redirects().follow(false).formParam("csrf", secret).formParam("confirm", "true")
                .post("/ui/waybills/{id}/repeal", waybillId(repealed.wbRegId())).then().statusCode(303);
        assertThat(utm.received().stream().map(d -> d.element()).toList()).contains("ConfirmTicket", "ConfirmRepealWB");
        String asked = given().redirects().follow(false).formParam("csrf", secret).formParam("fsrarId", fsrarId)
                .formParam("register", "2").post("/ui/stock/ask").then().statusCode(303).extract().header("Location");
        assertThat(given().urlEncodingEnabled(false).get(asked).asString()).contains("Запрос остатков поставлен в очередь");
        assertThat(utm.receivedCount("QueryRestsShop_v2")).isEqualTo(1);
        String overview = given().get("/").then().extract().asString();
        assertThat(overview).doesNotContain("class=\"differences-act\" data-id=\"" + returned + "\"")
                .doesNotContain("class=\"repeal-request\" data-id=\"" + waybillId(repealed.wbRegId()) + "\"");
    }

    @Test
    void theScannerFindsEnglishWhereThereIsAny() {
        assertThat(latinWords("<html><body><p>Обмен <b>done</b></p><td class=\"mono\">WayBill_v4</td>"
                + "<input placeholder=\"search here\"></body></html>")).containsExactly("done", "here", "search");
        // A short id whose hex ends in letters after digits (a document's title) is a code, not English.
        assertThat(latinWords("<html><head><title>Входящий 1234a5db — Обмен</title></head></html>")).isEmpty();
    }

    /** The Latin words a reader sees: text outside style, pre and code-like elements, and placeholders. */
    static Set<String> latinWords(String html) {
        StringBuilder visible = new StringBuilder();
        Deque<Boolean> skipped = new ArrayDeque<>();
        Matcher tag = TAG.matcher(html);
        int at = 0;
        while (tag.find()) {
            if (!skipped.contains(true)) {
                visible.append(' ').append(html, at, tag.start());
            }
            at = tag.end();
            if (tag.group(2) == null) {
                continue;
            }
            String name = tag.group(2).toLowerCase();
            String attributes = tag.group(3);
            Matcher placeholder = PLACEHOLDER.matcher(attributes);
            if (placeholder.find() && !skipped.contains(true)) {
                visible.append(' ').append(placeholder.group(1));
            }
            if (VOID.contains(name) || attributes.endsWith("/")) {
                continue;
            }
            if (tag.group(1).isEmpty()) {
                Matcher c = CLASS.matcher(attributes);
                String classes = c.find() ? c.group(1) : "";
                skipped.push(name.equals("style") || name.equals("pre") || classes.matches(".*\\b(mono|tech)\\b.*"));
            } else if (!skipped.isEmpty()) {
                skipped.pop();
            }
        }
        String text = visible.toString().replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'");
        Set<String> words = new TreeSet<>();
        Matcher w = LATIN_WORD.matcher(text);
        while (w.find()) {
            // A word with a digit is a code (F2, an FSRAR id); eight hex letters are a document's short id.
            if (!ALLOWED.contains(w.group()) && !w.group().matches(".*\\d.*") && !w.group().matches("[0-9a-f]{8}")) {
                words.add(w.group());
            }
        }
        return words;
    }


    private String waybillId(String wbRegId) {
        return given().queryParam("fsrarId", fsrarId).get("/api/v1/waybills").then().statusCode(200)
                .extract().jsonPath().getString("find { it.wbRegId == '" + wbRegId + "' }.id");
    }
}
