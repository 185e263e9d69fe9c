-- R4: a reseller's invitation to a customer (and its provider); single use, expires
CREATE TABLE customer_invitation (
    id                     UUID          PRIMARY KEY,
    reseller_tenant_id     UUID          NOT NULL,
    provider_tenant_id     UUID          NOT NULL,
    customer_tenant_id     UUID,
    status                 VARCHAR(16)   NOT NULL,
    locale                 VARCHAR(35)   NOT NULL,
    created_at             TIMESTAMPTZ   NOT NULL,
    created_by             VARCHAR(255),
    expires_at             TIMESTAMPTZ   NOT NULL,
    accepted_at            TIMESTAMPTZ,
    accepted_by            VARCHAR(255),
    accepted_by_tenant_id  UUID,
    version                BIGINT        NOT NULL
);

CREATE INDEX customer_invitation_reseller ON customer_invitation (reseller_tenant_id);
