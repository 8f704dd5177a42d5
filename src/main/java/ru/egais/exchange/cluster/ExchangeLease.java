package ru.egais.exchange.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A named lease in the shared database: who holds it, until when. */
@Entity
@Table(name = "exchange_lease")
public class ExchangeLease {

    @Id
    public String name;

    public String owner;

    @Column(name = "lease_until")
    public Instant leaseUntil;
}
