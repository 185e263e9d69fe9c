-- R0: what an indirect provider offers its resellers, in its own words (null = not offered)
CREATE TABLE provider_offer (
    provider_tenant_id  UUID          PRIMARY KEY,
    summary             VARCHAR(2000),
    training            VARCHAR(2000),
    marketing_help      VARCHAR(2000),
    financing           VARCHAR(2000),
    credit_terms        VARCHAR(2000),
    website             VARCHAR(500),
    updated_at          TIMESTAMPTZ   NOT NULL,
    updated_by          VARCHAR(255),
    version             BIGINT        NOT NULL
);

-- R1: a provider's invitation (PENDING) that the reseller accepts (ACTIVE); one per provider and reseller
CREATE TABLE partnership (
    id                  UUID          PRIMARY KEY,
    provider_tenant_id  UUID          NOT NULL,
    reseller_tenant_id  UUID          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    invited_at          TIMESTAMPTZ   NOT NULL,
    invited_by          VARCHAR(255),
    accepted_at         TIMESTAMPTZ,
    accepted_by         VARCHAR(255),
    version             BIGINT        NOT NULL,
    CONSTRAINT partnership_once_per_pair UNIQUE (provider_tenant_id, reseller_tenant_id)
);

CREATE INDEX partnership_reseller ON partnership (reseller_tenant_id, status);
