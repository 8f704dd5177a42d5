package ru.egais.exchange.utm.xml;

import ru.egais.exchange.egais.Ticket;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;

/** Reads an EGAIS Ticket ({@code tc:Ticket}, elements in any order per Ticket.xsd's xs:all). */
public final class TicketReader {

    private TicketReader() {
    }

    public static Ticket read(String xml) throws XMLStreamException {
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(new StringReader(xml));
            while (StaxCursor.nextStart(r)) {
                if ("Ticket".equals(r.getLocalName())) {
                    return readTicket(r);
                }
            }
            throw new XMLStreamException("no <Ticket> element");
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }

    private static Ticket readTicket(XMLStreamReader r) throws XMLStreamException {
        String transportId = null;
        String identity = null;
        String docId = null;
        String regId = null;
        String docType = null;
        String ticketDate = null;
        Ticket.Outcome result = null;
        Ticket.Outcome operation = null;
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamReader.END_ELEMENT) {
                depth--;
                continue;
            }
            if (e != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "TransportId" -> transportId = StaxCursor.text(r);
                case "Identity" -> identity = StaxCursor.text(r);
                case "DocId" -> docId = StaxCursor.text(r);
                case "RegID" -> regId = StaxCursor.text(r);
                case "DocType" -> docType = StaxCursor.text(r);
                case "TicketDate" -> ticketDate = StaxCursor.text(r);
                case "Result" -> result = readOutcome(r, "Conclusion", "ConclusionDate", "Comments");
                case "OperationResult" -> operation = readOutcome(r, "OperationResult", "OperationDate",
                        "OperationComment");
                default -> StaxCursor.skip(r);
            }
        }
        return new Ticket(transportId, identity, docId, regId, docType, ticketDate, result, operation);
    }

    /** Reads Result / OperationResult; positioned on its start tag, leaves the reader on its end tag. */
    private static Ticket.Outcome readOutcome(XMLStreamReader r, String conclusionTag, String dateTag,
                                              String commentTag) throws XMLStreamException {
        String name = null;
        String conclusion = null;
        String date = null;
        String comment = null;
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamReader.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamReader.START_ELEMENT) {
                String tag = r.getLocalName();
                if (tag.equals(conclusionTag)) {
                    conclusion = StaxCursor.text(r);
                } else if (tag.equals(dateTag)) {
                    date = StaxCursor.text(r);
                } else if (tag.equals(commentTag)) {
                    comment = StaxCursor.text(r);
                } else if (tag.equals("OperationName")) {
                    name = StaxCursor.text(r);
                } else {
                    StaxCursor.skip(r);
                }
            }
        }
        return new Ticket.Outcome(name, conclusion, date, comment);
    }
}
