-- Head-office relay: numbered exchange messages between a store's service and the head office's (1C-style
-- exchange plan). Portable SQL for SQLite and PostgreSQL.

-- A peer node and how we exchange with it. Numbers: last_sent_no is our last message number, last_received_no
-- the highest of the peer's we applied, last_acked_no the highest of ours the peer acknowledged, ack_sent_no the
-- last_received_no our last message reported.
CREATE TABLE relay_node (
    code              VARCHAR(50)   NOT NULL PRIMARY KEY,
    local_code        VARCHAR(50)   NOT NULL,
    exchange_name     VARCHAR(50)   NOT NULL,
    peer_role         VARCHAR(20)   NOT NULL,
    transport         VARCHAR(20)   NOT NULL,
    settings          TEXT          NOT NULL,
    interval_seconds  INTEGER       NOT NULL,
    enabled           BOOLEAN       NOT NULL,
    last_sent_no      BIGINT        NOT NULL,
    last_received_no  BIGINT        NOT NULL,
    last_acked_no     BIGINT        NOT NULL,
    ack_sent_no       BIGINT        NOT NULL,
    ack_owed          BOOLEAN       NOT NULL,
    gaps_seen         BIGINT        NOT NULL,
    repeats_ignored   BIGINT        NOT NULL,
    last_exchange_at  TIMESTAMP,
    last_error        VARCHAR(4000),
    created_at        TIMESTAMP     NOT NULL,
    updated_at        TIMESTAMP     NOT NULL,
    version           BIGINT        NOT NULL
);

-- Change registration (1C's регистрация изменений): an object changed since the peer last acknowledged it.
-- Written in the transaction of the change itself. message_no: the first message that carried its current state
-- (NULL: not sent yet); an acknowledgement >= message_no removes the row.
CREATE TABLE relay_change (
    id             VARCHAR(200)  NOT NULL PRIMARY KEY,
    node_code      VARCHAR(50)   NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    entity_id      VARCHAR(100)  NOT NULL,
    message_no     BIGINT,
    registered_at  TIMESTAMP     NOT NULL
);
CREATE INDEX ix_relay_change_node ON relay_change (node_code, message_no);

-- Messages applied from each peer: a repeat finds its number here and has no second effect.
CREATE TABLE relay_applied_message (
    node_code   VARCHAR(50)   NOT NULL,
    message_no  BIGINT        NOT NULL,
    changes     INTEGER       NOT NULL,
    applied_at  TIMESTAMP     NOT NULL,
    PRIMARY KEY (node_code, message_no)
);

-- Head office: documents it asked a store to transmit (the store prepares them under the same externalId).
CREATE TABLE relay_transmit (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    node_code    VARCHAR(50)   NOT NULL,
    external_id  VARCHAR(255)  NOT NULL,
    fsrar_id     VARCHAR(50)   NOT NULL,
    doc_type     VARCHAR(64)   NOT NULL,
    xml          TEXT          NOT NULL,
    created_at   TIMESTAMP     NOT NULL
);
CREATE UNIQUE INDEX ux_relay_transmit_external ON relay_transmit (node_code, external_id);

-- Store: requests from the head office it could not prepare, reported back.
CREATE TABLE relay_refusal (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    node_code    VARCHAR(50)   NOT NULL,
    external_id  VARCHAR(255)  NOT NULL,
    fsrar_id     VARCHAR(50)   NOT NULL,
    doc_type     VARCHAR(64),
    reason       VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP     NOT NULL
);

-- Head office: the documents of remote nodes as their last message described them.
CREATE TABLE relay_remote_document (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    node_code          VARCHAR(50)   NOT NULL,
    remote_id          VARCHAR(36),
    external_id        VARCHAR(255),
    fsrar_id           VARCHAR(50)   NOT NULL,
    doc_type           VARCHAR(64),
    status             VARCHAR(20)   NOT NULL,
    reply_id           VARCHAR(64),
    last_error         VARCHAR(4000),
    remote_created_at  TIMESTAMP,
    remote_updated_at  TIMESTAMP,
    updated_at         TIMESTAMP     NOT NULL
);
CREATE UNIQUE INDEX ux_relay_remote_document ON relay_remote_document (node_code, remote_id);
CREATE INDEX ix_relay_remote_document_ext ON relay_remote_document (node_code, external_id);

-- Head office: documents remote nodes loaded from their UTMs.
CREATE TABLE relay_remote_incoming (
    id           VARCHAR(36)   NOT NULL PRIMARY KEY,
    node_code    VARCHAR(50)   NOT NULL,
    remote_id    VARCHAR(36)   NOT NULL,
    fsrar_id     VARCHAR(50)   NOT NULL,
    doc_type     VARCHAR(100),
    reply_id     VARCHAR(64),
    status       VARCHAR(20)   NOT NULL,
    received_at  TIMESTAMP,
    xml          TEXT          NOT NULL,
    updated_at   TIMESTAMP     NOT NULL
);
CREATE UNIQUE INDEX ux_relay_remote_incoming ON relay_remote_incoming (node_code, remote_id);
