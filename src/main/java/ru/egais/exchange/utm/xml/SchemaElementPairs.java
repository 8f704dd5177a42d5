package ru.egais.exchange.utm.xml;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Derives from the official XSDs, for every element with element children, which children may repeat
 * ({@code maxOccurs > 1} on the child or on a sequence / choice / all around it): the data behind
 * {@link RepeatedElements}. The EGAIS schemas use only local elements, named and anonymous complex types and
 * compositors (no refs, groups or extensions), which is all this reads. Run by the test that keeps
 * {@code egais-element-pairs.txt} equal to the schemas, and by {@link #main} to regenerate it.
 */
public final class SchemaElementPairs {

    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;

    /** A named complex type's key: its namespace and name. */
    private record TypeKey(String namespace, String name) {
    }

    /** A child element as its parent's type declares it. */
    private record Child(String name, boolean repeated) {
    }

    private final Map<TypeKey, Element> complexTypes = new HashMap<>();
    /** "parent/child" → may repeat (true wins over false: a child that repeats anywhere is read as a list). */
    private final Map<String, Boolean> pairs = new TreeMap<>();

    private SchemaElementPairs() {
    }

    /** Every parent/child pair of the XSDs in these folders (not their subfolders), sorted. */
    public static Map<String, Boolean> derive(List<Path> folders) {
        SchemaElementPairs d = new SchemaElementPairs();
        List<Element> schemas = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path xsd : files.filter(p -> p.toString().endsWith(".xsd")).sorted().toList()) {
                    schemas.add(parse(xsd));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Element schema : schemas) {
            String ns = schema.getAttribute("targetNamespace");
            for (Element ct : children(schema, "complexType")) {
                d.complexTypes.put(new TypeKey(ns, ct.getAttribute("name")), ct);
            }
        }
        for (Element schema : schemas) {
            d.visitElements(schema);
        }
        return d.pairs;
    }

    /** Each element declaration, top-level or local, with the children its complex type declares. */
    private void visitElements(Node node) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI())) {
                if ("element".equals(e.getLocalName())) {
                    Element type = typeOf(e);
                    if (type != null) {
                        for (Child c : childrenOf(type)) {
                            pairs.merge(e.getAttribute("name") + "/" + c.name(), c.repeated(), Boolean::logicalOr);
                        }
                    }
                }
                visitElements(e);
            }
        }
    }

    /** The element's complex type: its anonymous one, or the named one its {@code type} refers to (else null). */
    private Element typeOf(Element element) {
        List<Element> anonymous = children(element, "complexType");
        if (!anonymous.isEmpty()) {
            return anonymous.get(0);
        }
        String type = element.getAttribute("type");
        if (type.isEmpty()) {
            return null;
        }
        int colon = type.indexOf(':');
        String prefix = colon < 0 ? null : type.substring(0, colon);
        String ns = element.lookupNamespaceURI(prefix);
        return complexTypes.get(new TypeKey(ns == null ? "" : ns, type.substring(colon + 1)));
    }

    private static List<Child> childrenOf(Element complexType) {
        List<Child> out = new ArrayList<>();
        collect(complexType, false, out);
        return out;
    }

    /** Element children through nested compositors; a repeating compositor makes all it holds repeat. */
    private static void collect(Element node, boolean repeatedAround, List<Child> out) {
        for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !XS.equals(e.getNamespaceURI())) {
                continue;
            }
            switch (e.getLocalName()) {
                case "element" -> out.add(new Child(e.getAttribute("name"), repeatedAround || repeats(e)));
                case "sequence", "choice", "all" -> collect(e, repeatedAround || repeats(e), out);
                default -> {
                    // annotations, attributes: no element children
                }
            }
        }
    }

    private static boolean repeats(Element e) {
        String max = e.getAttribute("maxOccurs");
        return "unbounded".equals(max) || (!max.isEmpty() && Long.parseLong(max.strip()) > 1);
    }

    private static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && XS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element parse(Path xsd) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(xsd.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("cannot read " + xsd + ": " + e.getMessage(), e);
        }
    }

    /** The data file's text: one "parent/child" per line, "*" after those that may repeat. */
    public static String render(Map<String, Boolean> pairs) {
        StringBuilder s = new StringBuilder("# Derived from the official EGAIS XSDs by SchemaElementPairs: "
                + "parent/child, '*' = maxOccurs > 1 somewhere\n");
        pairs.forEach((pair, repeated) -> s.append(pair).append(repeated ? " *" : "").append('\n'));
        return s.toString();
    }

    /** Regenerates the data file: {@code SchemaElementPairs <xsd folder>... <output file>}. */
    public static void main(String[] args) throws IOException {
        List<Path> folders = Stream.of(args).limit(args.length - 1L).map(Path::of).toList();
        Files.writeString(Path.of(args[args.length - 1]), render(derive(folders)));
    }
}
