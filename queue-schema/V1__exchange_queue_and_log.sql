-- The exchange's durable state: organizations' settings, outgoing documents and their send queue,
-- incoming documents from UTM, tickets, and the append-only exchange log.
-- One migration set for every database (SQLite embedded, PostgreSQL for chains): portable types only,
-- ids are UUID strings made by the service (no identity columns or sequences, whose DDL differs).

CREATE TABLE organization (
    fsrar_id              VARCHAR(50)   NOT NULL PRIMARY KEY,
    name                  VARCHAR(255),
    utm_url               VARCHAR(500)  NOT NULL,
    exchange_mode         VARCHAR(20)   NOT NULL,
    poll_interval_seconds INTEGER       NOT NULL,
    enabled               BOOLEAN       NOT NULL,
    last_exchange_at      TIMESTAMP,
    last_send_at          TIMESTAMP,
    last_receive_at       TIMESTAMP,
    last_error            VARCHAR(4000),
    created_at            TIMESTAMP     NOT NULL,
    updated_at            TIMESTAMP     NOT NULL,
    version               BIGINT        NOT NULL
);

-- Outgoing documents: what the shop asked to transmit, with the XML built for it.
CREATE TABLE document (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    fsrar_id      VARCHAR(50)   NOT NULL,
    doc_type      VARCHAR(64)   NOT NULL,
    utm_path      VARCHAR(64)   NOT NULL,
    external_id   VARCHAR(255),
    status        VARCHAR(20)   NOT NULL,
    reply_id      VARCHAR(64),
    last_error    VARCHAR(4000),
    xml           TEXT          NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    updated_at    TIMESTAMP     NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE INDEX ix_document_reply_id ON document (reply_id);
CREATE INDEX ix_document_org_status ON document (fsrar_id, status);
-- A POS that retries a request with the same externalId gets the same document, not a second one.
CREATE UNIQUE INDEX ux_document_external_id ON document (fsrar_id, external_id);

-- The send queue: one row per transmission of a document to UTM.
CREATE TABLE outbox_message (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    document_id     VARCHAR(36)   NOT NULL REFERENCES document (id),
    fsrar_id        VARCHAR(50)   NOT NULL,
    state           VARCHAR(20)   NOT NULL,
    attempts        INTEGER       NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    last_error      VARCHAR(4000),
    claimed_at      TIMESTAMP,
    sent_at         TIMESTAMP,
    created_at      TIMESTAMP     NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_outbox_due ON outbox_message (fsrar_id, state, next_attempt_at);
CREATE INDEX ix_outbox_document ON outbox_message (document_id);

-- Incoming documents, stored raw before anything else is done with them.
CREATE TABLE incoming_document (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    fsrar_id        VARCHAR(50)   NOT NULL,
    utm_url         VARCHAR(1000) NOT NULL,
    reply_id        VARCHAR(64),
    content_hash    VARCHAR(64)   NOT NULL,
    content_length  BIGINT        NOT NULL,
    doc_type        VARCHAR(100),
    status          VARCHAR(20)   NOT NULL,
    document_id     VARCHAR(36),
    error           VARCHAR(4000),
    received_at     TIMESTAMP     NOT NULL,
    processed_at    TIMESTAMP,
    deleted_from_utm_at TIMESTAMP,
    version         BIGINT        NOT NULL
);
CREATE INDEX ix_incoming_org_status ON incoming_document (fsrar_id, status);
CREATE INDEX ix_incoming_org_url ON incoming_document (fsrar_id, utm_url);
-- The same delivery seen twice (a DELETE that did not happen) is one document: replyId + content hash.
CREATE UNIQUE INDEX ux_incoming_content ON incoming_document (fsrar_id, content_hash);
CREATE INDEX ix_incoming_document ON incoming_document (document_id);

-- Raw bodies apart from the rows so that listings never load megabytes of XML.
CREATE TABLE incoming_body (
    incoming_id   VARCHAR(36)   NOT NULL PRIMARY KEY REFERENCES incoming_document (id),
    content       TEXT          NOT NULL
);

-- Tickets (квитанции) received for our documents.
CREATE TABLE document_ticket (
    id              VARCHAR(36)   NOT NULL PRIMARY KEY,
    document_id     VARCHAR(36)   NOT NULL REFERENCES document (id),
    incoming_id     VARCHAR(36)   NOT NULL REFERENCES incoming_document (id),
    kind            VARCHAR(20)   NOT NULL,
    conclusion      VARCHAR(20),
    operation_name  VARCHAR(100),
    comment         VARCHAR(4000),
    reg_id          VARCHAR(100),
    ticket_doc_type VARCHAR(100),
    ticket_date     VARCHAR(40),
    received_at     TIMESTAMP     NOT NULL
);
CREATE INDEX ix_ticket_document ON document_ticket (document_id);

-- The exchange log (протокол обмена): append-only, every step of every document.
CREATE TABLE exchange_log (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    document_id   VARCHAR(36),
    incoming_id   VARCHAR(36),
    fsrar_id      VARCHAR(50)   NOT NULL,
    step          INTEGER       NOT NULL,
    event         VARCHAR(40)   NOT NULL,
    status_after  VARCHAR(20),
    detail        VARCHAR(4000),
    at            TIMESTAMP     NOT NULL
);
CREATE INDEX ix_log_document ON exchange_log (document_id, step);
CREATE INDEX ix_log_org ON exchange_log (fsrar_id, at);
