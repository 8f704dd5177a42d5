package ru.egais.exchange.utm.spec;

import java.util.Map;

/**
 * An xs:choice picked by a JSON field ({@code discriminator}, e.g. an organization's "type": UL / FL); each
 * alternative is a group named after it.
 */
public record Switch(String prefix, String xml, String discriminator, String defaultCase, Map<String, Group> cases)
        implements SpecNode {
}
