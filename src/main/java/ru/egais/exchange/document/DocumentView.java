package ru.egais.exchange.document;

import java.time.Instant;
import java.util.List;

/**
 * An outgoing document as the API shows it: where it stands, its replyId, the tickets received, the last error;
 * {@code overdue}: sent, and EGAIS has not answered for longer than the configured limit; {@code conflict}: EGAIS
 * accepted it after it was cancelled as unanswered (null when none); {@code consignee}: the other side's act on a
 * waybill we shipped.
 */
public record DocumentView(String id, String externalId, String fsrarId, String type, String docType, String utmPath,
                           DocumentStatus status, boolean overdue, String replyId, String lastError, Instant createdAt,
                           Instant updatedAt, QueueView queue, List<TicketView> tickets, String conflict,
                           ConsigneeView consignee) {

    /**
     * For a waybill we shipped: the consignee's act (WayBillAct_v4) — {@code isAccept} Accepted, Rejected or
     * Differences, with the positions it counted (null until one arrives); for Differences, our WayBillTicket
     * answering it ({@code answerDocumentId}, its {@code answerStatus}, {@code answerConfirm} Accepted / Rejected).
     */
    public record ConsigneeView(String isAccept, String actNumber, String actDate, String wbRegId, String note,
                                List<Object> positions, String incomingId, Instant receivedAt,
                                String answerDocumentId, String answerStatus, String answerConfirm) {
    }

    /**
     * The document's latest transmission in the send queue; {@code inDoubt}: a POST may have reached UTM unanswered
     * (state PENDING: the next pass over /opt/in settles it; state IN_DOUBT: held for the operator, reason in
     * {@code lastError}).
     */
    public record QueueView(String state, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError,
                            boolean inDoubt) {
    }

    /** One ticket received for the document. */
    public record TicketView(String kind, String conclusion, String operationName, String comment, String regId,
                             String docType, String ticketDate, Instant receivedAt, String incomingId) {
    }
}
