package ru.egais.exchange.utm.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;

/** A stream reader that fails on a DOCTYPE declaration: no EGAIS document has one, so one is an attack or garbage. */
final class DtdRefusingReader extends StreamReaderDelegate {

    DtdRefusingReader(XMLStreamReader delegate) {
        super(delegate);
    }

    @Override
    public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.DTD) {
            throw new XMLStreamException("DOCTYPE declarations are not allowed", getLocation());
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new XMLStreamException("entity references are not allowed: &" + getLocalName() + ";", getLocation());
        }
        return event;
    }

    @Override
    public int nextTag() throws XMLStreamException {
        int event = next();
        while ((event == XMLStreamConstants.CHARACTERS && isWhiteSpace())
                || (event == XMLStreamConstants.CDATA && isWhiteSpace())
                || event == XMLStreamConstants.SPACE
                || event == XMLStreamConstants.PROCESSING_INSTRUCTION
                || event == XMLStreamConstants.COMMENT) {
            event = next();
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw new XMLStreamException("expected a start or end tag", getLocation());
        }
        return event;
    }
}
