package ru.egais.exchange.simulator;


import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What EGAIS does with a document the simulated UTM accepted: which tickets and replies come back, and when.
 * Acts and other documents get a format-check ticket first and the business ticket later, as a real exchange
 * shows; an act for a waybill EGAIS does not know is rejected with a comment. Queries get their reply.
 */
final class SimulatedEgais {

    /** One answer to put into /opt/out (listed with the submission's replyId), after {@code delaySteps} delays. */
    record Answer(String urlType, OutDocument.Lazy xml, int delaySteps, boolean linked) {
        Answer(String urlType, java.util.function.Supplier<String> render, int delaySteps) {
            this(urlType, new OutDocument.Lazy(render), delaySteps, true);
        }

        /** A document the counterparty sends on its own (not listed with our replyId). */
        static Answer fromCounterparty(String urlType, java.util.function.Supplier<String> render, int delaySteps) {
            return new Answer(urlType, new OutDocument.Lazy(render), delaySteps, false);
        }
    }

    private final String fsrarId;
    /** Waybills EGAIS delivered to this organization, by TTN; the value says whether an act answered it. */
    private final Map<String, SupplierWaybill> waybills = new LinkedHashMap<>();
    private final Map<String, Boolean> answered = new HashMap<>();
    /** RegIDs of the write-offs and charge-ons EGAIS registered and has not repealed. */
    private final java.util.Set<String> registeredActs = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.AtomicLong actRegIds = new java.util.concurrent.atomic.AtomicLong();
    private volatile int restsPositions = 3;
    /** How the consignee of a waybill we ship answers it: null (not at all), Accepted, Rejected or Differences. */
    private volatile String consigneeAnswer;
    private final java.util.concurrent.atomic.AtomicLong shippedRegIds = new java.util.concurrent.atomic.AtomicLong();

    SimulatedEgais(String fsrarId) {
        this.fsrarId = fsrarId;
    }

    synchronized void registerWaybill(SupplierWaybill waybill) {
        waybills.put(waybill.wbRegId(), waybill);
        answered.putIfAbsent(waybill.wbRegId(), false);
    }

    void setConsigneeAnswer(String isAccept) {
        this.consigneeAnswer = isAccept;
    }

    void setRestsPositions(int positions) {
        this.restsPositions = positions;
    }

    synchronized List<Answer> answer(String element, Map<String, String> fields, String replyId) {
        LocalDateTime now = LocalDateTime.now();
        int positions = restsPositions;
        // Answers are rendered when first fetched; what they report is taken now, as EGAIS would.
        List<SupplierWaybill> unanswered = waybills.values().stream().filter(w -> !answered.get(w.wbRegId())).toList();
        return switch (element) {
            case "QueryRests_v2" -> List.of(new Answer("ReplyRests_v2", () -> EgaisAnswers.rests(fsrarId, false, positions, now), 1));
            case "QueryRestsShop_v2" -> List.of(new Answer("ReplyRestsShop_v2", () -> EgaisAnswers.rests(fsrarId, true, positions, now), 1));
            case "QueryClients_v2", "QueryClients" -> List.of(new Answer("ReplyPartner", () -> EgaisAnswers.client(fsrarId, sioOf(fields), innOf(fields), now), 1));
            case "QueryAP", "QueryAP_v2" -> List.of(new Answer("ReplyAP_v2", () -> EgaisAnswers.products(fsrarId, alcCodeOf(fields), innOf(fields), now), 1));
            case "QueryNATTN" -> List.of(new Answer("ReplyNoAnswerTTN", () -> WaybillDocuments.noAnswer(fsrarId, unanswered, now), 1));
            case "QueryForm2History" -> List.of(new Answer("ReplyHistForm2", () -> EgaisAnswers.form2History(fsrarId, fields.get("Value"), now), 1));
            case "QueryBarcode" -> List.of(new Answer("ReplyBarcode", () -> EgaisAnswers.barcode(fsrarId, fields, now), 1));
            case "QueryResendDoc" -> resend(fields.get("Value"), replyId, now);
            case "WayBillAct_v4", "WayBillAct_v3", "WayBillAct_v2", "WayBillAct" -> act(element, fields, replyId, now);
            case "RequestRepealWB" -> repeal(fields, replyId, now);
            case "WayBill_v4", "WayBill_v3" -> shipped(element, fields, replyId, now);
            case "RequestRepealAWO", "RequestRepealACO" -> repealOwnAct(element, fields, replyId, now);
            case "ActWriteOff_v3", "ActWriteOff_v4", "ActWriteOffShop_v2", "ActChargeOn_v2", "ActChargeOnShop_v2" ->
                    registeredAct(element, fields, replyId, now);
            default -> element.startsWith("Query")
                    ? List.of(new Answer("Ticket", () -> EgaisAnswers.resultTicket(replyId, fields.get("Identity"), element,
                    true, "Запрос принят к обработке.", now), 1))
                    : accepted(element, fields, replyId, now);
        };
    }

    private List<Answer> act(String element, Map<String, String> fields, String replyId, LocalDateTime now) {
        String wbRegId = fields.get("WBRegId");
        String identity = fields.get("Identity");
        boolean known = wbRegId != null && waybills.containsKey(wbRegId);
        if (known) {
            answered.put(wbRegId, true);
        }
        String comment = known
                ? "Акт №" + fields.get("ACTNUMBER") + " по накладной " + wbRegId + " проведен"
                : "Накладная с регистрационным номером " + wbRegId + " не найдена";
        List<Answer> answers = new ArrayList<>(List.of(
                new Answer("Ticket", () -> EgaisAnswers.resultTicket(replyId, identity, element, true,
                        "Документ успешно принят.", now), 1),
                new Answer("Ticket", () -> EgaisAnswers.operationTicket(replyId, identity, element, wbRegId, "Confirm",
                        known, comment, now), 2)));
        if (known && "Differences".equals(fields.get("IsAccept"))) {
            // The supplier agrees to the differences (WayBillTicket / ConfirmTicket), some time later.
            answers.add(Answer.fromCounterparty("WayBillTicket", () -> WaybillDocuments.confirmation(
                    "ConfirmTicket", "TicketNumber", "TicketDate", wbRegId, "Accepted", now), 3));
        }
        return answers;
    }

    /**
     * A waybill we ship (a return to a supplier): EGAIS registers it under a TTN id given in its ticket, then the
     * consignee answers it with its WayBillAct_v4 as the test set it (none by default).
     */
    private List<Answer> shipped(String element, Map<String, String> fields, String replyId, LocalDateTime now) {
        String wbRegId = String.format("TTN-9%09d", shippedRegIds.incrementAndGet() % 1_000_000_000L);
        String identity = fields.get("Identity");
        List<Answer> answers = new ArrayList<>(List.of(
                new Answer("Ticket", () -> EgaisAnswers.resultTicket(replyId, identity, element, true,
                        "Документ успешно принят.", now), 1),
                new Answer("Ticket", () -> EgaisAnswers.operationTicket(replyId, identity, "WAYBILL", wbRegId, "Confirm",
                        true, "Накладная зарегистрирована", now), 2)));
        String isAccept = consigneeAnswer;
        if (isAccept != null) {
            String consignee = fields.getOrDefault("ClientRegId", WaybillDocuments.SHIPPER_FSRAR_ID);
            answers.add(Answer.fromCounterparty("WayBillAct_v4", () -> WaybillDocuments.consigneeAct(consignee, isAccept,
                    wbRegId, fields.get("Position.Identity"), fields.get("Position.F2RegId"),
                    fields.get("Position.Quantity"), now), 3));
        }
        return answers;
    }

    /** Our RequestRepealWB: EGAIS accepts it, then the other side confirms the repeal of a waybill it knows. */
    private List<Answer> repeal(Map<String, String> fields, String replyId, LocalDateTime now) {
        String wbRegId = fields.get("WBRegId");
        List<Answer> answers = new ArrayList<>(accepted("RequestRepealWB", fields, replyId, now));
        answers.add(Answer.fromCounterparty("ConfirmRepealWB", () -> WaybillDocuments.confirmation("ConfirmRepealWB",
                "ConfirmNumber", "ConfirmDate", wbRegId, "Accepted", now), 3));
        return answers;
    }

    /** A write-off or charge-on: accepted, with the RegID EGAIS registers it under (a repeal quotes it). */
    private List<Answer> registeredAct(String element, Map<String, String> fields, String replyId, LocalDateTime now) {
        String prefix = element.startsWith("ActWriteOff") ? "WOF-" : "INV-";
        String regId = prefix + String.format("%015d", actRegIds.incrementAndGet());
        registeredActs.add(regId);
        String identity = fields.get("Identity");
        return List.of(
                new Answer("Ticket", () -> EgaisAnswers.resultTicket(replyId, identity, element, true,
                        "Документ успешно принят.", now), 1),
                new Answer("Ticket", () -> EgaisAnswers.operationTicket(replyId, identity, element, regId, "Confirm",
                        true, "Документ " + element + " проведен", now), 2));
    }

    /** Our RequestRepealAWO / ACO: EGAIS repeals an act it registered, and refuses one it does not know. */
    private List<Answer> repealOwnAct(String element, Map<String, String> fields, String replyId, LocalDateTime now) {
        String regId = fields.get("RequestRepealAWO".equals(element) ? "AWORegId" : "ACORegId");
        boolean known = regId != null && registeredActs.remove(regId);
        return List.of(new Answer("Ticket", () -> EgaisAnswers.operationTicket(replyId, null, element, regId,
                "Confirm", known, known ? "Акт " + regId + " отменен" : "Акт " + regId + " не найден или уже отменен",
                now), 1));
    }

    private static List<Answer> accepted(String element, Map<String, String> fields, String replyId, LocalDateTime now) {
        String identity = fields.get("Identity");
        return List.of(
                new Answer("Ticket", () -> EgaisAnswers.resultTicket(replyId, identity, element, true,
                        "Документ успешно принят.", now), 1),
                new Answer("Ticket", () -> EgaisAnswers.operationTicket(replyId, identity, element, null, "Confirm", true,
                        "Документ " + element + " проведен", now), 2));
    }

    /** QueryResendDoc: EGAIS sends the waybill and its registration again, or refuses for a TTN it does not know. */
    private List<Answer> resend(String wbRegId, String replyId, LocalDateTime now) {
        SupplierWaybill w = wbRegId == null ? null : waybills.get(wbRegId);
        if (w == null) {
            return List.of(new Answer("Ticket", () -> EgaisAnswers.operationTicket(replyId, null, "QueryResendDoc", wbRegId,
                    "ResendDoc", false, "Документ " + wbRegId + " не найден", now), 1));
        }
        List<Answer> answers = new ArrayList<>();
        answers.add(new Answer("WayBill_v4", () -> WaybillDocuments.wayBill(w, fsrarId), 1));
        answers.add(new Answer("FORM2REGINFO", () -> WaybillDocuments.registration(w, fsrarId), 1));
        return answers;
    }

    private static String innOf(Map<String, String> fields) {
        String value = fields.get("Value");
        return value != null && value.matches("[0-9]{10}") ? value : "7701234567";
    }

    /** A query by СИО names the organization's FSRAR ID (twelve digits); EGAIS answers with that one. */
    private static String sioOf(Map<String, String> fields) {
        String value = fields.get("Value");
        return value != null && value.matches("[0-9]{12}") ? value : null;
    }

    private static String alcCodeOf(Map<String, String> fields) {
        String value = fields.get("Value");
        // By КОД one product; by ИНН (ten digits) none here: the producer's range is answered instead.
        if (value != null && value.matches("[0-9]{10}")) {
            return null;
        }
        return value != null && value.matches("[0-9]{19}") ? value : "0010255000002043023";
    }
}
