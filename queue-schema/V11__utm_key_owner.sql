-- The FSRAR ID of the key found in the organization's UTM when it is not the organization's own (a utmUrl pointing
-- at another store's UTM): while set, nothing is loaded, processed, deleted or sent for it. Null: the key is the
-- organization's, or not known yet. Cleared when utmUrl changes or the UTM shows the right key again.
ALTER TABLE organization ADD COLUMN utm_key_fsrar_id VARCHAR(50);
