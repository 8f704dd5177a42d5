package ru.egais.exchange.utm.xml;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads the {@code Identity} one of our outgoing documents carries (the direct child of the element under
 * {@code ns:Document}, e.g. {@code WayBillAct_v4/Identity}): EGAIS quotes it in the ticket it answers with, which is
 * how a ticket can name a document whose replyId we never learnt. A position's Identity deeper down is not it.
 */
public final class DocumentIdentityReader {

    private DocumentIdentityReader() {
    }

    public static Optional<String> read(String xml) throws XMLStreamException {
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(new StringReader(xml));
            int depth = 0;
            int documentAt = -1; // depth of ns:Document
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamReader.END_ELEMENT) {
                    depth--;
                    if (documentAt >= 0 && depth < documentAt) {
                        return Optional.empty();
                    }
                    continue;
                }
                if (e != XMLStreamReader.START_ELEMENT) {
                    continue;
                }
                depth++;
                if (documentAt < 0 && "Document".equals(r.getLocalName()) && depth == 2) {
                    documentAt = depth;
                } else if (documentAt >= 0 && depth == documentAt + 2 && "Identity".equals(r.getLocalName())) {
                    String text = StaxCursor.text(r); // null when blank
                    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
                }
            }
            return Optional.empty();
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }
}
