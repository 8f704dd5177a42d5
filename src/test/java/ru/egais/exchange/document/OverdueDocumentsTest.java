package ru.egais.exchange.document;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.document.OverdueDocuments;
import ru.egais.exchange.simulator.UtmSimulator;
import ru.egais.exchange.testsupport.SettableClock;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.configureOrganization;
import static ru.egais.exchange.testsupport.Api.document;
import static ru.egais.exchange.testsupport.Api.newFsrarId;
import static ru.egais.exchange.testsupport.Api.prepare;

/** A document EGAIS has not answered for more than 24 h is flagged, listed and counted. */
@QuarkusTest
class OverdueDocumentsTest {

    @Inject
    SettableClock clock;

    @Inject
    OverdueDocuments overdue;

    @Test
    void sentAndUnansweredForADayIsOverdueListedAndCounted() {
        String fsrarId = newFsrarId();
        try (UtmSimulator utm = UtmSimulator.start(fsrarId, 0).answerDelay(Duration.ofDays(3))) {
            configureOrganization(fsrarId, utm.url());
            String late = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");
            assertThat(document(late).getBoolean("overdue")).isFalse();

            clock.tick(Duration.ofDays(2));
            String recent = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "immediate", true)).getString("id");

            assertThat(document(late).getBoolean("overdue")).isTrue();
            assertThat(document(recent).getBoolean("overdue")).isFalse();
            assertThat(given().queryParam("fsrarId", fsrarId).queryParam("overdue", true).get("/api/v1/documents")
                    .then().statusCode(200).extract().jsonPath().getList("id")).containsExactly(late);

            overdue.refreshCount();
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            Matcher m = Pattern.compile("(?m)^egais_documents_overdue\\S* ([0-9.]+)$").matcher(metrics);
            assertThat(m.find()).as(metrics).isTrue();
            assertThat(Double.parseDouble(m.group(1))).isGreaterThanOrEqualTo(1.0);
        }
    }

    @AfterEach
    void backToTheSystemsTime() {
        clock.reset();
    }
}
