package ru.egais.exchange.web;

import io.quarkus.qute.TemplateData;
import ru.egais.exchange.common.RunningOperations;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.inbox.IncomingView;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The rows the page's templates show, with words already in the page's language and times in local time. */
final class Rows {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Rows() {
    }

    static String time(Instant at) {
        return at == null ? "" : LOCAL.format(at);
    }

    /** One certificate cell: "2027-11-23 (365 days left)", with its state for colouring (ok, warn, bad, unknown). */
    @TemplateData
    record Certificate(String text, String state) {
    }

    /** One organization with its UTM, queue and last run. */
    @TemplateData
    record Organization(String fsrarId, String name, String mode, String utmUrl, boolean probed, boolean reachable,
                        String utmText, Certificate rsa, Certificate gost, long waiting, String oldestQueued,
                        String lastExchange, String lastError, List<String> warnings) {
    }

    /** Document counts of one organization, one cell per status in the table's column order. */
    @TemplateData
    record StatusCounts(String fsrarId, List<Cell> cells) {
    }

    /** A count that links to the documents it counts. */
    @TemplateData
    record Cell(String status, long count) {
    }

    @TemplateData
    record Document(String id, String shortId, String type, String fsrarId, String externalId, String status,
                    String statusLabel, boolean overdue, String replyId, String lastError, String created,
                    String updated) {

        static Document of(DocumentView d, String statusLabel) {
            return new Document(d.id(), d.id().substring(0, Math.min(8, d.id().length())), d.type(), d.fsrarId(),
                    d.externalId(), d.status().name(), statusLabel, d.overdue(), d.replyId(), d.lastError(),
                    time(d.createdAt()), time(d.updatedAt()));
        }
    }

    @TemplateData
    record Incoming(String id, String shortId, String fsrarId, String docType, String status, String statusLabel,
                    String replyId, String utmUrl, String error, long contentLength, String received,
                    String deletedFromUtm, String bodyRemoved) {

        static Incoming of(IncomingView i, String statusLabel) {
            return new Incoming(i.id(), i.id().substring(0, Math.min(8, i.id().length())), i.fsrarId(), i.docType(),
                    i.status().name(), statusLabel, i.replyId(), i.utmUrl(), i.error(), i.contentLength(),
                    time(i.receivedAt()), time(i.deletedFromUtmAt()),
                    i.bodyRemovedAt() == null ? null : time(i.bodyRemovedAt()));
        }
    }

    @TemplateData
    record Operation(String kind, String subject, String step, int percent, boolean running, boolean failed,
                     String outcome, String started, String finished) {

        static Operation of(RunningOperations.View v, String kind) {
            return new Operation(kind, v.subject(), v.step(), v.percent(), v.running(), v.failed(), v.outcome(),
                    time(v.startedAt()), time(v.finishedAt()));
        }
    }

    @TemplateData
    record LogEntry(int step, String event, String statusAfter, String detail, String at, String incomingId) {
    }

    @TemplateData
    record Ticket(String kind, String conclusion, String operation, String comment, String date, String incomingId) {
    }
}
