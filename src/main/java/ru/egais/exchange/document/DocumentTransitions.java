package ru.egais.exchange.document;

import java.time.Instant;
import java.util.Optional;

/**
 * Applies a status event to a document and records it in the exchange log: the only way a status changes, so
 * the log always holds what {@link StatusHistory} needs. An event the machine refuses changes nothing; it is
 * still logged (a late ticket is part of the history), unless the caller refuses it outright.
 */
public final class DocumentTransitions {

    /** Where the steps go: the exchange log in the service, a list in tests. */
    public interface Log {
        void append(Document document, ExchangeEvent event, StatusEvent statusEvent, String detail);
    }

    private DocumentTransitions() {
    }

    /** Applies the event if legal; returns whether the status changed. Always logs. */
    public static boolean apply(Document document, StatusEvent event, ExchangeEvent logged, String detail, Instant now,
                                Log log) {
        DocumentStatus before = document.status;
        Optional<DocumentStatus> next = DocumentStatusMachine.next(document.kind(), before, event);
        next.ifPresent(status -> {
            document.status = status;
            document.updatedAt = now;
        });
        log.append(document, logged, event, next.isPresent() ? detail
                : detail + " (status " + before + " kept: " + event + " does not apply)");
        return next.isPresent() && next.get() != before;
    }

    /** Applies an event an operator asked for: refused with the reason (nothing changed, nothing logged) if illegal. */
    public static void require(Document document, StatusEvent event, ExchangeEvent logged, String detail, Instant now,
                               Log log) {
        if (DocumentStatusMachine.next(document.kind(), document.status, event).isEmpty()) {
            throw new IllegalTransition(document.id, DocumentStatusMachine.whyNot(document.docType, document.status, event));
        }
        apply(document, event, logged, detail, now, log);
    }
}
