-- Incoming documents' text in pieces: a 50 MB ReplyRests_v2 is written and read a piece at a time, so neither
-- loading nor processing it holds the whole text in memory (a single TEXT value must be bound, and read, whole).
-- (V7 is left to the head-office relay, developed alongside.)
CREATE TABLE incoming_body_chunk (
    incoming_id   VARCHAR(36)   NOT NULL REFERENCES incoming_document (id),
    seq           INTEGER       NOT NULL,
    content       TEXT          NOT NULL,
    PRIMARY KEY (incoming_id, seq)
);
INSERT INTO incoming_body_chunk (incoming_id, seq, content) SELECT incoming_id, 0, content FROM incoming_body;
DROP TABLE incoming_body;
-- SHA-256 of the bytes as UTM gave them: the check before deleting from UTM reads the document back and compares
-- this, without decoding it again. Rows stored before have none and are compared by their text.
ALTER TABLE incoming_document ADD COLUMN bytes_hash VARCHAR(64);
