package ru.egais.exchange.utm.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.Optional;

/** Reads a whole document once to prove it is well-formed XML (and has no DTD or entities). */
public final class WellFormedness {

    private WellFormedness() {
    }

    /** Empty when well-formed, otherwise the parser's complaint with its position. */
    public static Optional<String> problem(String xml) {
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(xml);
            while (r.hasNext()) {
                r.next();
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            return Optional.of(e.getMessage() == null ? "not well-formed XML" : e.getMessage().replace('\n', ' '));
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }
}
