package ru.egais.exchange.relay;

import java.time.Instant;

/** Head office: a document a remote node loaded from its UTM, without its XML (…/incoming/{id}/xml has it). */
public record RemoteIncomingView(String id, String remoteId, String fsrarId, String docType, String replyId,
                                 String status, Instant receivedAt, Instant updatedAt) {

    static RemoteIncomingView of(RemoteIncoming i) {
        return new RemoteIncomingView(i.id, i.remoteId, i.fsrarId, i.docType, i.replyId, i.status, i.receivedAt,
                i.updatedAt);
    }
}
