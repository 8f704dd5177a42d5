-- The status event each log step carried, so a document's status can be recomputed from its log alone.
ALTER TABLE exchange_log ADD COLUMN status_event VARCHAR(30);
