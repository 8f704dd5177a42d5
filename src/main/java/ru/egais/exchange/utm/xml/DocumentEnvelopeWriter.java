package ru.egais.exchange.utm.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Map;

/**
 * Writes the {@code ns:Documents} envelope every document we send shares (WB_DOC_SINGLE_01.xsd): the owner's
 * FSRAR ID and exactly one element under {@code ns:Document}, whose content the given body writes.
 */
public final class DocumentEnvelopeWriter {

    @FunctionalInterface
    public interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private DocumentEnvelopeWriter() {
    }

    /**
     * @param prefixes extra namespace prefixes the body uses, declared once on the root
     */
    public static String write(String fsrarId, String element, Map<String, String> prefixes, Body body) {
        StringWriter out = new StringWriter(1024);
        try {
            XMLStreamWriter w = SecureXml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("ns", "Documents", EgaisNamespaces.DOCUMENTS);
            w.writeNamespace("ns", EgaisNamespaces.DOCUMENTS);
            w.writeNamespace("xsi", EgaisNamespaces.XSI);
            for (Map.Entry<String, String> p : prefixes.entrySet()) {
                w.writeNamespace(p.getKey(), p.getValue());
            }
            w.writeAttribute("Version", "1.0");
            w.writeStartElement("ns", "Owner", EgaisNamespaces.DOCUMENTS);
            w.writeStartElement("ns", "FSRAR_ID", EgaisNamespaces.DOCUMENTS);
            w.writeCharacters(fsrarId);
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("ns", "Document", EgaisNamespaces.DOCUMENTS);
            w.writeStartElement("ns", element, EgaisNamespaces.DOCUMENTS);
            body.write(w);
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            // Writing to a StringWriter fails only on a programming error (unbalanced tags, bad names).
            throw new IllegalStateException("cannot write " + element + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    public static void element(XMLStreamWriter w, String prefix, String ns, String name, String text)
            throws XMLStreamException {
        w.writeStartElement(prefix, name, ns);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}
