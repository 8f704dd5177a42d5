package ru.egais.exchange.utm.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/** Questions the validator and the writer both ask of the JSON under a spec node. */
final class SpecValues {

    private SpecValues() {
    }

    /** Whether anything under the node has a value (an optional group is written only then). */
    static boolean hasAnyValue(SpecNode node, JsonNode context) {
        if (node instanceof Leaf leaf) {
            JsonNode v = context.path(leaf.json);
            return !v.isMissingNode() && !v.isNull();
        }
        if (node instanceof Group group) {
            JsonNode inner = group.json() == null ? context : context.path(group.json());
            return !inner.isMissingNode() && !inner.isNull()
                    && group.children().stream().anyMatch(c -> hasAnyValue(c, inner));
        }
        if (node instanceof Repeat repeat) {
            return context.path(repeat.json()).isArray() && !context.path(repeat.json()).isEmpty();
        }
        if (node instanceof TextList list) {
            return context.path(list.json()).isArray() && !context.path(list.json()).isEmpty();
        }
        return true; // a Switch always writes one of its cases
    }

    /** The case a Switch takes: named by its discriminator field, or (without one) the one the JSON fills. */
    static String switchCase(Switch choice, JsonNode context) {
        if (choice.discriminator() == null) {
            return choice.cases().entrySet().stream()
                    .filter(e -> e.getValue().children().stream().anyMatch(c -> hasAnyValue(c, context)))
                    .map(Map.Entry::getKey).findFirst().orElse(null);
        }
        JsonNode v = context.path(choice.discriminator());
        return v.isTextual() ? v.asText() : choice.defaultCase();
    }

    /** How many cases of a presence-chosen Switch the JSON fills. */
    static long filledCases(Switch choice, JsonNode context) {
        return choice.cases().values().stream()
                .filter(g -> g.children().stream().anyMatch(c -> hasAnyValue(c, context))).count();
    }

    /** The JSON fields of a case's leaves, to name in a message. */
    static List<String> leafFields(Group group) {
        return group.children().stream().filter(c -> c instanceof Leaf).map(c -> ((Leaf) c).json).toList();
    }
}
