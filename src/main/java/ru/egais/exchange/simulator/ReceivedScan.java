package ru.egais.exchange.simulator;

import ru.egais.exchange.utm.xml.SecureXml;
import ru.egais.exchange.utm.xml.StaxCursor;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.HashMap;
import java.util.Map;

/**
 * One pass over a received document, as UTM's checks need it: proves it is well-formed, finds the owner's FSRAR ID
 * and the element under Document, and keeps the first text of each leaf element for EGAIS's answers.
 */
record ReceivedScan(String root, String ownerFsrarId, String documentElement, Map<String, String> fields) {

    static ReceivedScan of(String xml) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        String root = null;
        String element = null;
        boolean underDocument = false;
        boolean inPosition = false;
        XMLStreamReader r = null;
        try {
            r = SecureXml.reader(xml);
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamReader.START_ELEMENT) {
                    text.setLength(0);
                    if (root == null) {
                        root = r.getLocalName();
                    } else if (underDocument && element == null) {
                        element = r.getLocalName();
                    }
                    underDocument = "Document".equals(r.getLocalName()) && element == null;
                    inPosition |= "Position".equals(r.getLocalName());
                } else if (e == XMLStreamReader.CHARACTERS) {
                    text.append(r.getText());
                } else if (e == XMLStreamReader.END_ELEMENT) {
                    String value = text.toString().strip();
                    if (!value.isEmpty()) {
                        fields.putIfAbsent(r.getLocalName(), value);
                        if (inPosition) {
                            // the first position's own fields (a waybill's Identity comes before its positions')
                            fields.putIfAbsent("Position." + r.getLocalName(), value);
                        }
                    }
                    inPosition &= !"Position".equals(r.getLocalName());
                    text.setLength(0);
                }
            }
        } finally {
            StaxCursor.closeQuietly(r);
        }
        return new ReceivedScan(root, fields.get("FSRAR_ID"), element, fields);
    }
}
