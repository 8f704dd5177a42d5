package ru.egais.exchange.utm.xml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import ru.egais.exchange.egais.BoxTree;
import ru.egais.exchange.egais.Confirmation;
import ru.egais.exchange.egais.ConsigneeAct;
import ru.egais.exchange.egais.IncomingWaybill;
import ru.egais.exchange.egais.NoAnswerWaybill;
import ru.egais.exchange.egais.RepealRequest;
import ru.egais.exchange.egais.WaybillBox;
import ru.egais.exchange.egais.WaybillRegistration;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads supplier waybills (WayBill v1–v4) and their registrations (TTNInformF2Reg, TTNInformBReg). Read through
 * {@link XmlJsonStreamer}, so any prefix and redeclared namespaces work; each field is looked for where any
 * version of the schema puts it.
 */
public final class SupplierDocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SupplierDocumentReader() {
    }

    public static IncomingWaybill readWaybill(String xml) throws XMLStreamException {
        JsonNode wb = content(xml);
        JsonNode header = wb.path("Header");
        JsonNode shipper = organization(header.path("Shipper"));
        JsonNode consignee = organization(header.path("Consignee"));
        List<IncomingWaybill.Position> positions = new ArrayList<>();
        for (JsonNode p : wb.at("/Content/Position")) {
            List<String> marks = new ArrayList<>();
            collectMarks(p, marks);
            positions.add(new IncomingWaybill.Position(text(p, "Identity"), text(p.path("Product"), "AlcCode"),
                    first(text(p.path("Product"), "ShortName"), text(p.path("Product"), "FullName")),
                    text(p, "Quantity"), text(p, "Price"),
                    first(text(p.path("InformF2"), "F2RegId"), text(firstItem(p.at("/InformB/InformBItem")), "BRegId"),
                            text(p.path("InformB"), "BRegId")),
                    marks, boxes(p), boxTree(p.at("/boxInfo/boxtree"))));
        }
        return new IncomingWaybill(wb.path("type").asText(), text(wb, "Identity"), text(header, "NUMBER"),
                text(header, "Date"), text(shipper, "ClientRegId"),
                first(text(shipper, "ShortName"), text(shipper, "FullName")), text(consignee, "ClientRegId"), positions);
    }

    public static WaybillRegistration readRegistration(String xml) throws XMLStreamException {
        JsonNode reg = content(xml);
        JsonNode header = reg.path("Header");
        Map<String, String> f2 = new LinkedHashMap<>();
        for (JsonNode p : reg.at("/Content/Position")) {
            f2.put(text(p, "Identity"), first(text(p, "InformF2RegId"), text(p, "InformBRegId")));
        }
        return new WaybillRegistration(text(header, "Identity"), text(header, "WBRegId"), text(header, "WBNUMBER"),
                text(header, "WBDate"), text(organization(header.path("Shipper")), "ClientRegId"), f2);
    }

    /** ConfirmTicket / ConfirmRepealWB: the counterparty's Accepted or Rejected about a waybill. */
    public static Confirmation readConfirmation(String xml) throws XMLStreamException {
        JsonNode c = content(xml);
        return new Confirmation(first(text(c.path("Header"), "WBRegId"), text(c, "WBRegId")),
                first(text(c.path("Header"), "IsConfirm"), text(c, "IsConfirm")));
    }

    /** The other side's RequestRepealWB: which waybill, its number and date (at the top or in a Header). */
    public static RepealRequest readRepealRequest(String xml) throws XMLStreamException {
        JsonNode c = content(xml);
        JsonNode h = c.path("Header");
        return new RepealRequest(first(text(c, "WBRegId"), text(h, "WBRegId")),
                first(text(c, "RequestNumber"), text(h, "RequestNumber")),
                first(text(c, "RequestDate"), text(h, "RequestDate")), first(text(c, "ClientId"), text(h, "ClientId")));
    }

    /** The act a RequestRepealAWO / RequestRepealACO is about: its AWORegId or ACORegId. */
    public static String readActRegId(String xml) throws XMLStreamException {
        JsonNode c = content(xml);
        return first(text(c, "AWORegId"), text(c, "ACORegId"));
    }

    /** The TTN a document is about (RequestRepealWB and the like): its WBRegId, at the top or in its Header. */
    public static String readWbRegId(String xml) throws XMLStreamException {
        JsonNode c = content(xml);
        return first(text(c, "WBRegId"), text(c.path("Header"), "WBRegId"));
    }

    /** The consignee's WayBillAct (v2–v4) on a waybill we shipped: its answer and the positions it counted. */
    public static ConsigneeAct readConsigneeAct(String xml) throws XMLStreamException {
        JsonNode c = content(xml);
        JsonNode h = c.path("Header");
        List<ConsigneeAct.Position> positions = new ArrayList<>();
        for (JsonNode p : items(c.at("/Content/Position"))) {
            List<String> marks = new ArrayList<>();
            collectMarks(p, marks);
            positions.add(new ConsigneeAct.Position(text(p, "Identity"),
                    first(text(p, "InformF2RegId"), text(p, "InformBRegId")), text(p, "RealQuantity"), List.copyOf(marks)));
        }
        return new ConsigneeAct(text(h, "IsAccept"), text(h, "ACTNUMBER"), text(h, "ActDate"),
                first(text(h, "WBRegId"), text(c, "WBRegId")), text(h, "Note"), List.copyOf(positions));
    }

    /** ReplyNoAnswerTTN: the waybills EGAIS holds as sent to us and not answered. */
    public static List<NoAnswerWaybill> readNoAnswer(String xml) throws XMLStreamException {
        List<NoAnswerWaybill> list = new ArrayList<>();
        for (JsonNode n : content(xml).at("/ttnlist/NoAnswer")) {
            list.add(new NoAnswerWaybill(text(n, "WbRegID"), text(n, "ttnNumber"), text(n, "ttnDate"), text(n, "Shipper")));
        }
        return list;
    }

    private static JsonNode content(String xml) throws XMLStreamException {
        try (TokenBuffer buffer = new TokenBuffer(JSON, false)) {
            XmlJsonStreamer.stream(new StringReader(xml), buffer);
            return JSON.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new XMLStreamException("cannot read the document: " + e.getMessage(), e);
        }
    }

    /** The organization under Shipper/Consignee, whatever its kind (UL, FL, FO, TS) or version (v1 has none). */
    private static JsonNode organization(JsonNode holder) {
        for (String kind : new String[]{"UL", "FL", "FO", "TS", "TR"}) {
            if (holder.has(kind)) {
                return holder.get(kind);
            }
        }
        return holder;
    }

    /** The boxes of a position ({@code MarkInfo/boxpos}, wherever the version puts MarkInfo) with their marks. */
    private static List<WaybillBox> boxes(JsonNode position) {
        List<WaybillBox> boxes = new ArrayList<>();
        for (JsonNode markInfo : position.findValues("MarkInfo")) {
            for (JsonNode box : items(markInfo.path("boxpos"))) {
                List<String> marks = new ArrayList<>();
                items(box.at("/amclist/amc")).forEach(m -> marks.add(m.asText()));
                boxes.add(new WaybillBox(text(box, "boxnumber"), List.copyOf(marks)));
            }
        }
        return List.copyOf(boxes);
    }

    /**
     * {@code boxtree} / {@code bl} nodes: the first {@code boxnum} is the node's own number, further ones are the
     * boxes it holds (the schema's choice of {@code boxnum*}), {@code bl} are nested nodes.
     */
    private static List<BoxTree> boxTree(JsonNode nodes) {
        List<BoxTree> trees = new ArrayList<>();
        for (JsonNode node : items(nodes)) {
            List<JsonNode> numbers = items(node.path("boxnum"));
            List<BoxTree> contents = new ArrayList<>();
            for (int i = 1; i < numbers.size(); i++) {
                contents.add(new BoxTree(numbers.get(i).asText(), List.of()));
            }
            contents.addAll(boxTree(node.path("bl")));
            trees.add(new BoxTree(numbers.isEmpty() ? null : numbers.get(0).asText(), List.copyOf(contents)));
        }
        return List.copyOf(trees);
    }

    /** An element the JSON view writes as an array when it repeats, or as itself when it occurs once. */
    private static List<JsonNode> items(JsonNode node) {
        List<JsonNode> list = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(list::add);
        } else if (!node.isMissingNode() && !node.isNull()) {
            list.add(node);
        }
        return list;
    }

    private static void collectMarks(JsonNode node, List<String> marks) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("amc") && e.getValue().isArray()) {
                    e.getValue().forEach(m -> marks.add(m.asText()));
                } else {
                    collectMarks(e.getValue(), marks);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectMarks(n, marks));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() && !v.isNull() ? v.asText() : null;
    }

    /** The first item of a list the schemas let repeat (InformBItem), or the node itself. */
    private static JsonNode firstItem(JsonNode node) {
        return node.isArray() ? node.path(0) : node;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
