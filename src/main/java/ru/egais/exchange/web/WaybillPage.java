package ru.egais.exchange.web;

import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.egais.exchange.document.ConsigneeAnswer;
import ru.egais.exchange.document.ConsigneeAnswerRepository;
import ru.egais.exchange.egais.WaybillBox;
import ru.egais.exchange.waybill.SupplierWaybillService;
import ru.egais.exchange.waybill.WaybillView;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's daily answers on the page: supplier waybills waiting for our act (with the time left), one waybill
 * with its positions and the differences form, suppliers' requests to repeal a waybill, and consignees'
 * Differences acts on our waybills waiting for our WayBillTicket.
 * <p>
 * The deadline: the consignee records the receipt in EGAIS within {@code egais.web.waybill-answer-days} days
 * (3; 7 in rural settlements) of the delivery — counted here from the waybill's date, to the end of that day in
 * Moscow time, the earliest the delivery can have been (see README, "Operator's page").
 */
@ApplicationScoped
public class WaybillPage {

    static final int LIST_SIZE = 100;
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Set<String> ANSWERABLE = Set.of("REGISTERED", "ACT_REJECTED", "WAITING_REGISTRATION");

    private final SupplierWaybillService waybills;
    private final ConsigneeAnswerRepository consigneeAnswers;
    private final Clock clock;
    private final int answerDays;

    public WaybillPage(SupplierWaybillService waybills, ConsigneeAnswerRepository consigneeAnswers, Clock clock,
                       @ConfigProperty(name = "egais.web.waybill-answer-days", defaultValue = "3") int answerDays) {
        this.waybills = waybills;
        this.consigneeAnswers = consigneeAnswers;
        this.clock = clock;
        this.answerDays = answerDays;
    }

    /** One waybill in a list: who, which, and how long the store has to answer it. */
    @TemplateData
    record Row(String id, String supplier, String supplierFsrarId, String number, String date, String wbRegId,
               long positions, String due, boolean overdue, boolean soon, String state, String stateLabel) {
    }

    /** A Differences act of a consignee on our waybill, waiting for our WayBillTicket. */
    @TemplateData
    record DifferencesRow(String documentId, String wbRegId, String actNumber, String actDate, String note,
                          String received) {
    }

    @TemplateData
    record Box(String number, int marks) {
    }

    /** One position of the waybill's page, with what was typed for it and what is wrong with it. */
    @TemplateData
    record Position(int index, String identity, String alcCode, String name, String quantity, String price,
                    List<Box> boxes, List<String> marks, String typedQuantity, String typedMissing,
                    List<WaybillForm.FieldText> errors) {
    }

    List<Row> waiting(Words t) {
        return waybills.listUnanswered(LIST_SIZE).stream().map(w -> row(t, w)).toList();
    }

    List<Row> repealAsked(Words t) {
        return waybills.listRepealAsked(LIST_SIZE).stream().map(w -> row(t, w)).toList();
    }

    List<DifferencesRow> differencesWaiting(Words t) {
        List<ConsigneeAnswer> acts = io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting().call(
                () -> consigneeAnswers.listDifferencesUnanswered(LIST_SIZE));
        return acts.stream().map(a -> new DifferencesRow(a.documentId, a.wbRegId, a.actNumber, t.date(a.actDate),
                a.note, t.time(a.receivedAt))).toList();
    }

    Map<String, Object> waybill(Words t, String id, WaybillForm form) {
        WaybillView w = waybills.getWaybill(id);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("w", row(t, w));
        data.put("answerable", answerable(w));
        data.put("actDocumentId", w.actDocumentId());
        data.put("actStatus", w.actStatus() == null ? "" : t.get(w.actStatus()));
        data.put("repealAsked", "REPEAL_ASKED".equals(w.state()));
        data.put("repealNumber", w.repeal() == null ? "" : w.repeal().requestNumber());
        List<Position> positions = new ArrayList<>();
        int i = 0;
        for (WaybillView.Position p : w.positions()) {
            List<Box> boxes = new ArrayList<>();
            for (WaybillBox b : p.boxes() == null ? List.<WaybillBox>of() : p.boxes()) {
                boxes.add(new Box(b.number(), b.marks() == null ? 0 : b.marks().size()));
            }
            positions.add(new Position(i++, p.identity(), p.alcCode(), p.productName(), t.number(p.quantity()),
                    t.number(p.price()), boxes, p.marks(), form.quantities.getOrDefault(p.identity(), ""),
                    form.missing.getOrDefault(p.identity(), ""), form.errors.getOrDefault(p.identity(), List.of())));
        }
        data.put("positions", positions);
        data.put("formErrors", form.general);
        return data;
    }

    /** Whether an act may be prepared now (the service checks again and has the last word). */
    static boolean answerable(WaybillView w) {
        return ANSWERABLE.contains(w.state()) && w.wbRegId() != null;
    }

    Row row(Words t, WaybillView w) {
        Instant deadline = deadline(w.date());
        String due = "";
        boolean overdue = false;
        boolean soon = false;
        if (deadline != null) {
            Duration left = Duration.between(Instant.now(clock), deadline);
            overdue = left.isNegative();
            Duration d = left.abs();
            due = overdue ? t.waybills().overdueBy(d.toDays(), d.toHoursPart()) : t.waybills().dueIn(d.toDays(), d.toHoursPart());
            soon = !overdue && left.compareTo(Duration.ofDays(1)) < 0;
        }
        String supplier = w.shipperName() != null ? w.shipperName() : w.shipperFsrarId();
        return new Row(w.id(), supplier == null ? "" : supplier, w.shipperFsrarId(), w.number(), t.date(w.date()),
                w.wbRegId(), w.positions().size(), due, overdue, soon, w.state(), t.get("ws_" + w.state()));
    }

    /** The end of the last day to answer, in Moscow time; null when the waybill's date is not a date. */
    Instant deadline(String waybillDate) {
        if (waybillDate == null || waybillDate.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(waybillDate.substring(0, 10)).plusDays(answerDays + 1L).atStartOfDay(MOSCOW).toInstant();
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
