-- Transactional outbox (platform-messaging). Columns shaped like Debezium's outbox so change data capture can
-- replace the polling relay later. A row is written in the transaction of the state change it reports.
CREATE TABLE outbox_event (
    position        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              UUID         NOT NULL UNIQUE,
    aggregate_type  VARCHAR(64)  NOT NULL,
    aggregate_id    VARCHAR(128) NOT NULL,
    type            VARCHAR(128) NOT NULL,
    topic           VARCHAR(128) NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    payload         JSONB        NOT NULL,
    sent_at         TIMESTAMPTZ,
    attempts        INT          NOT NULL DEFAULT 0,
    last_error      TEXT
);

CREATE INDEX outbox_event_unsent ON outbox_event (position) WHERE sent_at IS NULL;
