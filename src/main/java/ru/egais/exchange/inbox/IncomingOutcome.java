package ru.egais.exchange.inbox;

import java.time.Instant;

/**
 * What an operation on a list of incoming documents did to one of them: where it stands now, and {@code error}
 * when this one could not be done (the others were).
 */
@io.quarkus.runtime.annotations.RegisterForReflection
public record IncomingOutcome(String id, String fsrarId, String docType, IncomingStatus status, String documentId,
                              Instant processedAt, Instant deletedFromUtmAt, String error) {

    static IncomingOutcome of(IncomingView v, String error) {
        return new IncomingOutcome(v.id(), v.fsrarId(), v.docType(), v.status(), v.documentId(), v.processedAt(),
                v.deletedFromUtmAt(), error);
    }
}
