-- E5: each capability review and whom it restricted, and why (the unmet requirement codes).
CREATE TABLE capability_review (
    id                 UUID         PRIMARY KEY,
    as_of              DATE         NOT NULL,
    policy_version     VARCHAR(10)  NOT NULL,
    requested_by       VARCHAR(254),
    started_at         TIMESTAMPTZ  NOT NULL,
    completed_at       TIMESTAMPTZ  NOT NULL,
    evaluated_count    INT          NOT NULL,
    restricted_count   INT          NOT NULL,
    escalated_count    INT          NOT NULL
);

CREATE TABLE capability_review_outcome (
    review_id        UUID         NOT NULL REFERENCES capability_review (id),
    tenant_id        UUID         NOT NULL REFERENCES partner (tenant_id),
    previous_status  VARCHAR(16)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    reason_codes     VARCHAR(500) NOT NULL,
    PRIMARY KEY (review_id, tenant_id)
);
