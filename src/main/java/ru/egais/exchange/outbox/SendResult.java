package ru.egais.exchange.outbox;

import ru.egais.exchange.utm.UtmAck;

/** What became of one claimed message in a pass over the queue, recorded with the others in one transaction. */
record SendResult(String messageId, UtmAck ack, String foundReplyId, String error, boolean mayHaveArrived,
                  boolean posted) {

    static SendResult answered(String messageId, UtmAck ack) {
        return new SendResult(messageId, ack, null, null, false, true);
    }

    static SendResult foundInUtm(String messageId, String replyId) {
        return new SendResult(messageId, null, replyId, null, false, true);
    }

    static SendResult unreachable(String messageId, String error, boolean mayHaveArrived) {
        return new SendResult(messageId, null, null, error, mayHaveArrived, true);
    }

    /** Claimed but not posted: the pass stopped at an unreachable UTM before its turn. */
    static SendResult notPosted(String messageId) {
        return new SendResult(messageId, null, null, null, false, false);
    }
}
