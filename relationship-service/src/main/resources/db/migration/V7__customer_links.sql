-- R4, R5: the links a customer follows from an e-mail. Only the SHA-256 of the token is kept, so the table alone never
-- lets anyone act; a link is bound to one customer (for a new customer's invitation: to whoever signs in first), used
-- once, and expires.
CREATE TABLE customer_link (
    id                  UUID          PRIMARY KEY,
    token_hash          VARCHAR(64)   NOT NULL UNIQUE,
    purpose             VARCHAR(32)   NOT NULL,
    subject_id          UUID          NOT NULL,
    customer_tenant_id  UUID,
    provider_tenant_id  UUID,
    locale              VARCHAR(35)   NOT NULL,
    created_at          TIMESTAMPTZ   NOT NULL,
    expires_at          TIMESTAMPTZ   NOT NULL,
    used_at             TIMESTAMPTZ,
    used_by_tenant_id   UUID,
    used_by             VARCHAR(255),
    answer              VARCHAR(16),
    version             BIGINT        NOT NULL
);

CREATE INDEX customer_link_subject ON customer_link (subject_id);
