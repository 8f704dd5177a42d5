package ru.egais.exchange.simulator;

import ru.egais.exchange.utm.xml.SecureXml;
import ru.egais.exchange.utm.xml.StaxCursor;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What EGAIS does with a document the simulated UTM accepted: which tickets and replies come back, and when.
 * Acts get a format-check ticket first and the business ticket later, as a real exchange shows; an act for a
 * waybill EGAIS does not know is rejected with a comment.
 */
final class SimulatedEgais {

    /** One answer to put into /opt/out, after {@code delaySteps} answer delays. */
    record Answer(String urlType, String xml, int delaySteps) {
    }

    private final String fsrarId;
    private final Set<String> knownWaybills = ConcurrentHashMap.newKeySet();
    private volatile int restsPositions = 3;

    SimulatedEgais(String fsrarId) {
        this.fsrarId = fsrarId;
    }

    void registerWaybill(String wbRegId) {
        knownWaybills.add(wbRegId);
    }

    void setRestsPositions(int positions) {
        this.restsPositions = positions;
    }

    java.util.List<Answer> answer(String element, String xml, String replyId) {
        LocalDateTime now = LocalDateTime.now();
        Map<String, String> fields = fields(xml);
        return switch (element) {
            case "QueryRests_v2" -> java.util.List.of(new Answer("ReplyRests_v2",
                    EgaisAnswers.rests(fsrarId, false, restsPositions, now), 1));
            case "QueryRestsShop_v2" -> java.util.List.of(new Answer("ReplyRestsShop_v2",
                    EgaisAnswers.rests(fsrarId, true, restsPositions, now), 1));
            case "QueryClients_v2", "QueryClients" -> java.util.List.of(new Answer("ReplyPartner",
                    EgaisAnswers.client(fsrarId, "030000999999", innOf(fields), now), 1));
            case "WayBillAct_v4", "WayBillAct_v3", "WayBillAct_v2", "WayBillAct" -> act(element, fields, replyId, now);
            default -> java.util.List.of(new Answer("Ticket", EgaisAnswers.resultTicket(replyId,
                    fields.get("Identity"), element, true, "Документ успешно принят.", now), 1));
        };
    }

    private java.util.List<Answer> act(String element, Map<String, String> fields, String replyId, LocalDateTime now) {
        String wbRegId = fields.get("WBRegId");
        String identity = fields.get("Identity");
        String format = EgaisAnswers.resultTicket(replyId, identity, element, true,
                "Документ успешно принят.", now);
        boolean known = wbRegId != null && knownWaybills.contains(wbRegId);
        String comment = known
                ? "Акт №" + fields.get("ACTNUMBER") + " по накладной " + wbRegId + " проведен"
                : "Накладная с регистрационным номером " + wbRegId + " не найдена";
        String operation = EgaisAnswers.operationTicket(replyId, identity, element, wbRegId, "Confirm", known,
                comment, now);
        return java.util.List.of(new Answer("Ticket", format, 1), new Answer("Ticket", operation, 2));
    }

    private static String innOf(Map<String, String> fields) {
        String value = fields.get("Value");
        return value != null && value.matches("[0-9]{10}") ? value : "7701234567";
    }

    /** The first text of each leaf element name in the document; enough for the fields EGAIS's answers echo. */
    private static Map<String, String> fields(String xml) {
        Map<String, String> fields = new HashMap<>();
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(xml);
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamReader.START_ELEMENT) {
                    text.setLength(0);
                } else if (e == XMLStreamReader.CHARACTERS) {
                    text.append(r.getText());
                } else if (e == XMLStreamReader.END_ELEMENT) {
                    String value = text.toString().strip();
                    if (!value.isEmpty()) {
                        fields.putIfAbsent(r.getLocalName(), value);
                    }
                    text.setLength(0);
                }
            }
        } catch (XMLStreamException ignored) {
            // already checked for well-formedness before answering
        } finally {
            StaxCursor.closeQuietly(r);
        }
        return fields;
    }
}
