package ru.egais.exchange.utm.xml;

import ru.egais.exchange.egais.ClassifierEntries;
import ru.egais.exchange.egais.ClassifierEntries.Partner;
import ru.egais.exchange.egais.ClassifierEntries.Product;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads classifier replies — ReplyAP (v1–v3: products with their producer) and ReplyClient (v1, v2: organizations)
 * — streamed, so a reply listing thousands of products is never held whole. Elements are matched by local name:
 * any prefix, redeclared namespaces and unknown extra elements read the same; an entry without its key
 * (AlcCode, ClientRegId) is skipped rather than failing the reply.
 */
public final class ClassifierReplyReader {

    private interface Child {
        void read(String name) throws XMLStreamException;
    }

    private ClassifierReplyReader() {
    }

    /** Whether the element under ns:Document is a classifier reply this reader understands. */
    public static boolean reads(String documentElement) {
        return documentElement != null
                && (documentElement.startsWith("ReplyAP") || documentElement.startsWith("ReplyClient"));
    }

    public static ClassifierEntries read(Reader xml) throws XMLStreamException {
        XMLStreamReader r = SecureXml.reader(xml);
        List<Product> products = new ArrayList<>();
        Map<String, Partner> partners = new java.util.LinkedHashMap<>();
        try {
            String reply = null;
            while (StaxCursor.nextStart(r)) {
                String name = r.getLocalName();
                if (reply == null) {
                    if (reads(name)) {
                        reply = name;
                    }
                } else if (reply.startsWith("ReplyAP") && name.equals("Product")) {
                    Product p = product(r);
                    if (p.alcCode() != null) {
                        products.add(p);
                        if (p.producer() != null && p.producer().clientRegId() != null) {
                            partners.putIfAbsent(p.producer().clientRegId(), p.producer());
                        }
                    }
                } else if (reply.startsWith("ReplyClient") && name.equals("Client")) {
                    Partner p = client(r);
                    if (p != null && p.clientRegId() != null) {
                        partners.put(p.clientRegId(), p);
                    }
                }
            }
            if (reply == null) {
                throw new XMLStreamException("not a classifier reply (ReplyAP or ReplyClient)");
            }
        } finally {
            StaxCursor.closeQuietly(r);
        }
        return new ClassifierEntries(products, new ArrayList<>(partners.values()));
    }

    private static Product product(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> f = new HashMap<>();
        Partner[] producer = new Partner[1];
        children(r, name -> {
            if (name.equals("Producer")) {
                producer[0] = organization(r);
            } else {
                f.put(name, StaxCursor.text(r));
            }
        });
        return new Product(f.get("AlcCode"), f.get("FullName"), f.get("ShortName"), f.get("Capacity"),
                f.get("AlcVolume"), f.get("ProductVCode"), f.get("UnitType"), producer[0]);
    }

    /** A Client of ReplyClient_v2 (OrgInfoV2 + State) or of the first ReplyClient (the organization inline). */
    private static Partner client(XMLStreamReader r) throws XMLStreamException {
        Partner[] org = new Partner[1];
        String[] state = new String[1];
        Map<String, String> inline = new HashMap<>();
        children(r, name -> {
            switch (name) {
                case "OrgInfoV2", "OrgInfo" -> org[0] = organization(r);
                case "State" -> state[0] = StaxCursor.text(r);
                case "address" -> inline.put("address", address(r));
                default -> inline.put(name, StaxCursor.text(r));
            }
        });
        Partner p = org[0] != null ? org[0] : partner(null, inline);
        return state[0] == null ? p : p.withState(state[0]);
    }

    /** Positioned on a holder (Producer, OrgInfoV2) whose one child is UL, FL, FO, TS or TR. */
    private static Partner organization(XMLStreamReader r) throws XMLStreamException {
        Partner[] found = new Partner[1];
        children(r, kind -> {
            Map<String, String> f = new HashMap<>();
            children(r, name -> {
                if (name.equals("address")) {
                    f.put("address", address(r));
                } else {
                    f.put(name, StaxCursor.text(r));
                }
            });
            found[0] = partner(kind, f);
        });
        return found[0];
    }

    private static Partner partner(String kind, Map<String, String> f) {
        return new Partner(f.get("ClientRegId"), kind, f.get("INN"), f.get("KPP"), f.get("FullName"),
                f.get("ShortName"), f.get("address"), null);
    }

    /** The address as EGAIS writes it for people ({@code description}); its parts when there is none. */
    private static String address(XMLStreamReader r) throws XMLStreamException {
        Map<String, String> parts = new java.util.LinkedHashMap<>();
        children(r, name -> parts.put(name, StaxCursor.text(r)));
        String description = parts.get("description");
        if (description != null) {
            return description;
        }
        List<String> present = parts.values().stream().filter(v -> v != null && !v.isBlank()).toList();
        return present.isEmpty() ? null : String.join(", ", present);
    }

    /** Calls {@code child} on each child element (which must consume it); leaves the reader on the end tag. */
    private static void children(XMLStreamReader r, Child child) throws XMLStreamException {
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                child.read(r.getLocalName());
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                return;
            }
        }
    }
}
