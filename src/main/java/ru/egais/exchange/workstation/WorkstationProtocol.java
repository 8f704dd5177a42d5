package ru.egais.exchange.workstation;

import java.time.Instant;
import java.util.List;

/** What a workstation and the service say to each other while the workstation carries the exchange. */
public final class WorkstationProtocol {

    private WorkstationProtocol() {
    }

    /** A pull: who asks, how many messages at most, and for how long it holds them. */
    public record Pull(String workstationId, Integer max, Integer leaseSeconds) {
    }

    /** A message to post to UTM ({@code POST /opt/in/{utmPath}}, xml_file = xml); in doubt: look in /opt/in first. */
    public record Message(String messageId, String documentId, String utmPath, String xml, boolean inDoubt) {
    }

    /** The messages handed out, and until when the workstation holds them. */
    public record Batch(String fsrarId, Instant leaseUntil, List<Message> messages, Instant nextExchangeAt) {
    }

    /**
     * What became of one message: UTM's {@code <A>} answer as it came ({@code ack}); or, for an in-doubt message,
     * the replyIds of the /opt/in entries with the same text ({@code foundReplyIds}; empty: not in UTM, post it);
     * or the transport error, and whether the POST may have reached UTM all the same ({@code mayHaveArrived}).
     */
    public record Answer(String messageId, String ack, List<String> foundReplyIds, String error, Boolean mayHaveArrived) {
    }

    /** What the service made of one answer: RECORDED, ALREADY_RECORDED (a repeat), or UNKNOWN_MESSAGE. */
    public record AnswerResult(String messageId, String result, String documentStatus) {
    }

    /** A document the workstation read from UTM's /opt/out. */
    public record IncomingDocument(String url, String replyId, String xml) {
    }

    /** Which of the uploaded URLs are durably stored and may now be deleted from UTM. */
    public record IncomingResult(List<String> deletable, int stored, int duplicates, int processed) {
    }

    /** The workstation's schedule: when it called last, when the next exchange is due, whether it is late. */
    public record Schedule(String fsrarId, int pollIntervalSeconds, Instant lastCallAt, Instant nextExchangeAt,
                           boolean late, long queued) {
    }
}
