package ru.egais.exchange.document;

import ru.egais.exchange.egais.DocumentKind;

import java.util.List;

/**
 * A document's status recomputed from its exchange log alone: every logged status event replayed through the
 * status machine from QUEUED (documents are born queued), ignoring the ones the machine refuses, exactly as the
 * live exchange did. The stored status must always equal this.
 */
public final class StatusHistory {

    private StatusHistory() {
    }

    public static DocumentStatus replay(DocumentKind kind, List<StatusEvent> logged) {
        DocumentStatus status = DocumentStatus.QUEUED;
        for (StatusEvent event : logged) {
            status = DocumentStatusMachine.next(kind, status, event).orElse(status);
        }
        return status;
    }
}
