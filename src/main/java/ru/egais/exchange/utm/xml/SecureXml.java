package ru.egais.exchange.utm.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import com.ctc.wstx.stax.WstxOutputFactory;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The one place where Woodstox factories are made: every XML byte the service reads or writes goes through here.
 *
 * <p>Input from UTM (and from API callers) is untrusted: DTDs are refused outright, external entities are never
 * resolved, and entity expansion is capped, so a hostile document cannot read local files or exhaust memory.
 * The factories are thread-safe once configured and expensive to create, hence shared.
 */
public final class SecureXml {

    private static final XMLInputFactory INPUT = createInputFactory();
    private static final XMLOutputFactory OUTPUT = createOutputFactory();

    private SecureXml() {
    }

    private static XMLInputFactory createInputFactory() {
        XMLInputFactory f = new WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setXMLResolver((publicId, systemId, baseUri, ns) -> {
            throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_COUNT, 1);
        f.setProperty(WstxInputProperties.P_MAX_ENTITY_DEPTH, 1);
        f.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, 200);
        f.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 200);
        return f;
    }

    private static XMLOutputFactory createOutputFactory() {
        XMLOutputFactory f = new WstxOutputFactory();
        f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, false);
        return f;
    }

    public static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return refuseDtd(INPUT.createXMLStreamReader(in));
    }

    public static XMLStreamReader reader(Reader in) throws XMLStreamException {
        return refuseDtd(INPUT.createXMLStreamReader(in));
    }

    public static XMLStreamReader reader(String xml) throws XMLStreamException {
        return reader(new java.io.StringReader(xml));
    }

    public static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
        return OUTPUT.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
    }

    public static XMLStreamWriter writer(Writer out) throws XMLStreamException {
        return OUTPUT.createXMLStreamWriter(out);
    }

    /** With DTD support off, Woodstox still reports a DOCTYPE as an event; a document carrying one is refused. */
    private static XMLStreamReader refuseDtd(XMLStreamReader reader) {
        return new DtdRefusingReader(reader);
    }
}
