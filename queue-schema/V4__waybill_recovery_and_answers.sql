-- Recovery of waybills EGAIS thinks we have not answered but we never received (QueryNATTN → QueryResendDoc),
-- and what the shop answered a supplier waybill with (and the supplier's confirmation of a Differences act).

CREATE TABLE waybill_recovery (
    id                 VARCHAR(36)   NOT NULL PRIMARY KEY,
    fsrar_id           VARCHAR(50)   NOT NULL,
    wb_reg_id          VARCHAR(50)   NOT NULL,
    ttn_number         VARCHAR(50),
    ttn_date           VARCHAR(10),
    shipper_fsrar_id   VARCHAR(50),
    query_document_id  VARCHAR(36),
    created_at         TIMESTAMP     NOT NULL,
    version            BIGINT        NOT NULL
);
CREATE UNIQUE INDEX ux_waybill_recovery ON waybill_recovery (fsrar_id, wb_reg_id);

ALTER TABLE supplier_waybill ADD COLUMN act_is_accept VARCHAR(20);
ALTER TABLE supplier_waybill ADD COLUMN supplier_confirmation VARCHAR(20);
