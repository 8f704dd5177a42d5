package ru.egais.exchange.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.document.ConsigneeAnswer;
import ru.egais.exchange.document.ConsigneeAnswerRepository;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentNotFound;
import ru.egais.exchange.document.DocumentRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Our answer to the consignee's Differences act on a waybill we shipped: a WayBillTicket (ConfirmTicket) accepting
 * or rejecting the differences, built from the act and queued like any document. Its externalId is derived from
 * the act, so the same answer again is the same document (200) and the other answer after one is a 409 — two
 * operators pressing at once cannot send both.
 */
@ApplicationScoped
public class DifferencesAnswerService {

    /** The body of {@code POST /api/v1/documents/{id}/differences-answer}. */
    public record DifferencesAnswer(Boolean accept, Boolean immediate) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentRepository documents;
    private final ConsigneeAnswerRepository answers;
    private final DocumentPreparationService preparation;
    private final Clock clock;

    public DifferencesAnswerService(DocumentRepository documents, ConsigneeAnswerRepository answers,
                                    DocumentPreparationService preparation, Clock clock) {
        this.documents = documents;
        this.answers = answers;
        this.preparation = preparation;
        this.clock = clock;
    }

    public DocumentPreparationService.Prepared answer(String waybillId, DifferencesAnswer answer) {
        if (answer == null || answer.accept() == null) {
            throw new RequestUnreadable("say whether the differences are accepted: {\"accept\": true} or false");
        }
        Map<String, Object> fields = QuarkusTransaction.joiningExisting().call(() -> ticketFor(waybillId, answer));
        DocumentPreparationService.Prepared prepared =
                preparation.prepareForTransmission(JSON.convertValue(fields, DocumentRequest.class));
        String confirm = (String) fields.get("isConfirm");
        QuarkusTransaction.joiningExisting().run(() -> {
            ConsigneeAnswer a = answers.latestForDocument(waybillId).orElseThrow();
            a.answerDocumentId = prepared.document().id();
            a.answerConfirm = confirm;
        });
        return prepared;
    }

    private Map<String, Object> ticketFor(String waybillId, DifferencesAnswer answer) {
        Document waybill = documents.findByIdOptional(waybillId)
                .orElseThrow(() -> new DocumentNotFound(waybillId));
        ConsigneeAnswer act = answers.latestForDocument(waybill.id).orElseThrow(() -> new StateConflict(
                waybill.docType + " " + waybillId + " has no act from its consignee to answer"));
        if (!"Differences".equals(act.isAccept)) {
            throw new StateConflict("the consignee's act on " + waybillId + " is " + act.isAccept
                    + ": only a Differences act is answered with a WayBillTicket");
        }
        String confirm = answer.accept() ? "Accepted" : "Rejected";
        if (act.answerConfirm != null && !act.answerConfirm.equals(confirm)) {
            throw new StateConflict("the differences on " + waybillId + " were already answered " + act.answerConfirm
                    + " (document " + act.answerDocumentId + ")");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "WayBillTicket");
        fields.put("fsrarId", waybill.fsrarId);
        fields.put("externalId", "differences-answer:" + act.id);
        fields.put("isConfirm", confirm);
        String number = act.actNumber == null ? act.id : act.actNumber;
        fields.put("number", ("T-" + number).substring(0, Math.min(50, number.length() + 2)));
        fields.put("date", act.actDate != null && act.actDate.length() >= 10 ? act.actDate.substring(0, 10)
                : LocalDate.now(clock).toString());
        fields.put("wbRegId", act.wbRegId);
        if (answer.immediate() != null) {
            fields.put("immediate", answer.immediate());
        }
        return fields;
    }
}
