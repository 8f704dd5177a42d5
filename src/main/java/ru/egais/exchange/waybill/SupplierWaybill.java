package ru.egais.exchange.waybill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A supplier's waybill to one of our organizations, joined with its EGAIS registration by Identity. */
@Entity
@Table(name = "supplier_waybill")
public class SupplierWaybill {

    @Id
    public String id;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    /** The waybill's Identity, which its FORM2REGINFO repeats: the join key. */
    public String identity;

    /** TTN-…, known once the registration arrived. */
    @Column(name = "wb_reg_id")
    public String wbRegId;

    public String number;

    @Column(name = "waybill_date")
    public String waybillDate;

    @Column(name = "shipper_fsrar_id")
    public String shipperFsrarId;

    @Column(name = "shipper_name")
    public String shipperName;

    /** WayBill … WayBill_v4 as delivered; null while only the registration is here. */
    @Column(name = "waybill_type")
    public String waybillType;

    @Column(name = "waybill_incoming_id")
    public String waybillIncomingId;

    @Column(name = "registration_incoming_id")
    public String registrationIncomingId;

    /** Our WayBillAct_v4 answering it, once prepared. */
    @Column(name = "act_document_id")
    public String actDocumentId;

    /** How our act answered it: Accepted, Rejected or Differences. */
    @Column(name = "act_is_accept")
    public String actIsAccept;

    /** The supplier's answer to our Differences act (its ConfirmTicket): Accepted or Rejected. */
    @Column(name = "supplier_confirmation")
    public String supplierConfirmation;

    /** The supplier's RequestRepealWB for this waybill (the incoming document), its number and date. */
    @Column(name = "repeal_request_incoming_id")
    public String repealRequestIncomingId;

    @Column(name = "repeal_request_number")
    public String repealRequestNumber;

    @Column(name = "repeal_request_date")
    public String repealRequestDate;

    /** Our ConfirmRepealWB answering it, and how: Accepted or Rejected. */
    @Column(name = "repeal_answer_document_id")
    public String repealAnswerDocumentId;

    @Column(name = "repeal_answer_confirm")
    public String repealAnswerConfirm;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
