package ru.egais.exchange.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.common.RunningOperations;
import ru.egais.exchange.testsupport.Eventually;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import jakarta.inject.Inject;
import java.time.Duration;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/** The operator's page over plain HTTP: languages, search, unknown incoming documents, forms and their secret. */
@QuarkusTest
class OperatorPageTest extends WithSimulatedUtm {

    @Inject
    RunningOperations operations;

    @Test
    void russianByDefaultEnglishOnRequestAndTheChoiceIsRemembered() {
        given().get("/").then().statusCode(200).contentType("text/html")
                .body(containsString("<title>Обмен с ЕГАИС</title>"));
        given().header("Accept-Language", "en-US,en;q=0.9").get("/").then().statusCode(200)
                .body(containsString("<title>EGAIS exchange</title>"));
        given().queryParam("lang", "en").header("Accept-Language", "ru").get("/").then().statusCode(200)
                .cookie("lang", "en").body(containsString("Run exchange for all"));
        given().cookie("lang", "en").get("/").then().body(containsString("<title>EGAIS exchange</title>"));
    }

    @Test
    void searchFindsADocumentByExternalIdReplyIdAndAnyValueInItsXml() {
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRestBCode", "externalId", "pos-" + fsrarId,
                "parameters", Map.of("ФОРМА2", "FB-000004917646122"), "immediate", true)).getString("id");
        String replyId = given().get("/api/v1/documents/{id}", id).then().extract().jsonPath().getString("replyId");
        for (String q : new String[]{"pos-" + fsrarId, replyId, "FB-000004917646122", id}) {
            assertThat(given().queryParam("q", q).get("/").then().statusCode(200).extract().asString())
                    .as(q).contains("data-id=\"" + id + "\"");
        }
        assertThat(given().queryParam("q", "FB-0000049176461").get("/").then().extract().asString())
                .doesNotContain("data-id=\"" + id + "\"");
        String wildcard = given().queryParam("q", "%").get("/").then().statusCode(200).extract().asString();
        assertThat(wildcard.substring(wildcard.indexOf("id=\"documents\""), wildcard.indexOf("id=\"overdue\"")))
                .contains("«%»").doesNotContain("class=\"document\"");
    }

    @Test
    void unknownIncomingDocumentIsListedAndItsRawXmlShownEscaped() {
        utm.deliver("MysteryDoc", null, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ns:Documents "
                + "xmlns:ns=\"http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01\"><ns:Owner><ns:FSRAR_ID>" + fsrarId
                + "</ns:FSRAR_ID></ns:Owner><ns:Document><ns:MysteryDoc><x>&lt;script&gt;</x></ns:MysteryDoc>"
                + "</ns:Document></ns:Documents>");
        exchange(fsrarId);
        String overview = given().get("/").then().statusCode(200).extract().asString();
        String problems = overview.substring(overview.indexOf("id=\"incoming-problems\""), overview.indexOf("id=\"incoming\""));
        Matcher row = Pattern.compile("data-id=\"([^\"]+)\"").matcher(problems);
        assertThat(row.find()).as(problems).isTrue();
        assertThat(problems).contains("MysteryDoc").contains("Неизвестный тип");

        String page = given().get("/ui/incoming/{id}", row.group(1)).then().statusCode(200).extract().asString();
        assertThat(page).contains("&lt;ns:MysteryDoc&gt;").contains("&amp;lt;script&amp;gt;").doesNotContain("<script>");
    }

    @Test
    void actionsNeedThePagesSecretAndRefusalsAreShownOnThePage() {
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");
        given().formParam("csrf", "guess").post("/ui/actions/documents/{id}/cancel-last-operation", id)
                .then().statusCode(403);
        String secret = secret(given().get("/ui/documents/{id}", id).then().statusCode(200).extract().asString());

        Response refused = given().redirects().follow(false).formParam("csrf", secret)
                .post("/ui/actions/documents/{id}/cancel-transmission", id);
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.header("Location")).contains("/ui/documents/" + id + "?error=");
        // The page names the kind of failure in Russian, the service's own words beside it as a detail.
        given().urlEncodingEnabled(false).get(refused.header("Location")).then().statusCode(200)
                .body(containsString("Действие сейчас невозможно"))
                .body(containsString("cannot do that: UTM already has it"));
        assertThat(status(id)).isEqualTo("SENT");

        given().redirects().follow(false).formParam("csrf", secret).post("/ui/actions/exchange")
                .then().statusCode(303).header("Location", endsWith("/?done=done"));
    }

    @Test
    void aQueuedDocumentIsSentNowFromItsPage() {
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2")).getString("id");
        String page = given().get("/ui/documents/{id}", id).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"action-send-now\"").contains("id=\"action-cancel-transmission\"");
        given().formParam("csrf", secret(page)).post("/ui/actions/documents/{id}/send-now", id).then().statusCode(200)
                .body(containsString("data-status=\"SENT\""));
        assertThat(utm.receivedCount("QueryRests_v2")).isEqualTo(1);
    }

    @Test
    void anExchangeStartedFromThePageShowsAsRunningWithAutoRefreshThenWithItsOutcome() {
        String secret = secret(given().get("/").then().extract().asString());
        utm.faults().slow(3000);
        given().redirects().follow(false).formParam("csrf", secret).formParam("fsrarId", fsrarId)
                .post("/ui/actions/exchange").then().statusCode(303);
        Eventually.await(Duration.ofSeconds(10), operations::anyRunning, running -> running);
        String during = given().get("/").then().statusCode(200).extract().asString();
        assertThat(during).contains("<meta http-equiv=\"refresh\" content=\"2\">").contains("Обмен")
                .contains("status s-SENT\">выполняется");
        utm.faults().clear();
        Eventually.await(Duration.ofSeconds(30), operations::anyRunning, running -> !running);
        String after = given().get("/").then().statusCode(200).extract().asString();
        assertThat(after).doesNotContain("http-equiv=\"refresh\"").contains("Обмен выполнен: 1 организация")
                .doesNotContain("organization(s)");
        assertThat(given().queryParam("lang", "en").get("/").then().extract().asString())
                .contains("1 organization exchanged");
    }

    private static String secret(String page) {
        Matcher m = Pattern.compile("name=\"csrf\" value=\"([0-9a-f]+)\"").matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }
}
