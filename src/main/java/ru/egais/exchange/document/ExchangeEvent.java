package ru.egais.exchange.document;

/** What happened in one step of a document's exchange. */
public enum ExchangeEvent {
    PREPARED,
    SEND_ATTEMPT,
    SENT,
    UTM_UNREACHABLE,
    UTM_ERROR,
    TICKET_RESULT,
    TICKET_OPERATION,
    REPLY_RECEIVED,
    CANCELLED,
    LAST_OPERATION_CANCELLED,
    RESUBMITTED,
    REPEAL_REQUESTED,
    REPEAL_ANSWERED,
    STATUS_RESTORED,
    INCOMING_STORED,
    INCOMING_PROCESSED,
    INCOMING_DELETED_FROM_UTM,
    /** An in-doubt transmission was settled from UTM's /opt/in or by the operator (found, absent, posted again). */
    IN_DOUBT_SETTLED,
    /** An in-doubt transmission that cannot be proven either way is held for the operator, with the reason. */
    IN_DOUBT_HELD
}
