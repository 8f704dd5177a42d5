package ru.egais.exchange.relay;

import ru.egais.exchange.document.DocumentStatus;

import java.time.Instant;

/**
 * One change carried by an exchange message. Each names its object (a document, an incoming document, a request
 * by its externalId) and carries the object's whole current state, so applying it twice has one effect.
 */
public sealed interface RelayChange {

    /** Head office to store: prepare this EGAIS document for transmission (idempotent by externalId). */
    record Transmit(String externalId, String fsrarId, String docType, String xml) implements RelayChange {
    }

    /** Store to head office: the store could not prepare a requested document, and why. */
    record Refusal(String externalId, String fsrarId, String docType, String reason) implements RelayChange {
    }

    /** Store to head office: an outgoing document of the store as it stands now. */
    record DocumentState(String id, String externalId, String fsrarId, String docType, DocumentStatus status,
                         String replyId, String lastError, Instant createdAt, Instant updatedAt)
            implements RelayChange {
    }

    /** Store to head office: a document the store loaded from its UTM, with its raw XML. */
    record IncomingState(String id, String fsrarId, String docType, String replyId, String status,
                         Instant receivedAt, String xml) implements RelayChange {
    }
}
