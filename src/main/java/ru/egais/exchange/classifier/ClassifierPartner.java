package ru.egais.exchange.classifier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An organization of the classifier catalogue, as the latest reply that named its ClientRegId described it. */
@Entity
@Table(name = "classifier_partner")
public class ClassifierPartner {

    @Id
    @Column(name = "client_reg_id")
    public String clientRegId;

    /** UL, FL, FO, TS or TR: the element EGAIS described it with. */
    public String kind;

    public String inn;

    public String kpp;

    @Column(name = "full_name")
    public String fullName;

    @Column(name = "short_name")
    public String shortName;

    public String address;

    public String state;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "source_incoming_id")
    public String sourceIncomingId;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
