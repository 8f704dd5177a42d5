package ru.egais.exchange.document;

/** Something that may move a document's status. */
public enum StatusEvent {
    /** UTM took the POST and gave a replyId. */
    UTM_TOOK,
    /** UTM answered {@code <error>}. */
    UTM_REFUSED,
    /** A ticket's Result (format check) accepted it. */
    FORMAT_ACCEPTED,
    /** A ticket's Result (format check) rejected it. */
    FORMAT_REJECTED,
    /** A ticket's OperationResult accepted it. */
    OPERATION_ACCEPTED,
    /** A ticket's OperationResult rejected it. */
    OPERATION_REJECTED,
    /** The reply document to a query arrived. */
    REPLY_ARRIVED,
    /** An operator or the shop's system took it out of the queue. */
    CANCEL
}
