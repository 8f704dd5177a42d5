package ru.egais.exchange.waybill;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** A waybill EGAIS lists as unanswered (ReplyNoAnswerTTN) that we do not hold, and the QueryResendDoc asking for it. */
@Entity
@Table(name = "waybill_recovery")
public class WaybillRecovery {

    @Id
    public String id;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    @Column(name = "wb_reg_id", nullable = false)
    public String wbRegId;

    @Column(name = "ttn_number")
    public String ttnNumber;

    @Column(name = "ttn_date")
    public String ttnDate;

    @Column(name = "shipper_fsrar_id")
    public String shipperFsrarId;

    /** The QueryResendDoc sent for it; null until prepared (just after the list was processed). */
    @Column(name = "query_document_id")
    public String queryDocumentId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Version
    public long version;
}
