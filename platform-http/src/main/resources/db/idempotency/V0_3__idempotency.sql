-- Idempotency-Key on creating POSTs (platform-http): the first response is kept and replayed for the same key and body.
CREATE TABLE idempotency_key (
    tenant_id      UUID         NOT NULL,
    operation      VARCHAR(128) NOT NULL,
    key            VARCHAR(255) NOT NULL,
    request_hash   VARCHAR(64)  NOT NULL,
    status         INT,
    response_body  TEXT,
    location       TEXT,
    created_at     TIMESTAMPTZ  NOT NULL,
    completed_at   TIMESTAMPTZ,
    PRIMARY KEY (tenant_id, operation, key)
);

CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
