package ru.egais.exchange.document;

import ru.egais.exchange.egais.DocumentKind;

import java.util.Optional;

import static ru.egais.exchange.document.DocumentStatus.ACCEPTED;
import static ru.egais.exchange.document.DocumentStatus.CANCELLED;
import static ru.egais.exchange.document.DocumentStatus.QUEUED;
import static ru.egais.exchange.document.DocumentStatus.REJECTED;
import static ru.egais.exchange.document.DocumentStatus.SENT;

/**
 * Every legal status change of an outgoing document, in one place. A pure function, so the same rules serve the
 * live exchange and any recomputation from the exchange log.
 *
 * <p>Acts and waybills are answered by tickets: a ticket with only {@code Result} is UTM/EGAIS's format check and
 * an intermediate step (unless it rejects); the {@code OperationResult} ticket is the answer. Queries are answered
 * by their reply document; a ticket can still reject them.
 */
public final class DocumentStatusMachine {

    private DocumentStatusMachine() {
    }

    /** The status after the event, or empty when the event is not legal in the current status. */
    public static Optional<DocumentStatus> next(DocumentKind kind, DocumentStatus current, StatusEvent event) {
        return Optional.ofNullable(switch (current) {
            case QUEUED -> switch (event) {
                case UTM_TOOK -> SENT;
                case UTM_REFUSED -> REJECTED;
                case CANCEL -> CANCELLED;
                default -> null;
            };
            case SENT -> switch (event) {
                case FORMAT_ACCEPTED -> SENT;
                case FORMAT_REJECTED, OPERATION_REJECTED -> REJECTED;
                // For a query an accepting operation ticket is not the answer: the reply is.
                case OPERATION_ACCEPTED -> kind == DocumentKind.ACT ? ACCEPTED : SENT;
                case REPLY_ARRIVED -> kind == DocumentKind.QUERY ? ACCEPTED : null;
                default -> null;
            };
            case ACCEPTED, REJECTED, CANCELLED -> null;
        });
    }
}
