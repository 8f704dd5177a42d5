-- The classifier catalogue (1C's классификаторы ЕГАИС): products and organizations as EGAIS described them in its
-- replies to QueryAP (ReplyAP_v2) and QueryClients (ReplyClient_v2); every reply updates the rows it names.
-- The catalogue is EGAIS-wide, not per organization: an alcocode or a ClientRegId means the same to every shop.
-- search_text is the names (and codes) lower-cased by the service: SQLite's lower() folds ASCII only, not Cyrillic.
CREATE TABLE classifier_product (
    alc_code            VARCHAR(64)   NOT NULL PRIMARY KEY,
    full_name           VARCHAR(1000),
    short_name          VARCHAR(255),
    capacity            VARCHAR(32),
    alc_volume          VARCHAR(32),
    product_v_code      VARCHAR(32),
    unit_type           VARCHAR(32),
    producer_reg_id     VARCHAR(50),
    producer_inn        VARCHAR(12),
    producer_name       VARCHAR(1000),
    search_text         VARCHAR(2100) NOT NULL,
    source_incoming_id  VARCHAR(36),
    updated_at          TIMESTAMP     NOT NULL
);
CREATE INDEX ix_classifier_product_inn ON classifier_product (producer_inn);

CREATE TABLE classifier_partner (
    client_reg_id       VARCHAR(50)   NOT NULL PRIMARY KEY,
    kind                VARCHAR(4),
    inn                 VARCHAR(12),
    kpp                 VARCHAR(9),
    full_name           VARCHAR(1000),
    short_name          VARCHAR(255),
    address             VARCHAR(1000),
    state               VARCHAR(50),
    search_text         VARCHAR(2100) NOT NULL,
    source_incoming_id  VARCHAR(36),
    updated_at          TIMESTAMP     NOT NULL
);
CREATE INDEX ix_classifier_partner_inn ON classifier_partner (inn);
