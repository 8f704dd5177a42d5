package ru.egais.exchange.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The consignee's act on a waybill we shipped (WayBillAct_v4 from the other side), kept with our WayBill document:
 * whether it accepted, rejected or counted differences, and the positions it counted (JSON).
 */
@Entity
@Table(name = "consignee_answer")
public class ConsigneeAnswer {

    @Id
    public String id;

    @Column(name = "document_id", nullable = false)
    public String documentId;

    @Column(name = "incoming_id", nullable = false)
    public String incomingId;

    @Column(name = "wb_reg_id")
    public String wbRegId;

    /** Accepted, Rejected or Differences, as the consignee wrote it. */
    @Column(name = "is_accept")
    public String isAccept;

    @Column(name = "act_number")
    public String actNumber;

    @Column(name = "act_date")
    public String actDate;

    public String note;

    /** The positions as JSON: [{identity, informF2RegId, realQuantity, marks}]. */
    public String positions;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    /** Our WayBillTicket answering a Differences act (null until prepared). */
    @Column(name = "answer_document_id")
    public String answerDocumentId;

    /** Accepted or Rejected: whether we agree to the differences. */
    @Column(name = "answer_confirm")
    public String answerConfirm;
}
