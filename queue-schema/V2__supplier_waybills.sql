-- Supplier waybills joined with their EGAIS registration (FORM2REGINFO), whichever arrives first, so that an
-- acceptance act can be built from the waybill alone.

CREATE TABLE supplier_waybill (
    id                        VARCHAR(36)   NOT NULL PRIMARY KEY,
    fsrar_id                  VARCHAR(50)   NOT NULL,
    identity                  VARCHAR(100),
    wb_reg_id                 VARCHAR(50),
    number                    VARCHAR(50),
    waybill_date              VARCHAR(10),
    shipper_fsrar_id          VARCHAR(50),
    shipper_name              VARCHAR(255),
    waybill_type              VARCHAR(30),
    waybill_incoming_id       VARCHAR(36),
    registration_incoming_id  VARCHAR(36),
    act_document_id           VARCHAR(36),
    created_at                TIMESTAMP     NOT NULL,
    updated_at                TIMESTAMP     NOT NULL,
    version                   BIGINT        NOT NULL
);
CREATE INDEX ix_waybill_identity ON supplier_waybill (fsrar_id, identity);
CREATE INDEX ix_waybill_reg_id ON supplier_waybill (fsrar_id, wb_reg_id);
CREATE INDEX ix_waybill_number ON supplier_waybill (fsrar_id, shipper_fsrar_id, number);

CREATE TABLE supplier_waybill_position (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    waybill_id         VARCHAR(36)   NOT NULL REFERENCES supplier_waybill (id),
    identity           VARCHAR(50)   NOT NULL,
    alc_code           VARCHAR(64),
    product_name       VARCHAR(255),
    quantity           VARCHAR(40),
    price              VARCHAR(40),
    shipper_f2_reg_id  VARCHAR(50),
    inform_f2_reg_id   VARCHAR(50),
    marks              TEXT
);
CREATE UNIQUE INDEX ux_waybill_position ON supplier_waybill_position (waybill_id, identity);
