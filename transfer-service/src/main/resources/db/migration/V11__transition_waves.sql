-- T13 transition waves: a partner moves many customers to one provider in one request. The wave and one item per
-- customer are written at once; a worker then processes the items one customer per transaction, so a crash leaves every
-- item either still PENDING (done again, with the rules of a single create) or finished with its outcome.
CREATE TABLE transition_wave (
    id                  UUID          PRIMARY KEY,
    partner_tenant_id   UUID          NOT NULL,
    provider_tenant_id  UUID          NOT NULL,
    selection           VARCHAR(16)   NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    created_by          VARCHAR(255)  NOT NULL,
    completed_at        TIMESTAMPTZ,
    version             BIGINT        NOT NULL
);

CREATE INDEX transition_wave_partner ON transition_wave (partner_tenant_id, created_at DESC, id DESC);
CREATE INDEX transition_wave_provider ON transition_wave (provider_tenant_id);
CREATE INDEX transition_wave_running ON transition_wave (created_at) WHERE status = 'RUNNING';

-- One customer of a wave: PENDING, then CREATED (with the transfer) or REFUSED (with the refusal code a single create got).
CREATE TABLE transition_wave_item (
    wave_id             UUID          NOT NULL REFERENCES transition_wave (id),
    position            INT           NOT NULL,
    customer_tenant_id  UUID          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    transfer_id         UUID,
    refusal_code        VARCHAR(64),
    processed_at        TIMESTAMPTZ,
    PRIMARY KEY (wave_id, customer_tenant_id),
    UNIQUE (wave_id, position)
);

CREATE INDEX transition_wave_item_pending ON transition_wave_item (wave_id, position) WHERE status = 'PENDING';
CREATE INDEX transition_wave_item_transfer ON transition_wave_item (transfer_id) WHERE transfer_id IS NOT NULL;
