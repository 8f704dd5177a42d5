-- Retail cheques signed synchronously by the UTM (POST /xml). One row per cheque key: a till repeating a cheque
-- finds its row (and the UTM's stored answer) instead of signing it twice. A cashless sale (HeaderTTN) has no till:
-- its kassa and shift are '' and its number is the bill's.
CREATE TABLE cheque (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    fsrar_id VARCHAR(50) NOT NULL,
    kassa VARCHAR(50) NOT NULL,
    shift_no VARCHAR(20) NOT NULL,
    cheque_no VARCHAR(50) NOT NULL,
    cheque_type VARCHAR(20) NOT NULL,
    cheque_date VARCHAR(30) NOT NULL,
    doc_type VARCHAR(20) NOT NULL,
    body_hash VARCHAR(64) NOT NULL,
    xml TEXT NOT NULL,
    status VARCHAR(20) NOT NULL,
    url VARCHAR(1000),
    sign TEXT,
    utm_error TEXT,
    signed_by VARCHAR(20) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_cheque_key UNIQUE (fsrar_id, kassa, shift_no, cheque_no, cheque_type, cheque_date)
);
CREATE INDEX ix_cheque_shift ON cheque (fsrar_id, kassa, shift_no, created_at);
