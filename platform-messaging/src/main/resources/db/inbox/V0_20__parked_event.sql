-- A consumer's failing events (platform-messaging): an event that failed its short in-line retries is parked here and
-- retried with backoff, so it costs only its own key; later events of the same key are parked behind it, in order.
-- DEAD rows ran out of attempts and wait for an operator's replay; their key keeps waiting behind them.
CREATE TABLE parked_event (
    position         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    consumer         VARCHAR(128) NOT NULL,
    event_id         UUID         NOT NULL,
    event_key        VARCHAR(256) NOT NULL,
    event_type       VARCHAR(128) NOT NULL,
    topic            VARCHAR(128) NOT NULL,
    record           TEXT         NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INT          NOT NULL,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    last_error       TEXT,
    parked_at        TIMESTAMPTZ  NOT NULL,
    CONSTRAINT parked_event_once UNIQUE (consumer, event_id)
);

CREATE INDEX parked_event_key ON parked_event (consumer, event_key, position);
CREATE INDEX parked_event_due ON parked_event (consumer, next_attempt_at) WHERE status = 'PARKED';
