package ru.egais.exchange.utm.xml;

import ru.egais.exchange.egais.EnvelopeInfo;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/**
 * Reads only the envelope of an EGAIS document ({@code ns:Documents/ns:Owner/ns:FSRAR_ID} and the element under
 * {@code ns:Document}) and stops there, so it costs the same for a ticket and for a 50 MB ReplyRests.
 * Dispatch is on that element, never on the UTM URL, whose type names vary (PROTOCOL.md §4).
 */
public final class EnvelopeReader {

    private EnvelopeReader() {
    }

    public static EnvelopeInfo read(String xml) throws XMLStreamException {
        return read(new StringReader(xml));
    }

    public static EnvelopeInfo read(java.io.Reader xml) throws XMLStreamException {
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(xml);
            StaxCursor.toRoot(r);
            if (!"Documents".equals(r.getLocalName())) {
                throw new XMLStreamException("root element is <" + r.getLocalName() + ">, expected <Documents>");
            }
            String owner = null;
            while (StaxCursor.nextStart(r)) {
                String name = r.getLocalName();
                if ("FSRAR_ID".equals(name) && owner == null) {
                    owner = StaxCursor.text(r);
                } else if ("Document".equals(name)) {
                    if (!StaxCursor.nextStart(r)) {
                        break;
                    }
                    return new EnvelopeInfo(owner, r.getLocalName(), r.getNamespaceURI());
                }
            }
            throw new XMLStreamException("no element under <Document>");
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }
}
