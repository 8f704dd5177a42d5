package ru.egais.exchange.outbox;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.document.OverdueDocuments;
import ru.egais.exchange.testsupport.SettableClock;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;

/**
 * A document EGAIS never answers can be put back for correction once overdue, with a warning; if EGAIS accepts it
 * after all, the ticket is recorded and the document flagged as a conflict (shown, counted), its status not moved.
 */
@QuarkusTest
class UnansweredDocumentConflictTest extends WithSimulatedUtm {

    @Inject
    SettableClock clock;

    @Inject
    OverdueDocuments overdue;

    @Test
    void anOverdueDocumentIsCancelledWithAWarningAndALateAcceptanceIsAConflict() {
        utm.answerDelay(Duration.ofDays(3));
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "TransferToShop", "transferNumber", "T-1",
                "transferDate", "2026-11-23", "positions", java.util.List.of(Map.of("identity", "1",
                        "productCode", "0010255000002043023", "quantity", 1, "informF2RegId", "FB-000004917646122")),
                "immediate", true)).getString("id");
        String replyId = document(id).getString("replyId");
        assertThat(document(id).getString("status")).isEqualTo("SENT");
        given().post("/api/v1/documents/{id}/cancel-last-operation", id).then().statusCode(409)
                .body("detail", containsString("not answered it yet"));

        clock.tick(Duration.ofDays(2)); // EGAIS has kept silent for two days
        given().post("/api/v1/documents/{id}/cancel-last-operation", id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("CANCELLED"))
                .body("lastError", containsString("warning"));

        utm.deliver("Ticket", replyId, """
                <?xml version="1.0" encoding="UTF-8"?><ns:Documents xmlns:ns="http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01"
                 xmlns:tc="http://fsrar.ru/WEGAIS/Ticket"><ns:Owner><ns:FSRAR_ID>%s</ns:FSRAR_ID></ns:Owner><ns:Document>
                <ns:Ticket><tc:DocType>TransferToShop</tc:DocType><tc:TransportId>%s</tc:TransportId><tc:OperationResult>
                <tc:OperationName>Confirm</tc:OperationName><tc:OperationResult>Accepted</tc:OperationResult>
                <tc:OperationComment>Документ проведен</tc:OperationComment></tc:OperationResult></ns:Ticket>
                </ns:Document></ns:Documents>""".formatted(fsrarId, replyId));
        exchange(fsrarId);

        JsonPath after = document(id);
        assertThat(after.getString("status")).as("never silently moved").isEqualTo("CANCELLED");
        assertThat(after.getString("conflict")).contains("EGAIS accepted it after it was cancelled");
        assertThat(after.getList("tickets")).hasSize(1);

        overdue.refreshCount();
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^egais_documents_conflicts\\S* ([0-9.]+)$").matcher(metrics);
        assertThat(m.find()).as(metrics).isTrue();
        assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(1.0);
    }

    @AfterEach
    void backToTheSystemsTime() {
        clock.reset();
    }
}
