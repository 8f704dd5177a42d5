package ru.egais.exchange.inbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.document.ConsigneeAnswer;
import ru.egais.exchange.document.ConsigneeAnswerRepository;
import ru.egais.exchange.document.Document;
import ru.egais.exchange.egais.ConsigneeAct;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The consignee's WayBillAct on a waybill we shipped (a return to a supplier, or any shipment): matched to our
 * WayBill by the WBRegId EGAIS gave it in its ticket, and kept with it. An act naming no waybill of ours is left
 * unmatched (the incoming document stays UNKNOWN, to be processed again): it is never guessed onto another.
 */
@ApplicationScoped
public class ConsigneeActHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsigneeAnswerRepository answers;
    private final Clock clock;

    public ConsigneeActHandler(ConsigneeAnswerRepository answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    /** Returns whether the act was matched to a waybill of ours (recorded now, or already). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(IncomingDocument doc, ConsigneeAct act) {
        if (answers.existsForIncoming(doc.id)) {
            return true;
        }
        Optional<Document> waybill = act.wbRegId() == null ? Optional.empty()
                : answers.waybillByRegId(doc.fsrarId, act.wbRegId());
        if (waybill.isEmpty()) {
            doc.error = "no WayBill of ours registered as " + act.wbRegId();
            return false;
        }
        ConsigneeAnswer a = new ConsigneeAnswer();
        a.id = Ids.newId();
        a.documentId = waybill.get().id;
        a.incomingId = doc.id;
        a.wbRegId = act.wbRegId();
        a.isAccept = act.isAccept();
        a.actNumber = act.actNumber();
        a.actDate = act.actDate();
        a.note = act.note() == null || act.note().length() <= 1000 ? act.note() : act.note().substring(0, 1000);
        try {
            a.positions = JSON.writeValueAsString(act.positions());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        a.receivedAt = Instant.now(clock);
        answers.persist(a);
        doc.documentId = a.documentId;
        doc.error = null;
        return true;
    }
}
