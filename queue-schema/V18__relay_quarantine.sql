-- Head-office relay, hardened (issue 17): a message file that cannot be applied is set aside instead of blocking
-- the pair, and a failed transport is retried on later ticks instead of in the caller's thread.
-- Portable SQL for SQLite and PostgreSQL.

-- A peer's message file set aside: never read again (the medium may still hold it, for a person to look at).
-- The peer re-sends what it carried in its next message, since we never acknowledged it.
CREATE TABLE relay_quarantine (
    id              VARCHAR(260)   NOT NULL PRIMARY KEY,
    node_code       VARCHAR(50)    NOT NULL,
    file_name       VARCHAR(200)   NOT NULL,
    reason          VARCHAR(2000)  NOT NULL,
    quarantined_at  TIMESTAMP      NOT NULL
);
CREATE INDEX ix_relay_quarantine_node ON relay_quarantine (node_code);

-- Consecutive failed exchanges and when the next attempt is due (NULL: at the node's interval).
ALTER TABLE relay_node ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relay_node ADD COLUMN retry_at TIMESTAMP;
