package ru.egais.exchange.utm.xml;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Small helpers over a StAX reader for tolerant reading: elements are matched by local name, so any prefix and
 * namespaces redeclared on inner elements (as real UTMs emit) read the same.
 */
public final class StaxCursor {

    private StaxCursor() {
    }

    /** Advances to the next start tag at any depth; false at the end of the document. */
    public static boolean nextStart(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /** Advances to the first start tag (the root); fails on an empty or non-XML body. */
    public static void toRoot(XMLStreamReader r) throws XMLStreamException {
        if (r.getEventType() == XMLStreamConstants.START_ELEMENT) {
            return;
        }
        if (!nextStart(r)) {
            throw new XMLStreamException("no root element");
        }
    }

    /**
     * Reads the text of the current element (positioned on its start tag) and leaves the reader on its end tag.
     * Text of nested elements is skipped, so unexpected children do not break the read. Returns trimmed text,
     * or null when the element is empty.
     */
    public static String text(XMLStreamReader r) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (depth == 1 && (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA
                    || e == XMLStreamConstants.SPACE)) {
                sb.append(r.getText());
            }
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /** Skips the current element (positioned on its start tag) with all its content. */
    public static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** Closes a reader, ignoring failures (used in finally blocks after a parse error already surfaced). */
    public static void closeQuietly(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing left to release that matters
            }
        }
    }
}
