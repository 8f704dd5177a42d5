-- Issue 21, round B: the boxes of a supplier waybill's position (MarkInfo/boxpos with their marks, and
-- boxInfo/boxtree), kept as the JSON the waybill's view shows; null when the waybill lists no boxes.

ALTER TABLE supplier_waybill_position ADD COLUMN boxes TEXT;

-- The consignee's act (WayBillAct_v4 arrived in /opt/out) on a waybill we shipped (a return to a supplier, or any
-- shipment), matched to our WayBill document by the WBRegId of its ticket. One row per incoming act.
CREATE TABLE consignee_answer (
    id             VARCHAR(36)   NOT NULL PRIMARY KEY,
    document_id    VARCHAR(36)   NOT NULL REFERENCES document (id),
    incoming_id    VARCHAR(36)   NOT NULL,
    wb_reg_id      VARCHAR(50),
    is_accept      VARCHAR(20),
    act_number     VARCHAR(50),
    act_date       VARCHAR(32),
    note           VARCHAR(1000),
    positions      TEXT,
    received_at    TIMESTAMP     NOT NULL,
    -- our WayBillTicket answering a Differences act: the document and Accepted / Rejected
    answer_document_id  VARCHAR(36),
    answer_confirm      VARCHAR(20)
);
CREATE UNIQUE INDEX ux_consignee_answer_incoming ON consignee_answer (incoming_id);
CREATE INDEX ix_consignee_answer_document ON consignee_answer (document_id);
