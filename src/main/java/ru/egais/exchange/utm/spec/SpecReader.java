package ru.egais.exchange.utm.spec;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ru.egais.exchange.utm.xml.SecureXml;
import ru.egais.exchange.utm.xml.StaxCursor;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a document of a spec'd type back into the JSON shape the API takes, matching elements by local name
 * (any prefix). Used to check that what we send says what the shop asked for; documents here are small.
 */
public final class SpecReader {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** A read element: name, text, children in order. */
    private record El(String name, StringBuilder text, List<El> children) {
        El child(String local) {
            return children.stream().filter(c -> c.name.equals(local)).findFirst().orElse(null);
        }

        List<El> all(String local) {
            return children.stream().filter(c -> c.name.equals(local)).toList();
        }
    }

    private SpecReader() {
    }

    public static ObjectNode read(DocumentSpec spec, String xml) throws XMLStreamException {
        El root = parse(xml);
        El document = root.child("Document");
        El content = document == null ? null : document.child(spec.type().element());
        if (content == null) {
            throw new XMLStreamException("no " + spec.type().element() + " under Document");
        }
        ObjectNode out = JSON.objectNode();
        nodes(spec.content(), content, out);
        return out;
    }

    private static void nodes(List<SpecNode> nodes, El element, ObjectNode out) {
        for (SpecNode node : nodes) {
            node(node, element, out);
        }
    }

    private static void node(SpecNode node, El element, ObjectNode out) {
        if (node instanceof Leaf leaf) {
            El child = element.child(leaf.xml);
            if (child != null) {
                String text = child.text.toString().strip();
                switch (leaf.type) {
                    case DECIMAL, POSITIVE_DECIMAL -> out.put(leaf.json, new java.math.BigDecimal(text));
                    default -> out.put(leaf.json, text);
                }
            }
        } else if (node instanceof Group group) {
            El child = element.child(group.xml());
            if (child != null) {
                ObjectNode target = group.json() == null ? out : out.putObject(group.json());
                nodes(group.children(), child, target);
            }
        } else if (node instanceof Repeat repeat) {
            El container = repeat.containerXml() == null ? element : element.child(repeat.containerXml());
            if (container != null && !container.all(repeat.xml()).isEmpty()) {
                ArrayNode items = out.putArray(repeat.json());
                for (El item : container.all(repeat.xml())) {
                    ObjectNode o = items.addObject();
                    nodes(repeat.children(), item, o);
                }
            }
        } else if (node instanceof TextList list) {
            El at = element;
            for (String[] container : list.path()) {
                at = at == null ? null : at.child(container[1]);
            }
            if (at != null) {
                ArrayNode values = out.putArray(list.json());
                at.all(list.xml()).forEach(e -> values.add(e.text.toString().strip()));
            }
        } else if (node instanceof Switch choice) {
            choice.cases().forEach((name, group) -> {
                if (group.xml() == null) {
                    nodes(group.children(), element, out); // a choice of plain elements: each reads only if present
                    return;
                }
                El child = element.child(group.xml());
                if (child != null) {
                    if (choice.discriminator() != null) {
                        out.put(choice.discriminator(), name);
                    }
                    nodes(group.children(), child, out);
                }
            });
        }
    }

    private static El parse(String xml) throws XMLStreamException {
        XMLStreamReader r = SecureXml.reader(xml);
        try {
            StaxCursor.toRoot(r);
            El root = new El(r.getLocalName(), new StringBuilder(), new ArrayList<>());
            List<El> stack = new ArrayList<>(List.of(root));
            while (r.hasNext()) {
                int e = r.next();
                if (e == XMLStreamReader.START_ELEMENT) {
                    El child = new El(r.getLocalName(), new StringBuilder(), new ArrayList<>());
                    stack.get(stack.size() - 1).children.add(child);
                    stack.add(child);
                } else if (e == XMLStreamReader.CHARACTERS) {
                    stack.get(stack.size() - 1).text.append(r.getText());
                } else if (e == XMLStreamReader.END_ELEMENT) {
                    stack.remove(stack.size() - 1);
                }
            }
            return root;
        } finally {
            StaxCursor.closeQuietly(r);
        }
    }
}
