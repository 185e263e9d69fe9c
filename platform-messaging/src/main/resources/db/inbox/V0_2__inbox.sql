-- Idempotent consumers (platform-messaging): a row per (consumer, event id), written in the transaction of the
-- event's effect, so a redelivered event finds its row and changes nothing.
CREATE TABLE inbox_event (
    consumer      VARCHAR(128) NOT NULL,
    event_id      UUID         NOT NULL,
    event_type    VARCHAR(128) NOT NULL,
    processed_at  TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (consumer, event_id)
);
