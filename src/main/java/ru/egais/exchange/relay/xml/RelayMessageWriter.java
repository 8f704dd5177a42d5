package ru.egais.exchange.relay.xml;

import ru.egais.exchange.relay.RelayChange;
import ru.egais.exchange.relay.RelayMessage;
import ru.egais.exchange.utm.xml.SecureXml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;

/** Writes an exchange message as UTF-8 XML; embedded EGAIS documents are carried as (escaped) text. */
public final class RelayMessageWriter {

    private RelayMessageWriter() {
    }

    public static byte[] write(RelayMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = SecureXml.writer(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement(RelayXml.ROOT);
            w.writeDefaultNamespace(RelayXml.NS);
            w.writeAttribute("exchange", message.exchange());
            w.writeAttribute("from", message.from());
            w.writeAttribute("to", message.to());
            w.writeAttribute("number", Long.toString(message.number()));
            w.writeAttribute("received", Long.toString(message.received()));
            for (RelayChange change : message.changes()) {
                writeChange(w, change);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("an exchange message could not be written: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void writeChange(XMLStreamWriter w, RelayChange change) throws XMLStreamException {
        if (change instanceof RelayChange.Transmit t) {
            w.writeStartElement(RelayXml.TRANSMIT);
            attributes(w, "externalId", t.externalId(), "fsrarId", t.fsrarId(), "docType", t.docType());
            w.writeCharacters(t.xml());
        } else if (change instanceof RelayChange.Refusal r) {
            w.writeStartElement(RelayXml.REFUSAL);
            attributes(w, "externalId", r.externalId(), "fsrarId", r.fsrarId(), "docType", r.docType());
            w.writeCharacters(r.reason());
        } else if (change instanceof RelayChange.DocumentState d) {
            w.writeStartElement(RelayXml.DOCUMENT);
            attributes(w, "id", d.id(), "externalId", d.externalId(), "fsrarId", d.fsrarId(), "docType", d.docType(),
                    "status", d.status().name(), "replyId", d.replyId(), "createdAt", time(d.createdAt()),
                    "updatedAt", time(d.updatedAt()));
            if (d.lastError() != null) {
                w.writeCharacters(d.lastError());
            }
        } else if (change instanceof RelayChange.IncomingState i) {
            w.writeStartElement(RelayXml.INCOMING);
            attributes(w, "id", i.id(), "fsrarId", i.fsrarId(), "docType", i.docType(), "replyId", i.replyId(),
                    "status", i.status(), "receivedAt", time(i.receivedAt()));
            w.writeCharacters(i.xml());
        } else {
            throw new IllegalArgumentException("no XML form for " + change);
        }
        w.writeEndElement();
    }

    private static void attributes(XMLStreamWriter w, String... namesAndValues) throws XMLStreamException {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                w.writeAttribute(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
    }

    private static String time(Instant t) {
        return t == null ? null : t.toString();
    }
}
