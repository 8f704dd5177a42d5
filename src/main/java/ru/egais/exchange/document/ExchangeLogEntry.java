package ru.egais.exchange.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One step in the exchange log (протокол обмена); rows are only ever added. */
@Entity
@Table(name = "exchange_log")
public class ExchangeLogEntry {

    @Id
    public String id;

    @Column(name = "document_id")
    public String documentId;

    @Column(name = "incoming_id")
    public String incomingId;

    @Column(name = "fsrar_id", nullable = false)
    public String fsrarId;

    /** Order of the step within its document (or incoming document). */
    @Column(nullable = false)
    public int step;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ExchangeEvent event;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    public DocumentStatus statusAfter;

    /** The status event this step carried (null for steps that do not move the status, e.g. a send attempt). */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_event")
    public StatusEvent statusEvent;

    public String detail;

    @Column(nullable = false)
    public Instant at;
}
