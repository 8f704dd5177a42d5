-- A year at a store without a visit: bulky bodies are removed after a configurable age (the documents, their
-- statuses and the exchange log stay: they have legal weight), and backups and retention runs are recorded so
-- GET /api/v1/maintenance can say when each last happened. Portable SQL for SQLite and PostgreSQL.

-- When retention removed the document's raw text (NULL: still kept).
ALTER TABLE incoming_document ADD COLUMN body_removed_at TIMESTAMP;
ALTER TABLE relay_remote_incoming ADD COLUMN body_removed_at TIMESTAMP;

-- One row per backup or retention run. stands_for: the moment a backup holds everything committed before;
-- bodies_removed / chars_removed: what a retention run removed; error: why a run failed.
CREATE TABLE maintenance_run (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    kind            VARCHAR(20)   NOT NULL,
    started_at      TIMESTAMP     NOT NULL,
    finished_at     TIMESTAMP,
    stands_for      TIMESTAMP,
    path            VARCHAR(1000),
    size_bytes      BIGINT,
    bodies_removed  BIGINT,
    chars_removed   BIGINT,
    error           VARCHAR(4000)
);
CREATE INDEX ix_maintenance_run_kind ON maintenance_run (kind, started_at);
