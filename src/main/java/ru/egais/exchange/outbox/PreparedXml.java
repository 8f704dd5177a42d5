package ru.egais.exchange.outbox;

import ru.egais.exchange.egais.OutgoingDocumentType;

/** A document ready to queue: its type and the XML to post. */
public record PreparedXml(OutgoingDocumentType type, String xml) {
}
