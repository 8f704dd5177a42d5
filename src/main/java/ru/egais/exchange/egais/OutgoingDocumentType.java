package ru.egais.exchange.egais;

/**
 * A document type the service sends: the name used in our API, the element under {@code ns:Document},
 * the UTM service name ({@code POST /opt/in/{utmPath}}) and how EGAIS answers it.
 */
public record OutgoingDocumentType(String apiName, String element, String utmPath, DocumentKind kind) {
}
