package ru.egais.exchange.document;

import ru.egais.exchange.egais.DocumentKind;

import java.util.Optional;

import static ru.egais.exchange.document.DocumentStatus.ACCEPTED;
import static ru.egais.exchange.document.DocumentStatus.CANCELLED;
import static ru.egais.exchange.document.DocumentStatus.QUEUED;
import static ru.egais.exchange.document.DocumentStatus.REJECTED;
import static ru.egais.exchange.document.DocumentStatus.REPEALED;
import static ru.egais.exchange.document.DocumentStatus.REPEAL_REQUESTED;
import static ru.egais.exchange.document.DocumentStatus.SENT;

/**
 * Every legal status change of an outgoing document, in one place. A pure function, so the same rules serve the
 * live exchange and the recomputation from the exchange log ({@link StatusHistory}).
 *
 * <p>Acts and waybills (kind ACT): queued → sent → accepted / rejected, then repeal requested → repealed / repeal
 * refused. A ticket with only {@code Result} is the format check, an intermediate step unless it rejects; the
 * {@code OperationResult} ticket is the answer. Queries: queued → sent → answered (ACCEPTED) when their reply
 * arrives; a ticket can still reject them. A rejected or unsent document can be cancelled, corrected and resubmitted.
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
                case CANCEL, CANCEL_LAST_OPERATION -> CANCELLED;
                default -> null;
            };
            case SENT -> switch (event) {
                case FORMAT_ACCEPTED -> SENT;
                case FORMAT_REJECTED, OPERATION_REJECTED -> REJECTED;
                // For a query an accepting operation ticket is not the answer: the reply is.
                case OPERATION_ACCEPTED -> kind == DocumentKind.ACT ? ACCEPTED : SENT;
                case REPLY_ARRIVED -> kind == DocumentKind.QUERY ? ACCEPTED : null;
                // Only when overdue (checked by the caller): a late ticket is then recorded as a conflict.
                case CANCEL_UNANSWERED -> CANCELLED;
                default -> null;
            };
            case ACCEPTED -> event == StatusEvent.REPEAL_REQUESTED && kind == DocumentKind.ACT ? REPEAL_REQUESTED : null;
            case REJECTED -> event == StatusEvent.CANCEL_LAST_OPERATION ? CANCELLED : null;
            case CANCELLED -> event == StatusEvent.RESUBMIT ? QUEUED : null;
            case REPEAL_REQUESTED -> switch (event) {
                case REPEAL_CONFIRMED -> REPEALED;
                case REPEAL_REFUSED -> DocumentStatus.REPEAL_REFUSED;
                default -> null;
            };
            case REPEAL_REFUSED -> event == StatusEvent.REPEAL_REQUESTED ? REPEAL_REQUESTED : null;
            case REPEALED -> null;
        });
    }

    /** Why an event is not legal now, in words for an operator. */
    public static String whyNot(DocumentStatus current, StatusEvent event) {
        return whyNot(null, current, event);
    }

    /** Why an event is not legal now for a document of this type, naming its own way out where it has one. */
    public static String whyNot(String docType, DocumentStatus current, StatusEvent event) {
        return switch (event) {
            case CANCEL -> current == SENT || current == ACCEPTED || current == REJECTED
                    ? "UTM already has it (status " + current + "); cancel transmission is possible only before it is sent"
                    : "it is " + current + ", not waiting in the queue";
            case CANCEL_LAST_OPERATION -> current == ACCEPTED
                    ? WayOut.ofAccepted(docType)
                    : current == SENT
                    ? "EGAIS has not answered it yet; it can be cancelled once it is overdue (unanswered past the limit)"
                    : "its last operation did not fail (status " + current + "); nothing to cancel";
            case RESUBMIT -> "only a cancelled document can be submitted again (status " + current + ")";
            default -> event + " does not apply in status " + current;
        };
    }
}
