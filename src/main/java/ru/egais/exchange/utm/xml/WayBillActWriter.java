package ru.egais.exchange.utm.xml;

import ru.egais.exchange.egais.WayBillActV4;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes WayBillAct_v4 (TTNActSingle_v4.xsd): content in the ActTTNSingle_v4 namespace, marks in CommonV3. */
public final class WayBillActWriter {

    private static final String WA = "wa";
    private static final String CE = "ce";
    private static final String NS = EgaisNamespaces.ACT_TTN_V4;

    private WayBillActWriter() {
    }

    public static String write(String fsrarId, WayBillActV4 act) {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put(WA, NS);
        prefixes.put(CE, EgaisNamespaces.COMMON_V3);
        return DocumentEnvelopeWriter.write(fsrarId, "WayBillAct_v4", prefixes, w -> {
            if (act.identity() != null) {
                DocumentEnvelopeWriter.element(w, WA, NS, "Identity", act.identity());
            }
            w.writeStartElement(WA, "Header", NS);
            DocumentEnvelopeWriter.element(w, WA, NS, "IsAccept", act.isAccept().name());
            DocumentEnvelopeWriter.element(w, WA, NS, "ACTNUMBER", act.actNumber());
            // c:DateNoTime: a plain date, never with a zone.
            DocumentEnvelopeWriter.element(w, WA, NS, "ActDate", act.actDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
            DocumentEnvelopeWriter.element(w, WA, NS, "WBRegId", act.wbRegId());
            if (act.note() != null) {
                DocumentEnvelopeWriter.element(w, WA, NS, "Note", act.note());
            }
            w.writeEndElement();
            w.writeStartElement(WA, "Content", NS);
            for (WayBillActV4.Position p : act.positions()) {
                w.writeStartElement(WA, "Position", NS);
                DocumentEnvelopeWriter.element(w, WA, NS, "Identity", p.identity());
                DocumentEnvelopeWriter.element(w, WA, NS, "InformF2RegId", p.informF2RegId());
                DocumentEnvelopeWriter.element(w, WA, NS, "RealQuantity", p.realQuantity().toPlainString());
                if (p.marks() != null && !p.marks().isEmpty()) {
                    w.writeStartElement(WA, "MarkInfo", NS);
                    for (String mark : p.marks()) {
                        DocumentEnvelopeWriter.element(w, CE, EgaisNamespaces.COMMON_V3, "amc", mark);
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }
}
