package ru.egais.exchange.utm.spec;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A repeated text element from a JSON array of strings (excise marks), inside the nested containers
 * {@code path} (e.g. MarkInfo/boxpos/amclist), each with its own prefix. Nothing is written for an empty array.
 */
public record TextList(String prefix, String xml, String json, List<String[]> path, Pattern pattern, String rule)
        implements SpecNode {
}
