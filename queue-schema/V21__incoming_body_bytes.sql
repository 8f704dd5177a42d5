-- Incoming documents' bytes as UTM gave them, deflated, in pieces. V8 kept the text decoded from them: every byte
-- of a 48 MB ReplyRests_v2 was decoded, encoded again for the database and written through the WAL, where its
-- deflated bytes are 1.9 MB; that was most of the time it took to store. Bodies stored before keep their text in
-- incoming_body_chunk and are read from there; body_format says which table holds a document's body (NULL: text).
-- BYTEA is PostgreSQL's bytes; SQLite stores the BLOB bound to it as it is.
CREATE TABLE incoming_body_part (
    incoming_id   VARCHAR(36)   NOT NULL REFERENCES incoming_document (id),
    seq           INTEGER       NOT NULL,
    content       BYTEA         NOT NULL,
    PRIMARY KEY (incoming_id, seq)
);
ALTER TABLE incoming_document ADD COLUMN body_format VARCHAR(16);
