package ru.egais.exchange.cheque;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One retail cheque, its XML and the UTM's answer; unique by its key (organization, kassa, shift, number, type, date). */
@Entity
@Table(name = "cheque")
public class Cheque {

    @Id
    public String id;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    @Column(nullable = false)
    public String kassa;

    @Column(name = "shift_no", nullable = false)
    public String shift;

    @Column(name = "cheque_no", nullable = false)
    public String number;

    @Column(name = "cheque_type", nullable = false)
    public String type;

    @Column(name = "cheque_date", nullable = false)
    public String date;

    /** ChequeV3 or ChequeV4. */
    @Column(name = "doc_type", nullable = false)
    public String docType;

    /** SHA-256 of the XML: the same key with another body is a different cheque (409). */
    @Column(name = "body_hash", nullable = false)
    public String bodyHash;

    @Column(nullable = false)
    public String xml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChequeStatus status;

    public String url;

    public String sign;

    @Column(name = "utm_error")
    public String utmError;

    /** SERVICE (posted by the service) or TILL (signed by a WORKSTATION organization's till and handed over). */
    @Column(name = "signed_by", nullable = false)
    public String signedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
