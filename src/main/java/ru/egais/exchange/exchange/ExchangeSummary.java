package ru.egais.exchange.exchange;

import ru.egais.exchange.inbox.ReceiveSummary;
import ru.egais.exchange.outbox.SendSummary;

import java.util.List;

/**
 * What a whole exchange did for one organization: the send half and the receive half, and what a POS refreshes
 * from — the documents whose status changed and the incoming documents that arrived.
 */
public record ExchangeSummary(String fsrarId, SendSummary sent, ReceiveSummary received,
                              List<ExchangeChanges.DocumentChange> documentsChanged,
                              List<ExchangeChanges.IncomingArrival> incomingArrived) {

    public ExchangeSummary(String fsrarId, SendSummary sent, ReceiveSummary received) {
        this(fsrarId, sent, received, List.of(), List.of());
    }
}
