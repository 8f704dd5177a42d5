package ru.egais.exchange.inbox;

import java.time.Instant;

/** An incoming document as the API lists it (without its body). */
public record IncomingView(String id, String fsrarId, String utmUrl, String replyId, String docType,
                           IncomingStatus status, String documentId, String error, long contentLength,
                           Instant receivedAt, Instant processedAt, Instant deletedFromUtmAt,
                           Instant bodyRemovedAt) {

    static IncomingView of(IncomingDocument d) {
        return new IncomingView(d.id, d.fsrarId, d.utmUrl, d.replyId, d.docType, d.status, d.documentId, d.error,
                d.contentLength, d.receivedAt, d.processedAt, d.deletedFromUtmAt, d.bodyRemovedAt);
    }
}
