package ru.egais.exchange.classifier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A product of the classifier catalogue, as the latest ReplyAP that named its alcocode described it. */
@Entity
@Table(name = "classifier_product")
public class ClassifierProduct {

    @Id
    @Column(name = "alc_code")
    public String alcCode;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "short_name")
    public String shortName;

    /** Volume in litres, as EGAIS wrote it. */
    public String capacity;

    /** Strength in percent, as EGAIS wrote it. */
    @Column(name = "alc_volume")
    public String alcVolume;

    @Column(name = "product_v_code")
    public String productVCode;

    @Column(name = "unit_type")
    public String unitType;

    @Column(name = "producer_reg_id")
    public String producerRegId;

    @Column(name = "producer_inn")
    public String producerInn;

    @Column(name = "producer_name")
    public String producerName;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "source_incoming_id")
    public String sourceIncomingId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
