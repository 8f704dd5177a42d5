package ru.egais.exchange.utm.spec;

import java.util.List;

/**
 * A container element. Its children read the same JSON object unless {@code json} names a nested object.
 * Written when the group is required or any child has a value.
 */
public record Group(String prefix, String xml, String json, boolean required, List<SpecNode> children)
        implements SpecNode {
}
