-- Chains: several instances on one PostgreSQL database.
-- A named lease per job that must run on one instance at a time (an organization's exchange, the event
-- publisher): taken with a guarded UPDATE (free, expired or already ours), extended by the holder's heartbeat.
CREATE TABLE exchange_lease (
    name         VARCHAR(150)  NOT NULL PRIMARY KEY,
    owner        VARCHAR(150),
    lease_until  TIMESTAMP
);

-- Document events (transactional outbox): one row per status change, written in the transaction that changes the
-- status and published to the broker after it committed. Its id is the exchange-log step's id: the idempotency key.
CREATE TABLE document_event_outbox (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    document_id     VARCHAR(36)   NOT NULL,
    fsrar_id        VARCHAR(50)   NOT NULL,
    doc_type        VARCHAR(64)   NOT NULL,
    external_id     VARCHAR(255),
    step            INTEGER       NOT NULL,
    status_before   VARCHAR(20),
    status_after    VARCHAR(20)   NOT NULL,
    status_event    VARCHAR(30),
    exchange_event  VARCHAR(40)   NOT NULL,
    reply_id        VARCHAR(64),
    occurred_at     TIMESTAMP     NOT NULL,
    published_at    TIMESTAMP
);
CREATE INDEX ix_event_unpublished ON document_event_outbox (published_at, occurred_at);
