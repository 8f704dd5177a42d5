package ru.egais.exchange.simulator;

import ru.egais.exchange.utm.xml.SecureXml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.util.Map;

/** A compact writer for the documents the simulated EGAIS emits, with prefixes fixed up front as UTM does. */
final class SimXml {

    static final String DOCUMENTS = "http://fsrar.ru/WEGAIS/WB_DOC_SINGLE_01";
    /** The FSRAR ID EGAIS itself signs its tickets and replies with (as in the real samples). */
    static final String EGAIS_FSRAR_ID = "3463047";

    private final StringWriter out = new StringWriter(4096);
    private final XMLStreamWriter w;
    private final Map<String, String> namespaces;

    private SimXml(Map<String, String> namespaces) {
        this.namespaces = namespaces;
        try {
            this.w = SecureXml.writer(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts {@code ns:Documents} with the owner and {@code ns:Document/ns:<element>} open. */
    static SimXml document(String ownerFsrarId, String element, Map<String, String> contentNamespaces) {
        java.util.LinkedHashMap<String, String> all = new java.util.LinkedHashMap<>();
        all.put("ns", DOCUMENTS);
        all.put("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        all.putAll(contentNamespaces);
        SimXml x = new SimXml(all);
        try {
            x.w.writeStartDocument("UTF-8", "1.0");
            x.w.writeStartElement("ns", "Documents", DOCUMENTS);
            for (Map.Entry<String, String> e : all.entrySet()) {
                x.w.writeNamespace(e.getKey(), e.getValue());
            }
            x.w.writeAttribute("Version", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        x.start("ns", "Owner").text("ns", "FSRAR_ID", ownerFsrarId).end();
        x.start("ns", "Document").start("ns", element);
        return x;
    }

    SimXml start(String prefix, String name) {
        try {
            w.writeStartElement(prefix, name, namespaces.get(prefix));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    SimXml text(String prefix, String name, String value) {
        if (value == null) {
            return this;
        }
        start(prefix, name);
        try {
            w.writeCharacters(value);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return end();
    }

    SimXml end() {
        try {
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Closes every open element and returns the document. */
    String finish() {
        try {
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }
}
