package ru.egais.exchange.outbox;

import ru.egais.exchange.utm.UtmAck;

/** What became of one claimed message in a pass over the queue, recorded with the others in one transaction. */
record SendResult(String messageId, int attempt, UtmAck ack, String foundReplyId, String error,
                  boolean mayHaveArrived, boolean posted) {

    static SendResult answered(OutboxTransactions.Claimed c, UtmAck ack) {
        return new SendResult(c.messageId(), c.attempt(), ack, null, null, false, true);
    }

    static SendResult foundInUtm(OutboxTransactions.Claimed c, String replyId) {
        return new SendResult(c.messageId(), c.attempt(), null, replyId, null, false, true);
    }

    static SendResult unreachable(OutboxTransactions.Claimed c, String error, boolean mayHaveArrived) {
        return new SendResult(c.messageId(), c.attempt(), null, null, error, mayHaveArrived, true);
    }

    /** Claimed but not posted: the pass stopped at an unreachable UTM before its turn. */
    static SendResult notPosted(OutboxTransactions.Claimed c) {
        return new SendResult(c.messageId(), c.attempt(), null, null, null, false, false);
    }
}
