package ru.egais.exchange.events;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.ExchangeLog;
import ru.egais.exchange.document.ExchangeLogEntry;
import ru.egais.exchange.testsupport.WithSimulatedUtm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.egais.exchange.testsupport.Api.exchange;
import static ru.egais.exchange.testsupport.Api.prepare;
import static ru.egais.exchange.testsupport.Api.status;

/**
 * The document-event outbox hears every status change of a document — its creation included — from the exchange
 * log's one {@code StatusChanged} event, once per change, keyed by the log step that made it.
 */
@QuarkusTest
@TestProfile(DocumentEventsTest.EventsOn.class)
class DocumentEventsTest extends WithSimulatedUtm {

    /** Events written, but no broker: the channel is off and the publisher never polls during the test. */
    public static class EventsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("egais.events.enabled", "true",
                    "mp.messaging.outgoing.document-events.enabled", "false",
                    "egais.events.poll", "1h");
        }
    }

    @Inject
    DocumentEvents events;

    @Inject
    ExchangeLog log;

    @Test
    void everyStatusChangeOfADocumentIsOneEventKeyedByItsLogStep() {
        String id = prepare(Map.of("fsrarId", fsrarId, "type", "QueryRests_v2", "externalId", "pos-1",
                "immediate", true)).getString("id");
        exchange(fsrarId);
        assertThat(status(id)).isEqualTo("ACCEPTED");

        List<DocumentEvent> written = QuarkusTransaction.requiringNew().call(() ->
                events.list("documentId = ?1 order by step", id));
        List<ExchangeLogEntry> steps = QuarkusTransaction.requiringNew().call(() -> log.forDocument(id));
        List<String> expected = new ArrayList<>();
        DocumentStatus before = null;
        for (ExchangeLogEntry step : steps) {
            if (step.statusAfter != before) {
                expected.add(step.id + " " + step.step + " " + before + " -> " + step.statusAfter);
                before = step.statusAfter;
            }
        }
        assertThat(written).extracting(e -> e.id + " " + e.step + " " + e.statusBefore + " -> " + e.statusAfter)
                .containsExactlyElementsOf(expected);
        assertThat(written).hasSizeGreaterThanOrEqualTo(3);
        assertThat(written.get(0).statusBefore).as("the creation is an event").isNull();
        assertThat(written.get(written.size() - 1).statusAfter).isEqualTo("ACCEPTED");
        assertThat(written).allSatisfy(e -> {
            assertThat(e.fsrarId).isEqualTo(fsrarId);
            assertThat(e.externalId).isEqualTo("pos-1");
            assertThat(e.docType).isEqualTo("QueryRests_v2");
        });
    }
}
