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
    INCOMING_DELETED_FROM_UTM
}
