package ru.egais.exchange.relay.xml;

import ru.egais.exchange.document.DocumentStatus;
import ru.egais.exchange.relay.RelayChange;
import ru.egais.exchange.relay.RelayMessage;
import ru.egais.exchange.utm.xml.SecureXml;
import ru.egais.exchange.utm.xml.StaxCursor;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an exchange message through {@link SecureXml} (no DTD, no external entity). An element it does not know
 * is refused rather than skipped: a change skipped here would be acknowledged and so lost for good.
 */
public final class RelayMessageReader {

    private RelayMessageReader() {
    }

    /** The message in a relay file; the parser's failures stay here, as the rest of the relay sees no XML. */
    public static RelayMessage read(byte[] xml) throws RelayMessageUnreadable {
        try {
            return parse(xml);
        } catch (XMLStreamException e) {
            throw new RelayMessageUnreadable(e);
        }
    }

    private static RelayMessage parse(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = SecureXml.reader(new ByteArrayInputStream(xml));
        try {
            StaxCursor.toRoot(r);
            if (!RelayXml.ROOT.equals(r.getLocalName()) || !RelayXml.NS.equals(r.getNamespaceURI())) {
                throw new XMLStreamException("not an exchange message: root " + r.getName());
            }
            String exchange = required(r, "exchange");
            String from = required(r, "from");
            String to = required(r, "to");
            long number = number(r, "number");
            long received = number(r, "received");
            if (number < 1) {
                throw new XMLStreamException("message number must be positive: " + number);
            }
            List<RelayChange> changes = new ArrayList<>();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    changes.add(change(r));
                }
            }
            return new RelayMessage(exchange, from, to, number, received, changes);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new XMLStreamException("bad value in an exchange message: " + e.getMessage(), e);
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }

    private static RelayChange change(XMLStreamReader r) throws XMLStreamException {
        String element = r.getLocalName();
        switch (element) {
            case RelayXml.TRANSMIT:
                return new RelayChange.Transmit(required(r, "externalId"), required(r, "fsrarId"),
                        required(r, "docType"), text(r));
            case RelayXml.REFUSAL:
                return new RelayChange.Refusal(required(r, "externalId"), required(r, "fsrarId"),
                        r.getAttributeValue(null, "docType"), text(r));
            case RelayXml.DOCUMENT: {
                // attributes first: reading the text moves the reader off the start tag
                RelayChange.DocumentState d = new RelayChange.DocumentState(required(r, "id"),
                        r.getAttributeValue(null, "externalId"), required(r, "fsrarId"), required(r, "docType"),
                        DocumentStatus.valueOf(required(r, "status")), r.getAttributeValue(null, "replyId"), null,
                        time(r, "createdAt"), time(r, "updatedAt"));
                String lastError = emptyToNull(text(r));
                return lastError == null ? d : new RelayChange.DocumentState(d.id(), d.externalId(), d.fsrarId(),
                        d.docType(), d.status(), d.replyId(), lastError, d.createdAt(), d.updatedAt());
            }
            case RelayXml.INCOMING:
                return new RelayChange.IncomingState(required(r, "id"), required(r, "fsrarId"),
                        r.getAttributeValue(null, "docType"), r.getAttributeValue(null, "replyId"),
                        required(r, "status"), time(r, "receivedAt"), text(r));
            default:
                throw new XMLStreamException("unknown change <" + element + "> (is the peer a newer version?)");
        }
    }

    /** The element's text exactly as written (embedded XML must not be trimmed); leaves the reader on its end. */
    private static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                return sb.toString();
            }
            if (e == XMLStreamConstants.START_ELEMENT) {
                throw new XMLStreamException("unexpected <" + r.getLocalName() + "> inside a change");
            }
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                sb.append(r.getText());
            }
        }
    }

    private static String required(XMLStreamReader r, String name) throws XMLStreamException {
        String v = r.getAttributeValue(null, name);
        if (v == null || v.isBlank()) {
            throw new XMLStreamException("<" + r.getLocalName() + "> lacks " + name);
        }
        return v;
    }

    private static long number(XMLStreamReader r, String name) throws XMLStreamException {
        try {
            return Long.parseLong(required(r, name));
        } catch (NumberFormatException e) {
            throw new XMLStreamException(name + " is not a number: " + r.getAttributeValue(null, name));
        }
    }

    private static Instant time(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? null : Instant.parse(v);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
