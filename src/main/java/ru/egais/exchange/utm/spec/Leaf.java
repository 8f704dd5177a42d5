package ru.egais.exchange.utm.spec;

import java.util.List;
import java.util.regex.Pattern;

/** A text element filled from one JSON field. */
public final class Leaf implements SpecNode {

    final String prefix;
    final String xml;
    final String json;
    final ValueType type;
    boolean required;
    int maxLength = Integer.MAX_VALUE;
    List<String> allowed;
    Pattern pattern;
    String patternRule;
    String defaultValue;

    Leaf(String prefix, String xml, String json, ValueType type) {
        this.prefix = prefix;
        this.xml = xml;
        this.json = json;
        this.type = type;
    }

    public Leaf required() {
        this.required = true;
        return this;
    }

    public Leaf max(int length) {
        this.maxLength = length;
        return this;
    }

    public Leaf oneOf(String... values) {
        this.allowed = List.of(values);
        return this;
    }

    public Leaf pattern(String regex, String rule) {
        this.pattern = Pattern.compile(regex);
        this.patternRule = rule;
        return this;
    }

    /** Written when the JSON leaves the field out (e.g. a fixed value the schema requires). */
    public Leaf orElse(String value) {
        this.defaultValue = value;
        return this;
    }

    @Override
    public String prefix() {
        return prefix;
    }

    @Override
    public String xml() {
        return xml;
    }
}
