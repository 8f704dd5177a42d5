-- A transmission whose POST may have reached UTM though no answer came (crash, time-out, reset): it is looked for
-- in UTM's /opt/in before it is ever posted again.
ALTER TABLE outbox_message ADD COLUMN in_doubt BOOLEAN NOT NULL DEFAULT FALSE;
