package ru.egais.exchange.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A ticket (квитанция) received for one of our documents, as EGAIS worded it. */
@Entity
@Table(name = "document_ticket")
public class DocumentTicket {

    /** Which part of the ticket this is: the format check (Result) or the business outcome (OperationResult). */
    public enum Kind {
        RESULT, OPERATION
    }

    @Id
    public String id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(name = "incoming_id", nullable = false)
    public String incomingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public String conclusion;

    @Column(name = "operation_name")
    public String operationName;

    public String comment;

    @Column(name = "reg_id")
    public String regId;

    @Column(name = "ticket_doc_type")
    public String ticketDocType;

    /** As EGAIS wrote it (7 fractional digits are common), kept verbatim. */
    @Column(name = "ticket_date")
    public String ticketDate;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
}
