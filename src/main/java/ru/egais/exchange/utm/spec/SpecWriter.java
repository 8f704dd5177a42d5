package ru.egais.exchange.utm.spec;

import com.fasterxml.jackson.databind.JsonNode;
import ru.egais.exchange.utm.xml.DocumentEnvelopeWriter;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.util.List;

/** Writes the EGAIS XML of a JSON document that {@link SpecValidator} found valid. */
public final class SpecWriter {

    private final DocumentSpec spec;

    private SpecWriter(DocumentSpec spec) {
        this.spec = spec;
    }

    public static String write(String fsrarId, DocumentSpec spec, JsonNode document) {
        SpecWriter writer = new SpecWriter(spec);
        return DocumentEnvelopeWriter.write(fsrarId, spec.type().element(), spec.namespaces(),
                w -> writer.nodes(w, spec.content(), document));
    }

    private void nodes(XMLStreamWriter w, List<SpecNode> nodes, JsonNode context) throws XMLStreamException {
        for (SpecNode node : nodes) {
            node(w, node, context);
        }
    }

    private void node(XMLStreamWriter w, SpecNode node, JsonNode context) throws XMLStreamException {
        if (node instanceof Leaf leaf) {
            JsonNode value = context.path(leaf.json);
            String raw = value.isMissingNode() || value.isNull() ? leaf.defaultValue : value.asText();
            if (raw != null) {
                String[] problem = new String[1];
                String text = leaf.type.normalize(raw, problem);
                DocumentEnvelopeWriter.element(w, leaf.prefix, ns(leaf.prefix), leaf.xml, text == null ? raw : text);
            }
        } else if (node instanceof Group group) {
            if (group.required() || SpecValues.hasAnyValue(group, context)) {
                JsonNode inner = group.json() == null ? context : context.path(group.json());
                w.writeStartElement(group.prefix(), group.xml(), ns(group.prefix()));
                nodes(w, group.children(), inner);
                w.writeEndElement();
            }
        } else if (node instanceof Repeat repeat) {
            JsonNode items = context.path(repeat.json());
            if (repeat.containerXml() != null) {
                w.writeStartElement(repeat.prefix(), repeat.containerXml(), ns(repeat.prefix()));
            }
            if (items.isArray()) {
                for (JsonNode item : items) {
                    w.writeStartElement(repeat.prefix(), repeat.xml(), ns(repeat.prefix()));
                    nodes(w, repeat.children(), item);
                    w.writeEndElement();
                }
            }
            if (repeat.containerXml() != null) {
                w.writeEndElement();
            }
        } else if (node instanceof TextList list) {
            JsonNode values = context.path(list.json());
            if (values.isArray() && !values.isEmpty()) {
                for (String[] container : list.path()) {
                    w.writeStartElement(container[0], container[1], ns(container[0]));
                }
                for (JsonNode v : values) {
                    DocumentEnvelopeWriter.element(w, list.prefix(), ns(list.prefix()), list.xml(), v.asText());
                }
                for (int i = 0; i < list.path().size(); i++) {
                    w.writeEndElement();
                }
            }
        } else if (node instanceof Switch choice) {
            Group chosen = choice.cases().get(SpecValues.switchCase(choice, context));
            if (chosen.xml() == null) {
                nodes(w, chosen.children(), context); // a choice of plain elements (Specs.oneElement)
                return;
            }
            w.writeStartElement(chosen.prefix(), chosen.xml(), ns(chosen.prefix()));
            nodes(w, chosen.children(), context);
            w.writeEndElement();
        }
    }

    private String ns(String prefix) {
        if (prefix.isEmpty()) {
            return ""; // an unqualified element (EGCommonEnum.xsd has no elementFormDefault)
        }
        String uri = spec.namespaces().get(prefix);
        if (uri == null) {
            throw new IllegalStateException("prefix " + prefix + " is not declared by the spec of " + spec.type().apiName());
        }
        return uri;
    }
}
