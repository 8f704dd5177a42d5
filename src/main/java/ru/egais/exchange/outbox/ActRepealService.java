package ru.egais.exchange.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.document.DocumentNotFound;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.document.DocumentTicket;
import ru.egais.exchange.document.DocumentTicketRepository;
import ru.egais.exchange.document.RepealTracker;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Repeal of our own accepted acts (ОтменаАкта): a RequestRepealAWO for a write-off, a RequestRepealACO for a
 * charge-on, built from the act and the RegID EGAIS gave it in its ticket. The act's status does not move here:
 * only when EGAIS accepts the request ({@link RepealTracker}).
 */
@ApplicationScoped
public class ActRepealService {

    /** What the shop may add to the request: its number, its own id, and whether to send it at once. */
    public record RepealOptions(String requestNumber, String externalId, Boolean immediate) {
    }

    private static final Map<String, String[]> REQUEST_BY_ACT = Map.of(
            "ActWriteOff_v3", new String[]{"RequestRepealAWO", "awoRegId"},
            "ActWriteOff_v4", new String[]{"RequestRepealAWO", "awoRegId"},
            "ActWriteOffShop_v2", new String[]{"RequestRepealAWO", "awoRegId"},
            "ActChargeOn_v2", new String[]{"RequestRepealACO", "acoRegId"},
            "ActChargeOnShop_v2", new String[]{"RequestRepealACO", "acoRegId"});
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DocumentRepository documents;
    private final DocumentTicketRepository tickets;
    private final DocumentPreparationService preparation;
    private final Clock clock;

    public ActRepealService(DocumentRepository documents, DocumentTicketRepository tickets,
                            DocumentPreparationService preparation, Clock clock) {
        this.documents = documents;
        this.tickets = tickets;
        this.preparation = preparation;
        this.clock = clock;
    }

    public DocumentPreparationService.Prepared prepareRepeal(String actId, RepealOptions options) {
        RepealOptions o = options == null ? new RepealOptions(null, null, null) : options;
        Map<String, Object> fields = io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting()
                .call(() -> requestFor(actId, o));
        return preparation.prepareForTransmission(JSON.convertValue(fields, DocumentRequest.class));
    }

    private Map<String, Object> requestFor(String actId, RepealOptions options) {
        Document act = documents.findByIdOptional(actId)
                .orElseThrow(() -> new DocumentNotFound(actId));
        String[] request = REQUEST_BY_ACT.get(act.docType);
        if (request == null) {
            throw new StateConflict(act.docType + " " + actId + " is not an act EGAIS repeals on request ("
                    + "RequestRepealAWO: ActWriteOff_v3/_v4, ActWriteOffShop_v2; RequestRepealACO: ActChargeOn_v2, "
                    + "ActChargeOnShop_v2; a waybill: RequestRepealWB)");
        }
        if (act.status != DocumentStatus.ACCEPTED && act.status != DocumentStatus.REPEAL_REFUSED) {
            throw new StateConflict("only an act EGAIS accepted can be repealed; " + actId + " is " + act.status);
        }
        String regId = tickets.listForDocument(actId).stream().filter(t -> t.kind == DocumentTicket.Kind.OPERATION)
                .map(t -> t.regId).filter(r -> r != null && !r.isBlank()).reduce((a, b) -> b).orElse(null);
        if (regId == null) {
            throw new StateConflict("EGAIS's ticket for " + actId + " carries no RegID of the act to quote");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", request[0]);
        fields.put("fsrarId", act.fsrarId);
        fields.put("clientId", act.fsrarId);
        fields.put("requestNumber", options.requestNumber() != null ? options.requestNumber()
                : ("R-" + regId).substring(0, Math.min(50, regId.length() + 2)));
        fields.put("requestDate", LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        fields.put(request[1], regId);
        if (options.externalId() != null) {
            fields.put("externalId", options.externalId());
        }
        if (options.immediate() != null) {
            fields.put("immediate", options.immediate());
        }
        return fields;
    }
}
