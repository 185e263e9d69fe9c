-- A row the broker refuses for good (too large, for one) is parked with its reason instead of halting the relay; the
-- aggregate's later rows wait behind it, so its order holds; the others flow.
ALTER TABLE outbox_event ADD COLUMN parked_at TIMESTAMPTZ;
CREATE INDEX outbox_event_parked ON outbox_event (aggregate_id) WHERE sent_at IS NULL AND parked_at IS NOT NULL;
CREATE INDEX outbox_event_unsent_aggregate ON outbox_event (aggregate_id, position) WHERE sent_at IS NULL;
