package ru.egais.exchange.exchange;

import ru.egais.exchange.inbox.ReceiveSummary;
import ru.egais.exchange.outbox.SendSummary;

/** What a whole exchange did for one organization: the send half and the receive half. */
public record ExchangeSummary(String fsrarId, SendSummary sent, ReceiveSummary received) {
}
