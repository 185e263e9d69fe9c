-- T3-T9: transfer requests on Partner Center's shape. Status and stage are stored as enum names, spelt on the wire by the API.
CREATE TABLE transfer (
    id                        UUID          PRIMARY KEY,
    customer_tenant_id        UUID          NOT NULL,
    customer_name             VARCHAR(200)  NOT NULL,
    source_partner_tenant_id  UUID          NOT NULL,
    source_partner_name       VARCHAR(200)  NOT NULL,
    target_partner_tenant_id  UUID          NOT NULL,
    target_partner_name       VARCHAR(200)  NOT NULL,
    partner_id_on_record      VARCHAR(10)   NOT NULL,
    status                    VARCHAR(32)   NOT NULL,
    stage                     VARCHAR(40)   NOT NULL,
    created_time              TIMESTAMPTZ   NOT NULL,
    created_by                VARCHAR(255)  NOT NULL,
    last_modified_time        TIMESTAMPTZ   NOT NULL,
    last_modified_user        VARCHAR(255)  NOT NULL,
    expiration_time           TIMESTAMPTZ   NOT NULL,
    accepted_time             TIMESTAMPTZ,
    accepted_by               VARCHAR(255),
    completed_time            TIMESTAMPTZ,
    rejection_reason          VARCHAR(500),
    provider_verified_at      TIMESTAMPTZ,
    provider_verified_by      VARCHAR(255),
    partner_verified_at       TIMESTAMPTZ,
    partner_verified_by       VARCHAR(255),
    version                   BIGINT        NOT NULL
);

-- the lists: a customer's transfers, and each partner's as source or target (the provider's inbox), newest first
CREATE INDEX transfer_customer ON transfer (customer_tenant_id, created_time DESC, id DESC);
CREATE INDEX transfer_source ON transfer (source_partner_tenant_id, created_time DESC, id DESC);
CREATE INDEX transfer_target ON transfer (target_partner_tenant_id, created_time DESC, id DESC);
-- T7: the expiry job's work; T6: accepted requests a crash left half-processed
CREATE INDEX transfer_active_expiry ON transfer (expiration_time) WHERE status = 'ACTIVE';
CREATE INDEX transfer_in_progress ON transfer (last_modified_time) WHERE status = 'IN_PROGRESS';

-- One line per subscription; add-on lines name their base's subscription and share its transfer group.
CREATE TABLE transfer_line (
    id                    UUID          PRIMARY KEY,
    transfer_id           UUID          NOT NULL REFERENCES transfer (id),
    position              INT           NOT NULL,
    subscription_id       UUID          NOT NULL,
    base_subscription_id  UUID,
    transfer_group_id     UUID          NOT NULL,
    offer_id              VARCHAR(100)  NOT NULL,
    friendly_name         VARCHAR(200)  NOT NULL,
    product_type          VARCHAR(32)   NOT NULL,
    quantity              INT           NOT NULL,
    billing_cycle         VARCHAR(16)   NOT NULL,
    partner_id_on_record  VARCHAR(10)   NOT NULL,
    status                VARCHAR(16)   NOT NULL,
    new_subscription_id   UUID,
    error_code            VARCHAR(64),
    error_description     VARCHAR(500),
    UNIQUE (transfer_id, position)
);

CREATE INDEX transfer_line_subscription ON transfer_line (subscription_id);

-- T4: one active transfer per subscription, enforced here. A row is inserted in the transaction that creates the
-- transfer and deleted in the one that ends it (withdrawn, rejected, expired, or processed after acceptance). Two
-- concurrent requests for one subscription: the second insert waits for the first transaction and then finds its row.
CREATE TABLE active_transfer_subscription (
    subscription_id  UUID         PRIMARY KEY,
    transfer_id      UUID         NOT NULL,
    claimed_at       TIMESTAMPTZ  NOT NULL
);

CREATE INDEX active_transfer_subscription_transfer ON active_transfer_subscription (transfer_id);
