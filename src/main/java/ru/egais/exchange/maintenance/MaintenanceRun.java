package ru.egais.exchange.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One backup or retention run, as GET /api/v1/maintenance reports it. */
@Entity
@Table(name = "maintenance_run")
public class MaintenanceRun {

    public enum Kind { BACKUP, RETENTION }

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    /** A backup holds every change committed before this moment. */
    @Column(name = "stands_for")
    public Instant standsFor;

    public String path;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    @Column(name = "bodies_removed")
    public Long bodiesRemoved;

    @Column(name = "chars_removed")
    public Long charsRemoved;

    public String error;
}
