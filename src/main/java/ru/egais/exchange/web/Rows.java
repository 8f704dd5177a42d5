package ru.egais.exchange.web;

import io.quarkus.qute.TemplateData;
import ru.egais.exchange.common.RunningOperations;
import ru.egais.exchange.document.DocumentView;
import ru.egais.exchange.inbox.IncomingView;

import java.util.List;

/** The rows the page's templates show, with words already in the page's language and times in local time, in that language's form. */
final class Rows {

    private Rows() {
    }

    /** One certificate cell: "2027-11-23 (365 days left)", with its state for colouring (ok, warn, bad, unknown). */
    @TemplateData
    record Certificate(String text, String state) {
    }

    /** One organization with its UTM, queue and last run. */
    @TemplateData
    record Organization(String fsrarId, String name, String mode, String utmUrl, boolean probed, boolean reachable,
                        String utmText, String utmError, Certificate rsa, Certificate gost, long waiting, String oldestQueued,
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

        static Document of(DocumentView d, Words w) {
            return new Document(d.id(), d.id().substring(0, Math.min(8, d.id().length())), d.type(), d.fsrarId(),
                    d.externalId(), d.status().name(), w.get(d.status().name()), d.overdue(), d.replyId(),
                    d.lastError(), w.time(d.createdAt()), w.time(d.updatedAt()));
        }
    }

    @TemplateData
    record Incoming(String id, String shortId, String fsrarId, String docType, String status, String statusLabel,
                    String replyId, String utmUrl, String error, long contentLength, String received,
                    String deletedFromUtm, String bodyRemoved) {

        static Incoming of(IncomingView i, Words w) {
            return new Incoming(i.id(), i.id().substring(0, Math.min(8, i.id().length())), i.fsrarId(), i.docType(),
                    i.status().name(), w.get(i.status().name()), i.replyId(), i.utmUrl(), i.error(),
                    i.contentLength(), w.time(i.receivedAt()), w.time(i.deletedFromUtmAt()),
                    i.bodyRemovedAt() == null ? null : w.time(i.bodyRemovedAt()));
        }
    }

    @TemplateData
    record Operation(String kind, String subject, String step, int percent, boolean running, boolean failed,
                     String outcome, String started, String finished) {

        static Operation of(RunningOperations.View v, Words w) {
            return new Operation(w.get("op_" + v.kind()), OperationTexts.subject(v.subject(), w),
                    OperationTexts.step(v.step(), w), v.percent(), v.running(), v.failed(),
                    v.failed() ? v.outcome() : OperationTexts.outcome(v.outcome(), w),
                    w.time(v.startedAt()), w.time(v.finishedAt()));
        }
    }

    @TemplateData
    record LogEntry(int step, String event, String statusAfter, String detail, String at, String incomingId) {
    }

    @TemplateData
    record Ticket(String kind, String conclusion, String operation, String comment, String date, String incomingId) {
    }
}
