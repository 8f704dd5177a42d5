package ru.egais.exchange.egais;

/**
 * An EGAIS ticket (квитанция) for one of our documents. {@code transportId} is the replyId UTM gave our POST.
 * A ticket carries either {@code Result} (UTM/EGAIS format check) or {@code OperationResult} (business outcome).
 */
public record Ticket(String transportId, String identity, String docId, String regId, String docType,
                     String ticketDate, Outcome result, Outcome operationResult) {

    /** Conclusion of one part of a ticket: Accepted or Rejected, with EGAIS's comment. */
    public record Outcome(String name, String conclusion, String date, String comment) {
        public boolean accepted() {
            return "Accepted".equalsIgnoreCase(conclusion);
        }
    }
}
