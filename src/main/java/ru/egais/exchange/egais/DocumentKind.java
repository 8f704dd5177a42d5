package ru.egais.exchange.egais;

/**
 * How EGAIS answers a document we send: a query is answered by a reply document (ReplyRests_v2, ReplyClient_v2…),
 * an act or waybill by tickets, where the ticket with {@code OperationResult} carries the business outcome.
 */
public enum DocumentKind {
    QUERY,
    ACT
}
