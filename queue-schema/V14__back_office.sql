-- Issue 21, the back office: a supplier's request to repeal a waybill (RequestRepealWB arrived in /opt/out) and
-- our answer to it (ConfirmRepealWB), kept on the supplier waybill.

ALTER TABLE supplier_waybill ADD COLUMN repeal_request_incoming_id VARCHAR(36);
ALTER TABLE supplier_waybill ADD COLUMN repeal_request_number VARCHAR(50);
ALTER TABLE supplier_waybill ADD COLUMN repeal_request_date VARCHAR(32);
ALTER TABLE supplier_waybill ADD COLUMN repeal_answer_document_id VARCHAR(36);
ALTER TABLE supplier_waybill ADD COLUMN repeal_answer_confirm VARCHAR(20);

-- A document cancelled while EGAIS had not answered (overdue) that EGAIS then accepted after all: why, or null.
ALTER TABLE document ADD COLUMN conflict VARCHAR(1000);
