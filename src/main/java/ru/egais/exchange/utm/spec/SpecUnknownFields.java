package ru.egais.exchange.utm.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Finds the JSON fields a spec does not declare. A misspelt optional field ({@code realQuantty}) would otherwise be
 * dropped in silence and a different act sent with legal weight; so every field must be one the spec knows.
 */
public final class SpecUnknownFields {

    private final List<SpecValidator.Problem> problems = new ArrayList<>();

    private SpecUnknownFields() {
    }

    /** The unknown fields of the document; {@code envelope} names the top-level fields that are not the spec's. */
    public static List<SpecValidator.Problem> find(DocumentSpec spec, JsonNode document, Set<String> envelope) {
        SpecUnknownFields finder = new SpecUnknownFields();
        finder.object(spec.content(), document, "", envelope);
        return finder.problems;
    }

    private void object(List<SpecNode> nodes, JsonNode object, String path, Set<String> alsoKnown) {
        if (!object.isObject()) {
            return; // the validator says what is wrong with a non-object
        }
        Set<String> known = new HashSet<>(alsoKnown);
        collectNames(nodes, known);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(new SpecValidator.Problem(path + name, "is not a field of this document"));
            }
        }
        descend(nodes, object, path);
    }

    /** The names one JSON object holds: a group without its own JSON name spreads its children into its parent. */
    private static void collectNames(List<SpecNode> nodes, Set<String> known) {
        for (SpecNode node : nodes) {
            if (node instanceof Leaf leaf && leaf.json != null) {
                known.add(leaf.json);
            } else if (node instanceof TextList list) {
                known.add(list.json());
            } else if (node instanceof Repeat repeat) {
                known.add(repeat.json());
            } else if (node instanceof Group group) {
                if (group.json() != null) {
                    known.add(group.json());
                } else {
                    collectNames(group.children(), known);
                }
            } else if (node instanceof Switch choice) {
                if (choice.discriminator() != null) {
                    known.add(choice.discriminator());
                }
                choice.cases().values().forEach(g -> collectNames(List.of(g), known));
            }
        }
    }

    private void descend(List<SpecNode> nodes, JsonNode object, String path) {
        for (SpecNode node : nodes) {
            if (node instanceof Group group) {
                if (group.json() == null) {
                    descend(group.children(), object, path);
                } else if (object.path(group.json()).isObject()) {
                    object(group.children(), object.get(group.json()), path + group.json() + ".", Set.of());
                }
            } else if (node instanceof Repeat repeat && object.path(repeat.json()).isArray()) {
                JsonNode items = object.get(repeat.json());
                for (int i = 0; i < items.size(); i++) {
                    object(repeat.children(), items.get(i), path + repeat.json() + "[" + i + "].", Set.of());
                }
            } else if (node instanceof Switch choice) {
                choice.cases().values().forEach(g -> descend(List.of(g), object, path));
            }
        }
    }
}
