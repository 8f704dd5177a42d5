package ru.egais.exchange.utm.xml;

import ru.egais.exchange.egais.ChequeDocument;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes ChequeV3 / ChequeV4 in the WB_DOC_SINGLE_01 envelope. The output is a pure function of the cheque, so the
 * same cheque always gives the same bytes (the service compares repeats by them).
 */
public final class ChequeWriter {

    private static final String CK = "ck";
    private static final String PREF = "pref";
    private static final String OREF = "oref";
    private static final String PRODUCT_REF = "http://fsrar.ru/WEGAIS/ProductRef_v2";
    private static final String CLIENT_REF = "http://fsrar.ru/WEGAIS/ClientRef_v2";
    /** Elements of ProductInfo_v2 whose content is an organization (ClientRef_v2's OrgInfo types). */
    private static final List<String> ORGANIZATIONS = List.of("Producer", "Importer");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private ChequeWriter() {
    }

    public static String namespace(ChequeDocument.Format format) {
        return "http://fsrar.ru/WEGAIS/" + format.name();
    }

    public static String write(ChequeDocument c) {
        String ns = namespace(c.format());
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put(CK, ns);
        prefixes.put(PREF, PRODUCT_REF);
        prefixes.put(OREF, CLIENT_REF);
        return DocumentEnvelopeWriter.write(c.fsrarId(), c.format().name(), prefixes, w -> {
            if (c.identity() != null) {
                DocumentEnvelopeWriter.element(w, CK, ns, "Identity", c.identity());
            }
            if (c.header() != null) {
                ChequeDocument.Header h = c.header();
                w.writeStartElement(CK, "Header", ns);
                // c:DateWTime: local time of the till, no zone (the pattern allows none).
                DocumentEnvelopeWriter.element(w, CK, ns, "Date", h.date().format(DATE_TIME));
                DocumentEnvelopeWriter.element(w, CK, ns, "Kassa", h.kassa());
                DocumentEnvelopeWriter.element(w, CK, ns, "Shift", Long.toString(h.shift()));
                DocumentEnvelopeWriter.element(w, CK, ns, "Number", Long.toString(h.number()));
                DocumentEnvelopeWriter.element(w, CK, ns, "Type", h.type());
                w.writeEndElement();
            } else {
                ChequeDocument.HeaderTtn h = c.headerTtn();
                w.writeStartElement(CK, "HeaderTTN", ns);
                DocumentEnvelopeWriter.element(w, CK, ns, "Date", h.date().format(DateTimeFormatter.ISO_LOCAL_DATE));
                DocumentEnvelopeWriter.element(w, CK, ns, "BillNumber", h.billNumber());
                DocumentEnvelopeWriter.element(w, CK, ns, "TTNNumber", h.ttnNumber());
                DocumentEnvelopeWriter.element(w, CK, ns, "Type", h.type());
                w.writeEndElement();
            }
            w.writeStartElement(CK, "Content", ns);
            for (ChequeDocument.Bottle b : c.bottles()) {
                w.writeStartElement(CK, "Bottle", ns);
                DocumentEnvelopeWriter.element(w, CK, ns, "Barcode", b.barcode());
                DocumentEnvelopeWriter.element(w, CK, ns, "EAN", b.ean());
                DocumentEnvelopeWriter.element(w, CK, ns, "Price", money(b.price()));
                w.writeEndElement();
            }
            for (ChequeDocument.Nomark n : c.nomarks()) {
                w.writeStartElement(CK, "Nomark", ns);
                DocumentEnvelopeWriter.element(w, CK, ns, "PosIdentity", n.posIdentity());
                w.writeStartElement(CK, "Product", ns);
                writeTree(w, n.product(), PREF, PRODUCT_REF);
                w.writeEndElement();
                DocumentEnvelopeWriter.element(w, CK, ns, "Quantity", n.quantity().stripTrailingZeros().toPlainString());
                DocumentEnvelopeWriter.element(w, CK, ns, "EAN", n.ean());
                DocumentEnvelopeWriter.element(w, CK, ns, "Price", money(n.price()));
                w.writeEndElement();
            }
            for (ChequeDocument.Catering k : c.catering()) {
                w.writeStartElement(CK, "Catering", ns);
                DocumentEnvelopeWriter.element(w, CK, ns, "Barcode", k.barcode());
                if (k.ean() != null) {
                    DocumentEnvelopeWriter.element(w, CK, ns, "EAN", k.ean());
                }
                DocumentEnvelopeWriter.element(w, CK, ns, "Price", money(k.price()));
                DocumentEnvelopeWriter.element(w, CK, ns, "Volume", Long.toString(k.volume()));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
    }

    /** Two decimals at least ("100" and "100.0" are one price, so a repeat compares equal), more if given. */
    static String money(BigDecimal price) {
        BigDecimal p = price.stripTrailingZeros();
        return (p.scale() < 2 ? p.setScale(2) : p).toPlainString();
    }

    /** ProductInfo_v2 as given; an organization's elements are in ClientRef_v2's namespace, all the way down. */
    private static void writeTree(XMLStreamWriter w, Map<String, Object> tree, String prefix, String ns)
            throws XMLStreamException {
        for (Map.Entry<String, Object> e : tree.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> child) {
                boolean organization = ORGANIZATIONS.contains(e.getKey()) && PRODUCT_REF.equals(ns);
                w.writeStartElement(prefix, e.getKey(), ns);
                @SuppressWarnings("unchecked")
                Map<String, Object> children = (Map<String, Object>) child;
                writeTree(w, children, organization ? OREF : prefix, organization ? CLIENT_REF : ns);
                w.writeEndElement();
            } else if (e.getValue() != null) {
                DocumentEnvelopeWriter.element(w, prefix, ns, e.getKey(), scalar(e.getValue()));
            }
        }
    }

    private static String scalar(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : String.valueOf(value);
    }
}
