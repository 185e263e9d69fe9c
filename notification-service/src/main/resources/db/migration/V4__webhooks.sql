-- N4 webhooks: the endpoints partners and providers register, one delivery per event and endpoint, every attempt.
CREATE TABLE webhook_endpoint (
    id                     UUID          PRIMARY KEY,
    tenant_id              UUID          NOT NULL,
    url                    VARCHAR(2000) NOT NULL,
    event_types            VARCHAR(2000) NOT NULL,
    description            VARCHAR(500),
    status                 VARCHAR(16)   NOT NULL,
    secret                 VARCHAR(100)  NOT NULL,
    -- the secret before the last rotation signs too until previous_secret_until (the overlap)
    previous_secret        VARCHAR(100),
    previous_secret_until  TIMESTAMPTZ,
    -- the first failure since the last success; an endpoint failing for notification.webhooks.give-up-after is disabled
    failing_since          TIMESTAMPTZ,
    disabled_reason        VARCHAR(500),
    created_at             TIMESTAMPTZ   NOT NULL,
    updated_at             TIMESTAMPTZ   NOT NULL,
    version                BIGINT        NOT NULL
);
CREATE INDEX webhook_endpoint_tenant ON webhook_endpoint (tenant_id, created_at);

-- N4 one delivery per event and endpoint: its id is the webhook-id, the same for every attempt, so receivers deduplicate.
CREATE TABLE webhook_delivery (
    id               UUID          PRIMARY KEY,
    -- per endpoint and object, deliveries go in this order: a later one waits while an earlier one is pending
    seq              BIGSERIAL     NOT NULL,
    endpoint_id      UUID          NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
    event_id         UUID          NOT NULL,
    event_type       VARCHAR(128)  NOT NULL,
    object_id        VARCHAR(128)  NOT NULL,
    payload          TEXT          NOT NULL,
    status           VARCHAR(16)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMPTZ   NOT NULL,
    delivered_at     TIMESTAMPTZ,
    last_status_code INT,
    last_error       VARCHAR(1000),
    created_at       TIMESTAMPTZ   NOT NULL,
    -- retries end three days after this: the creation, or the owner's last redelivery
    retrying_since   TIMESTAMPTZ   NOT NULL,
    version          BIGINT        NOT NULL,
    CONSTRAINT webhook_delivery_once UNIQUE (event_id, endpoint_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_object ON webhook_delivery (endpoint_id, object_id, seq) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (endpoint_id, created_at);

-- N4 the delivery log: every attempt, its answer (status, latency, the first characters of the body) or its error.
CREATE TABLE webhook_attempt (
    id               UUID          PRIMARY KEY,
    delivery_id      UUID          NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempted_at     TIMESTAMPTZ   NOT NULL,
    status_code      INT,
    latency_ms       BIGINT        NOT NULL,
    response_excerpt VARCHAR(1000),
    error            VARCHAR(1000)
);
CREATE INDEX webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);
