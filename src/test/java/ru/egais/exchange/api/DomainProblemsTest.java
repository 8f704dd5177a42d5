package ru.egais.exchange.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import ru.egais.exchange.common.DomainException;
import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.document.DocumentNotFound;
import ru.egais.exchange.document.IllegalTransition;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each domain refusal gets the problem+json answer the API gave before services stopped throwing HTTP types. */
class DomainProblemsTest {

    /** A refusal of any kind, as a service elsewhere would raise it. */
    static final class Refusal extends DomainException {
        Refusal(Kind kind, String detail, List<FieldError> errors, String subject) {
            super(kind, detail, errors, subject);
        }
    }

    @Test
    void everyKindAnswersWithItsStatusAndTitle() {
        Map<DomainException.Kind, String> answers = Map.ofEntries(
                Map.entry(DomainException.Kind.REQUEST_UNREADABLE, "400 Bad request"),
                Map.entry(DomainException.Kind.REQUEST_INVALID, "422 Invalid request"),
                Map.entry(DomainException.Kind.NOT_FOUND, "404 Not found"),
                Map.entry(DomainException.Kind.CONFLICT, "409 Conflict"),
                Map.entry(DomainException.Kind.GONE, "410 Gone"),
                Map.entry(DomainException.Kind.REFUSED_BY_UTM, "422 Refused by UTM"),
                Map.entry(DomainException.Kind.UTM_UNREACHABLE, "503 UTM unreachable"),
                Map.entry(DomainException.Kind.UTM_SILENT, "503 UTM did not answer"),
                Map.entry(DomainException.Kind.UTM_FAILED, "502 UTM unavailable"),
                Map.entry(DomainException.Kind.CHEQUE_IN_DOUBT, "409 Cheque in doubt"),
                Map.entry(DomainException.Kind.CHEQUE_BEING_SIGNED, "409 Cheque being signed"),
                Map.entry(DomainException.Kind.SERVICE_STOPPED, "503 Service unavailable"));
        assertThat(answers).containsOnlyKeys(DomainException.Kind.values());
        answers.forEach((kind, answer) -> {
            Problem p = DomainProblems.of(new Refusal(kind, "why", null, null), "/api/v1/x");
            assertThat(p.status() + " " + p.title()).as(kind.name()).isEqualTo(answer);
            assertThat(p.type()).isEqualTo("about:blank");
            assertThat(p.detail()).isEqualTo("why");
            assertThat(p.instance()).isEqualTo("/api/v1/x");
            assertThat(p.errors()).isNull();
        });
    }

    @Test
    void anInvalidRequestNamesEachFieldInTheDetailAndTheErrors() {
        Problem p = DomainProblems.of(new RequestInvalid("invalid relay node", List.of(
                new FieldError("localCode", "must differ from the peer's code"),
                new FieldError("intervalSeconds", "must be at least 1"))), "/api/v1/relay/nodes/a");

        assertThat(p.status()).isEqualTo(422);
        assertThat(p.detail()).isEqualTo("invalid relay node: localCode must differ from the peer's code;"
                + " intervalSeconds must be at least 1");
        assertThat(p.errors()).containsExactly(
                new ValidationProblem.FieldError("localCode", "must differ from the peer's code"),
                new ValidationProblem.FieldError("intervalSeconds", "must be at least 1"));
    }

    @Test
    void oneInvalidFieldReadsAsAnInvalidRequest() {
        Problem p = DomainProblems.of(RequestInvalid.of("limit", "must be from 1 to 1000"), "/api/v1/stock");

        assertThat(p.detail()).isEqualTo("invalid request: limit must be from 1 to 1000");
        assertThat(p.errors()).containsExactly(new ValidationProblem.FieldError("limit", "must be from 1 to 1000"));
    }

    @Test
    void theCommonRefusalsKeepTheirFormerAnswers() {
        assertThat(answer(new RequestUnreadable("a JSON document is required"))).isEqualTo("400 Bad request");
        assertThat(answer(new NotFound("no cheque 7"))).isEqualTo("404 Not found");
        assertThat(answer(new StateConflict("organization 1 is disabled"))).isEqualTo("409 Conflict");
        assertThat(answer(new IllegalTransition("d1", "it is ACCEPTED"))).isEqualTo("409 Conflict");
        Problem missing = DomainProblems.of(new DocumentNotFound("d9"), "/api/v1/documents/d9");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.detail()).isEqualTo("no document d9");
    }

    @Test
    void aRefusalAboutAnotherThingNamesItAsTheInstance() {
        Problem p = DomainProblems.of(new Refusal(DomainException.Kind.REFUSED_BY_UTM, "REFUSED", null,
                "/api/v1/cheques/c1"), "/api/v1/cheques");

        assertThat(p.instance()).isEqualTo("/api/v1/cheques/c1");
    }

    @Test
    void jsonThatCannotBeReadIsRefusedNamingTheField() {
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        record Body(int realQuantity) {
        }
        JsonProcessingException misspelt = read(json, "{\"realQuantty\":1}", Body.class);
        Problem unknown = DomainProblems.of(JsonProblems.of(misspelt), "/api/v1/documents");
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.detail()).isEqualTo("field 'realQuantty' is not known here");
        assertThat(unknown.errors()).containsExactly(new ValidationProblem.FieldError("realQuantty", "is not a known field"));

        Problem malformed = DomainProblems.of(JsonProblems.of(read(json, "{\"realQuantity\":", Body.class)), "/x");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.title()).isEqualTo("Bad request");
        assertThat(malformed.detail()).startsWith("malformed JSON: ");
    }

    @Test
    void aRefusalCarriesAStableCodeBesidesItsEnglishDetail() {
        assertThat(new StateConflict("organization 1 is disabled").code()).isEqualTo("conflict");
        assertThat(RequestInvalid.of("limit", "must be from 1 to 1000").code()).isEqualTo("request-invalid");
        assertThat(new DocumentNotFound("d9").code()).isEqualTo("document.not-found");
        assertThat(new IllegalTransition("d1", "it is ACCEPTED").code()).isEqualTo("document.transition-refused");
        assertThat(new Refusal(DomainException.Kind.UTM_SILENT, "why", null, null).code()).isEqualTo("utm-silent");
    }

    private static String answer(DomainException e) {
        Problem p = DomainProblems.of(e, "/api/v1/x");
        return p.status() + " " + p.title();
    }

    private static JsonProcessingException read(ObjectMapper json, String text, Class<?> type) {
        try {
            json.readValue(text, type);
        } catch (JsonProcessingException e) {
            return e;
        }
        throw new AssertionError("'" + text + "' should not be readable");
    }
}
