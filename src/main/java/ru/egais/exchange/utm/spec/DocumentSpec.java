package ru.egais.exchange.utm.spec;

import ru.egais.exchange.egais.OutgoingDocumentType;
import ru.egais.exchange.egais.OutgoingDocumentTypes;

import java.util.List;
import java.util.Map;

/**
 * How one EGAIS document type is built from JSON: the element under {@code ns:Document}, where UTM takes it,
 * the namespaces its content uses (prefix → URI, declared once on the envelope), and its content.
 */
public record DocumentSpec(OutgoingDocumentType type, Map<String, String> namespaces, List<SpecNode> content) {

    /** The spec of a type registered in {@link OutgoingDocumentTypes} (which names its element and UTM service). */
    public static DocumentSpec of(String apiName, Map<String, String> namespaces, SpecNode... content) {
        OutgoingDocumentType type = OutgoingDocumentTypes.byApiName(apiName)
                .orElseThrow(() -> new IllegalStateException(apiName + " is not a registered outgoing type"));
        return new DocumentSpec(type, namespaces, List.of(content));
    }
}
