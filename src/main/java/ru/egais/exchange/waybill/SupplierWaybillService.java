package ru.egais.exchange.waybill;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import ru.egais.exchange.common.FieldError;
import ru.egais.exchange.common.Ids;
import ru.egais.exchange.common.NotFound;
import ru.egais.exchange.common.RequestInvalid;
import ru.egais.exchange.common.RequestUnreadable;
import ru.egais.exchange.common.StateConflict;
import ru.egais.exchange.document.DocumentRepository;
import ru.egais.exchange.egais.Confirmation;
import ru.egais.exchange.egais.IncomingWaybill;
import ru.egais.exchange.egais.RepealRequest;
import ru.egais.exchange.egais.WaybillRegistration;
import ru.egais.exchange.inbox.SupplierWaybillHandler;
import ru.egais.exchange.outbox.DocumentPreparationService;
import ru.egais.exchange.outbox.DocumentRequest;
import ru.egais.exchange.outbox.WayBillActRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Supplier waybills: joins a WayBill and its FORM2REGINFO by Identity whichever arrives first, and answers a
 * waybill with a WayBillAct_v4 built from it alone.
 */
@ApplicationScoped
public class SupplierWaybillService implements SupplierWaybillHandler {

    private final SupplierWaybillRepository waybills;
    private final DocumentRepository documents;
    private final DocumentPreparationService preparation;
    private final Clock clock;
    private final WaybillViews views;

    public SupplierWaybillService(SupplierWaybillRepository waybills, DocumentRepository documents,
                                  DocumentPreparationService preparation, WaybillViews views, Clock clock) {
        this.views = views;
        this.waybills = waybills;
        this.documents = documents;
        this.preparation = preparation;
        this.clock = clock;
    }

    /** Records a delivered waybill (in the incoming document's processing transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordWaybill(String fsrarId, String incomingId, IncomingWaybill delivered) {
        SupplierWaybill w = findOrCreate(fsrarId, delivered.identity(), delivered.shipperFsrarId(), delivered.number());
        w.identity = delivered.identity();
        w.number = delivered.number();
        w.waybillDate = delivered.date();
        w.shipperFsrarId = delivered.shipperFsrarId();
        w.shipperName = delivered.shipperName();
        w.waybillType = delivered.element();
        w.waybillIncomingId = incomingId;
        w.updatedAt = Instant.now(clock);
        for (IncomingWaybill.Position p : delivered.positions()) {
            SupplierWaybillPosition pos = position(w.id, p.identity());
            pos.alcCode = p.alcCode();
            pos.productName = p.productName() == null || p.productName().length() <= 255 ? p.productName()
                    : p.productName().substring(0, 255);
            pos.quantity = p.quantity();
            pos.price = p.price();
            pos.shipperF2RegId = p.shipperF2RegId();
            pos.marks = p.marks().isEmpty() ? null : String.join("\n", p.marks());
            pos.boxes = PositionBoxes.write(p.boxes(), p.boxTree());
        }
    }

    /** Records EGAIS's registration of a waybill: its TTN id and the F2 id of each position. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordRegistration(String fsrarId, String incomingId, WaybillRegistration registration) {
        SupplierWaybill w = findOrCreate(fsrarId, registration.identity(), registration.shipperFsrarId(),
                registration.number());
        w.wbRegId = registration.wbRegId();
        w.registrationIncomingId = incomingId;
        if (w.number == null) {
            w.number = registration.number();
            w.waybillDate = registration.date();
            w.shipperFsrarId = registration.shipperFsrarId();
        }
        w.updatedAt = Instant.now(clock);
        for (Map.Entry<String, String> e : registration.f2ByPosition().entrySet()) {
            position(w.id, e.getKey()).informF2RegId = e.getValue();
        }
    }

    /** The supplier answered our Differences act (in its ConfirmTicket's processing transaction). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordSupplierConfirmation(String fsrarId, Confirmation confirmation) {
        waybills.find("fsrarId = ?1 and wbRegId = ?2", fsrarId, confirmation.wbRegId()).firstResultOptional()
                .ifPresent(w -> {
                    w.supplierConfirmation = confirmation.isConfirm();
                    w.updatedAt = Instant.now(clock);
                });
    }

    /**
     * The supplier asks to repeal a waybill (its RequestRepealWB, in the incoming document's processing
     * transaction); false when no waybill of ours has that TTN. A new request replaces an earlier one and its answer.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordRepealRequest(String fsrarId, String incomingId, RepealRequest request) {
        if (request.wbRegId() == null) {
            return false;
        }
        return waybills.find("fsrarId = ?1 and wbRegId = ?2", fsrarId, request.wbRegId()).firstResultOptional()
                .map(w -> {
                    w.repealRequestIncomingId = incomingId;
                    w.repealRequestNumber = request.number();
                    w.repealRequestDate = request.date();
                    w.repealAnswerDocumentId = null;
                    w.repealAnswerConfirm = null;
                    w.updatedAt = Instant.now(clock);
                    return true;
                }).orElse(false);
    }

    /** Prepares our ConfirmRepealWB answering the supplier's request to repeal the waybill. */
    public DocumentPreparationService.Prepared prepareRepealAnswer(String id, RepealAnswer answer) {
        if (answer == null || answer.confirm() == null) {
            throw RequestInvalid.of("confirm", "is required: true to agree to the repeal, false to refuse it");
        }
        WaybillView w = getWaybill(id);
        WaybillView.Repeal repeal = w.repeal();
        if (repeal == null) {
            throw new StateConflict("the supplier has not asked to repeal waybill " + id + " (no RequestRepealWB)");
        }
        if (repeal.answerDocumentId() != null && !"REJECTED".equals(repeal.answerStatus())
                && !"CANCELLED".equals(repeal.answerStatus())) {
            throw new StateConflict("the repeal request for waybill " + id + " is already answered by document "
                    + repeal.answerDocumentId() + " (" + repeal.answerStatus() + ")");
        }
        String isConfirm = answer.confirm() ? "Accepted" : "Rejected";
        Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("type", "ConfirmRepealWB");
        fields.put("fsrarId", w.fsrarId());
        fields.put("isConfirm", isConfirm);
        fields.put("number", answer.number() != null ? answer.number()
                : truncate("R-" + (repeal.requestNumber() == null ? w.number() : repeal.requestNumber()), 50));
        fields.put("date", LocalDate.now(clock).toString());
        fields.put("wbRegId", w.wbRegId());
        if (answer.note() != null) {
            fields.put("note", answer.note());
        }
        if (answer.externalId() != null) {
            fields.put("externalId", answer.externalId());
        }
        if (answer.immediate() != null) {
            fields.put("immediate", answer.immediate());
        }
        DocumentRequest request = JSON.convertValue(fields,
                DocumentRequest.class);
        DocumentPreparationService.Prepared prepared = preparation.prepareForTransmission(request);
        QuarkusTransaction.requiringNew().run(() -> {
            SupplierWaybill w2 = find(id);
            w2.repealAnswerDocumentId = prepared.document().id();
            w2.repealAnswerConfirm = isConfirm;
            w2.updatedAt = Instant.now(clock);
        });
        return prepared;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    @Transactional
    public List<WaybillView> listWaybills(String fsrarId, int limit) {
        return waybills.listFor(fsrarId, Math.max(1, Math.min(limit, 1000))).stream().map(views::of).toList();
    }

    /** The waybills still to be answered (see {@link SupplierWaybillRepository#listUnanswered}), for the page. */
    @Transactional
    public List<WaybillView> listUnanswered(int limit) {
        return waybills.listUnanswered(Math.max(1, Math.min(limit, 1000))).stream().map(views::of).toList();
    }

    /** The waybills whose supplier's request to repeal them waits for our answer, for the page. */
    @Transactional
    public List<WaybillView> listRepealAsked(int limit) {
        return waybills.listRepealAsked(Math.max(1, Math.min(limit, 1000))).stream().map(views::of).toList();
    }

    @Transactional
    public WaybillView getWaybill(String id) {
        return views.of(find(id));
    }

    /** Prepares our WayBillAct_v4 for the waybill, from what the waybill and its registration say. */
    public DocumentPreparationService.Prepared prepareAct(String id, AcceptanceRequest answer) {
        if (answer == null) {
            throw new RequestUnreadable("a JSON answer with isAccept is required");
        }
        WaybillView w = getWaybill(id);
        if (w.wbRegId() == null) {
            throw new StateConflict("waybill " + id + " is not registered yet: its FORM2REGINFO has not arrived");
        }
        if (w.actDocumentId() != null && !"REJECTED".equals(w.actStatus()) && !"CANCELLED".equals(w.actStatus())) {
            throw new StateConflict("waybill " + id + " is already answered by document " + w.actDocumentId()
                    + " (" + w.actStatus() + ")");
        }
        List<WayBillActRequest.Position> positions = new ArrayList<>();
        List<AcceptanceRequest.Difference> differences = answer.positions() == null ? List.of() : answer.positions();
        List<FieldError> wrong = AcceptanceChecks.check(w, differences);
        if (!wrong.isEmpty()) {
            throw new RequestInvalid("the act does not match waybill " + id, wrong);
        }
        for (AcceptanceRequest.Difference d : differences) {
            WaybillView.Position p = w.positions().stream()
                    .filter(x -> x.identity().equals(d.identity())).findFirst().orElseThrow();
            positions.add(new WayBillActRequest.Position(p.identity(), p.informF2RegId(), d.realQuantity(), d.marks()));
        }
        WayBillActRequest act = new WayBillActRequest("WayBillAct_v4", w.fsrarId(), answer.externalId(),
                answer.immediate(), null, answer.isAccept(),
                answer.actNumber() != null ? answer.actNumber() : truncate("A-" + w.number(), 50),
                answer.actDate() != null ? answer.actDate() : LocalDate.now(clock), w.wbRegId(), answer.note(),
                positions);
        DocumentPreparationService.Prepared prepared = preparation.prepareForTransmission(act);
        QuarkusTransaction.requiringNew().run(() -> {
            SupplierWaybill w2 = find(id);
            w2.actDocumentId = prepared.document().id();
            w2.actIsAccept = answer.isAccept();
            w2.supplierConfirmation = null;
        });
        return prepared;
    }

    private SupplierWaybill findOrCreate(String fsrarId, String identity, String shipper, String number) {
        return waybills.findMatching(fsrarId, identity, shipper, number).orElseGet(() -> {
            SupplierWaybill w = new SupplierWaybill();
            w.id = Ids.newId();
            w.fsrarId = fsrarId;
            w.identity = identity;
            w.createdAt = Instant.now(clock);
            w.updatedAt = w.createdAt;
            waybills.persist(w);
            return w;
        });
    }

    private SupplierWaybillPosition position(String waybillId, String identity) {
        SupplierWaybillPosition p = waybills.position(waybillId, identity);
        if (p == null) {
            p = new SupplierWaybillPosition();
            p.id = Ids.newId();
            p.waybillId = waybillId;
            p.identity = identity;
            waybills.getEntityManager().persist(p);
        }
        return p;
    }

    private SupplierWaybill find(String id) {
        SupplierWaybill w = waybills.findById(id);
        if (w == null) {
            throw new NotFound("no supplier waybill " + id);
        }
        return w;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
