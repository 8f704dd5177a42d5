-- Exactly-once across identical documents, a UTM shared with other programs, and crashes (issue 16).

-- Where UTM's /opt/in stood (the number of its newest entry) before this transmission's POST could start: after a
-- crash or a lost answer only entries numbered above it can be this transmission. NULL: not known (every entry).
ALTER TABLE outbox_message ADD COLUMN opt_in_mark BIGINT;

-- The old settling could give one replyId to several documents (identical texts all "found" the same entry). No one
-- can tell which of them UTM gave it to, so every holder gives it up and waits, visibly in doubt, for the operator
-- ("posted" with the right replyId, or "post again"); the exchange log keeps the replyId it had.
UPDATE outbox_message SET state = 'IN_DOUBT', in_doubt = TRUE,
       last_error = 'replyId was held by several documents; settle it: posted (with its replyId) or post again'
 WHERE state = 'DONE' AND document_id IN (
       SELECT id FROM document WHERE reply_id IN (
              SELECT reply_id FROM document WHERE reply_id IS NOT NULL GROUP BY reply_id HAVING COUNT(*) > 1));
UPDATE document SET reply_id = NULL,
       last_error = 'replyId was held by several documents; settle it: posted (with its replyId) or post again'
 WHERE reply_id IN (
       SELECT reply_id FROM (
              SELECT reply_id FROM document WHERE reply_id IS NOT NULL GROUP BY reply_id HAVING COUNT(*) > 1) dup);

-- No two documents ever hold one replyId, enforced by the database itself (a partial index: many have none yet).
DROP INDEX ix_document_reply_id;
CREATE UNIQUE INDEX ux_document_reply_id ON document (reply_id) WHERE reply_id IS NOT NULL;
