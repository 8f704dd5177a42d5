package ru.egais.exchange.utm.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks a JSON document against a spec and names every field at fault by its JSON path. */
public final class SpecValidator {

    /** One field at fault. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems = new ArrayList<>();

    private SpecValidator() {
    }

    public static List<Problem> validate(DocumentSpec spec, JsonNode document) {
        SpecValidator v = new SpecValidator();
        v.nodes(spec.content(), document, "");
        return v.problems;
    }

    private void nodes(List<SpecNode> nodes, JsonNode context, String path) {
        for (SpecNode node : nodes) {
            node(node, context, path);
        }
    }

    private void node(SpecNode node, JsonNode context, String path) {
        if (node instanceof Leaf leaf) {
            leaf(leaf, context, path);
        } else if (node instanceof Group group) {
            group(group, context, path);
        } else if (node instanceof Repeat repeat) {
            repeat(repeat, context, path);
        } else if (node instanceof TextList list) {
            textList(list, context, path);
        } else if (node instanceof Switch choice && choice.discriminator() == null) {
            if (SpecValues.filledCases(choice, context) != 1) {
                List<String> fields = choice.cases().values().stream().flatMap(g -> SpecValues.leafFields(g).stream()).toList();
                fail(path + String.join("|", fields), "exactly one of " + String.join(", ", fields) + " is required");
            } else {
                Group chosen = choice.cases().get(SpecValues.switchCase(choice, context));
                nodes(chosen.children(), context, path);
            }
        } else if (node instanceof Switch choice) {
            String which = SpecValues.switchCase(choice, context);
            Group chosen = choice.cases().get(which);
            if (chosen == null) {
                fail(path + choice.discriminator(), "must be one of " + String.join(", ", choice.cases().keySet()));
            } else {
                nodes(chosen.children(), context, path);
            }
        }
    }

    private void group(Group group, JsonNode context, String path) {
        JsonNode inner = group.json() == null ? context : context.path(group.json());
        String innerPath = group.json() == null ? path : path + group.json() + ".";
        if (group.json() != null && (inner.isMissingNode() || inner.isNull())) {
            if (group.required()) {
                fail(path + group.json(), "is required");
            }
            return;
        }
        if (group.json() != null && !inner.isObject()) {
            fail(path + group.json(), "must be an object");
            return;
        }
        if (group.required() || SpecValues.hasAnyValue(group, context)) {
            nodes(group.children(), inner, innerPath);
        }
    }

    private void textList(TextList list, JsonNode context, String path) {
        JsonNode values = context.path(list.json());
        if (values.isMissingNode() || values.isNull()) {
            return;
        }
        if (!values.isArray()) {
            fail(path + list.json(), "must be an array of strings");
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            if (!v.isTextual() || (list.pattern() != null && !list.pattern().matcher(v.asText()).matches())) {
                fail(path + list.json() + "[" + i + "]", list.rule());
            }
        }
    }

    private void repeat(Repeat repeat, JsonNode context, String path) {
        JsonNode items = context.path(repeat.json());
        if (items.isMissingNode() || items.isNull()) {
            if (repeat.min() > 0) {
                fail(path + repeat.json(), "are required (at least " + repeat.min() + ")");
            }
            return;
        }
        if (!items.isArray()) {
            fail(path + repeat.json(), "must be an array");
            return;
        }
        if (items.size() < repeat.min()) {
            fail(path + repeat.json(), "must have at least " + repeat.min());
        }
        List<Set<String>> seen = new ArrayList<>();
        repeat.uniqueJsonFields().forEach(f -> seen.add(new HashSet<>()));
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String itemPath = path + repeat.json() + "[" + i + "].";
            if (!item.isObject()) {
                fail(path + repeat.json() + "[" + i + "]", "must be an object");
                continue;
            }
            nodes(repeat.children(), item, itemPath);
            for (int u = 0; u < repeat.uniqueJsonFields().size(); u++) {
                String field = repeat.uniqueJsonFields().get(u);
                JsonNode value = item.path(field);
                if (value.isValueNode() && !seen.get(u).add(value.asText())) {
                    fail(itemPath + field, "repeats another position's " + field);
                }
            }
        }
    }

    private void leaf(Leaf leaf, JsonNode context, String path) {
        String field = path + leaf.json;
        JsonNode value = context.path(leaf.json);
        if (value.isMissingNode() || value.isNull()) {
            if (leaf.required && leaf.defaultValue == null) {
                fail(field, "is required");
            }
            return;
        }
        if (!value.isValueNode()) {
            fail(field, "must be a single value");
            return;
        }
        String raw = value.asText();
        if (leaf.type == ValueType.TEXT && (raw.isBlank() || !raw.equals(raw.strip()))) {
            fail(field, raw.isBlank() ? "must not be empty" : "must not start or end with spaces");
            return;
        }
        String[] problem = new String[1];
        String normalized = leaf.type.normalize(raw, problem);
        if (normalized == null) {
            fail(field, problem[0]);
            return;
        }
        if (normalized.length() > leaf.maxLength) {
            fail(field, "must be at most " + leaf.maxLength + " characters");
        } else if (leaf.allowed != null && !leaf.allowed.contains(normalized)) {
            fail(field, "must be one of: " + String.join(", ", leaf.allowed));
        } else if (leaf.pattern != null && !leaf.pattern.matcher(normalized).matches()) {
            fail(field, leaf.patternRule);
        }
    }

    private void fail(String field, String message) {
        problems.add(new Problem(field, message));
    }
}
