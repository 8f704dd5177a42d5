package ru.egais.exchange.inbox;

import ru.egais.exchange.egais.NoAnswerWaybill;

import java.util.List;

/**
 * What the inbox tells the recovery of lost waybills (implemented by the waybill capability, which sits above the
 * inbox): the unanswered waybills EGAIS listed, and when a pass over stored documents is over.
 */
public interface WaybillRecoveryHandler {

    /** A ReplyNoAnswerTTN's waybills, in its processing transaction. */
    void recordUnanswered(String fsrarId, List<NoAnswerWaybill> unanswered);

    /** After a pass over the stored documents, outside its transactions: asks again for what is still missing. */
    int requestResends(String fsrarId);
}
