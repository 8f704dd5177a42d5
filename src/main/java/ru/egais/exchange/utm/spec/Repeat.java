package ru.egais.exchange.utm.spec;

import java.util.List;

/**
 * A repeated element from a JSON array of objects (positions), optionally inside a container element
 * ({@code containerXml}, e.g. Content).
 */
public record Repeat(String prefix, String containerXml, String xml, String json, int min, List<SpecNode> children,
                     List<String> uniqueJsonFields) implements SpecNode {
}
