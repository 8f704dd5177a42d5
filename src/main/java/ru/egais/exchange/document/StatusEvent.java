package ru.egais.exchange.document;

/** Something that may move a document's status; recorded in the exchange log with the step it came with. */
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
    /** The shop withdrew its transmission before UTM had it. */
    CANCEL,
    /** After an error or a rejection, the shop cancelled the last operation to correct the document. */
    CANCEL_LAST_OPERATION,
    /** EGAIS never answered a sent document (overdue): the shop put it back for correction, at its own risk. */
    CANCEL_UNANSWERED,
    /** A cancelled document was (corrected and) submitted again. */
    RESUBMIT,
    /** We sent a RequestRepealWB for it. */
    REPEAL_REQUESTED,
    /** The other side confirmed our repeal request (ConfirmRepealWB Accepted). */
    REPEAL_CONFIRMED,
    /** The other side refused our repeal request (ConfirmRepealWB Rejected). */
    REPEAL_REFUSED
}
