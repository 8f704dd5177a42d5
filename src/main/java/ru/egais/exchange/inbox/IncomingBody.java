package ru.egais.exchange.inbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The raw text of an incoming document, apart from its row so listings never load it. */
@Entity
@Table(name = "incoming_body")
public class IncomingBody {

    @Id
    @Column(name = "incoming_id")
    public String incomingId;

    @Column(nullable = false)
    public String content;
}
