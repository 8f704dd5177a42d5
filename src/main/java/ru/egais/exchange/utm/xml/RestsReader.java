package ru.egais.exchange.utm.xml;

import ru.egais.exchange.egais.RestsPosition;
import ru.egais.exchange.egais.RestsVisitor;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Reader;
import java.math.BigDecimal;

/**
 * Reads a stock reply — {@code ReplyRests_v2} (register 1, StockPosition with F1/F2 registrations) or
 * {@code ReplyRestsShop_v2} (register 2, ShopPosition by product) — one position at a time, so that a
 * 100,000-position reply (~48 MB) is never held in memory. Tolerant: elements are matched by local name, whatever
 * the prefix or schema version, and anything unknown is skipped.
 */
public final class RestsReader {

    private RestsReader() {
    }

    public static void read(Reader xml, RestsVisitor visitor) throws XMLStreamException {
        XMLStreamReader r = SecureXml.reader(xml);
        try {
            while (StaxCursor.nextStart(r)) {
                String name = r.getLocalName();
                if ("RestsDate".equals(name)) {
                    visitor.restsDate(StaxCursor.text(r));
                } else if ("StockPosition".equals(name) || "ShopPosition".equals(name)) {
                    visitor.position(position(r));
                }
            }
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }

    /** Positioned on a position's start tag; leaves the reader on its end tag. */
    private static RestsPosition position(XMLStreamReader r) throws XMLStreamException {
        String f1 = null;
        String f2 = null;
        String quantity = null;
        String[] product = new String[3]; // alcCode, fullName, capacity
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "Product" -> product(r, product);
                    case "Quantity" -> quantity = StaxCursor.text(r);
                    case "InformF1RegId" -> f1 = StaxCursor.text(r);
                    case "InformF2RegId" -> f2 = StaxCursor.text(r);
                    default -> StaxCursor.skip(r);
                }
            }
        }
        return new RestsPosition(f1, f2, product[0], product[1], decimal(product[2]), decimal(quantity));
    }

    /** The product's own fields only: its Producer's FullName is a different name. */
    private static void product(XMLStreamReader r, String[] into) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = r.next();
            if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "AlcCode" -> into[0] = StaxCursor.text(r);
                    case "FullName" -> into[1] = StaxCursor.text(r);
                    case "Capacity" -> into[2] = StaxCursor.text(r);
                    default -> StaxCursor.skip(r);
                }
            }
        }
    }

    /** A number as EGAIS writes it; anything else is read as unknown rather than refusing the whole reply. */
    private static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
