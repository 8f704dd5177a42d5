package ru.egais.exchange.utm.xml;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.math.BigDecimal;

/**
 * The sum of a cheque as its ChequeV3 / ChequeV4 says: each Bottle's and Catering line's Price, each Nomark line's
 * Price times its Quantity. For the operator's list of a shift; null when the text cannot be read.
 */
public final class ChequeSums {

    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private ChequeSums() {
    }

    public static BigDecimal sum(String xml) {
        if (xml == null) {
            return null;
        }
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(xml));
            BigDecimal sum = BigDecimal.ZERO;
            String line = null;
            BigDecimal price = null;
            BigDecimal quantity = null;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamReader.START_ELEMENT) {
                    String name = r.getLocalName();
                    switch (name) {
                        case "Bottle", "Nomark", "Catering" -> {
                            line = name;
                            price = null;
                            quantity = null;
                        }
                        case "Price" -> price = line == null ? price : new BigDecimal(r.getElementText().strip());
                        case "Quantity" -> quantity = line == null ? quantity : new BigDecimal(r.getElementText().strip());
                        default -> {
                        }
                    }
                } else if (event == XMLStreamReader.END_ELEMENT && r.getLocalName().equals(line)) {
                    if (price != null) {
                        sum = sum.add("Nomark".equals(line) && quantity != null ? price.multiply(quantity) : price);
                    }
                    line = null;
                }
            }
            return sum;
        } catch (XMLStreamException | NumberFormatException e) {
            return null;
        }
    }
}
