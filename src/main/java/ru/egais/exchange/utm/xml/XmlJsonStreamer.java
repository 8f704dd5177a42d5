package ru.egais.exchange.utm.xml;

import com.fasterxml.jackson.core.JsonGenerator;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Streams the content of an incoming EGAIS document (the element under {@code ns:Document}) as JSON, event by
 * event, so a 100,000-position ReplyRests_v2 is never held as a tree. Elements become fields by local name (any
 * prefix, namespaces redeclared anywhere); an element with only text becomes a string; an element the schemas
 * let repeat under its parent ({@link RepeatedElements}) becomes an array, even with one item. A name that
 * comes again where the schemas do not expect it is written as {@code name#2}, {@code name#3}…: never as a
 * second field of the same name, which JSON readers would drop.
 */
public final class XmlJsonStreamer {

    /** Per open element: whether it became an object, and the array of same-named children now open in it. */
    private static final class Frame {
        final String name;
        String openArray;
        /** Field names written in this object (few per object), to keep each key unique. */
        java.util.List<String> written;

        Frame(String name) {
            this.name = name;
        }
    }

    private XmlJsonStreamer() {
    }

    public static void stream(Reader xml, JsonGenerator out) throws XMLStreamException, IOException {
        XMLStreamReader r = SecureXml.reader(xml);
        try {
            if (!toDocumentContent(r)) {
                throw new XMLStreamException("no element under <Document>");
            }
            out.writeStartObject();
            out.writeStringField("type", r.getLocalName());
            Deque<Frame> frames = new ArrayDeque<>();
            Frame root = new Frame(r.getLocalName());
            frames.push(root);
            String pendingName = null;
            StringBuilder text = new StringBuilder();
            int depth = 1;
            while (depth > 0 && r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamReader.START_ELEMENT) {
                    if (pendingName != null) {
                        openObject(out, frames, pendingName); // the pending element has children: an object
                    }
                    pendingName = r.getLocalName();
                    text.setLength(0);
                    depth++;
                } else if (e == XMLStreamReader.CHARACTERS || e == XMLStreamReader.CDATA) {
                    if (pendingName != null) {
                        text.append(r.getText());
                    }
                } else if (e == XMLStreamReader.END_ELEMENT) {
                    depth--;
                    if (pendingName != null) {
                        fieldFor(out, frames.peek(), pendingName);
                        String value = text.toString().strip();
                        if (value.isEmpty()) {
                            out.writeNull();
                        } else {
                            out.writeString(value);
                        }
                        pendingName = null;
                    } else if (depth > 0) {
                        Frame closing = frames.pop();
                        closeArray(out, closing);
                        out.writeEndObject();
                    }
                }
            }
            closeArray(out, root);
            out.writeEndObject();
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }

    private static void openObject(JsonGenerator out, Deque<Frame> frames, String name) throws IOException {
        fieldFor(out, frames.peek(), name);
        out.writeStartObject();
        frames.push(new Frame(name));
    }

    /** Writes the field name, or continues / opens / closes the array of repeated siblings. */
    private static void fieldFor(JsonGenerator out, Frame parent, String name) throws IOException {
        if (name.equals(parent.openArray)) {
            return; // the next item of the open array
        }
        closeArray(out, parent);
        out.writeFieldName(uniqueKey(parent, name));
        if (RepeatedElements.isRepeated(parent.name, name)) {
            out.writeStartArray();
            parent.openArray = name;
        }
    }

    /** The name, or name#n when this object already has a field of that name (an unexpected repeat). */
    private static String uniqueKey(Frame frame, String name) {
        if (frame.written == null) {
            frame.written = new java.util.ArrayList<>(8);
        }
        int seen = 0;
        for (String w : frame.written) {
            if (w.equals(name)) {
                seen++;
            }
        }
        frame.written.add(name);
        return seen == 0 ? name : name + "#" + (seen + 1);
    }

    private static void closeArray(JsonGenerator out, Frame frame) throws IOException {
        if (frame.openArray != null) {
            out.writeEndArray();
            frame.openArray = null;
        }
    }

    /** Moves to the start tag of the element under ns:Document; false if there is none. */
    private static boolean toDocumentContent(XMLStreamReader r) throws XMLStreamException {
        while (StaxCursor.nextStart(r)) {
            if ("Document".equals(r.getLocalName())) {
                return StaxCursor.nextStart(r);
            }
        }
        return false;
    }
}
