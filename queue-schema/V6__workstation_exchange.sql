-- Exchange carried by a workstation: messages handed out under a lease (one workstation at a time), and when the
-- organization's workstation last called.
ALTER TABLE outbox_message ADD COLUMN claimed_by VARCHAR(100);
ALTER TABLE outbox_message ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE organization ADD COLUMN last_workstation_call_at TIMESTAMP;
