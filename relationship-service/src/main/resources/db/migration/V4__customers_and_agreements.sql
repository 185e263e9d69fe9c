-- R2: customer tenants, with the billing profile their direct-bill partner holds (shared with a provider by R3) and the
-- customer's own acceptance of the Microsoft Customer Agreement (R5)
CREATE TABLE customer (
    tenant_id                  UUID          PRIMARY KEY,
    company_name               VARCHAR(200)  NOT NULL,
    domain                     VARCHAR(255)  NOT NULL,
    country                    VARCHAR(2)    NOT NULL,
    billing_email              VARCHAR(254),
    billing_line1              VARCHAR(200),
    billing_line2              VARCHAR(200),
    billing_city               VARCHAR(100),
    billing_postal_code        VARCHAR(20),
    billing_region             VARCHAR(100),
    billing_country            VARCHAR(2),
    registered_at              TIMESTAMPTZ   NOT NULL,
    registered_by_tenant_id    UUID          NOT NULL,
    own_agreement_accepted_at  TIMESTAMPTZ,
    own_agreement_accepted_by  VARCHAR(255),
    updated_at                 TIMESTAMPTZ   NOT NULL,
    version                    BIGINT        NOT NULL
);

-- R2: a customer's partners of record; one row per partner and role
CREATE TABLE partner_of_record (
    customer_tenant_id       UUID         NOT NULL REFERENCES customer (tenant_id),
    partner_tenant_id        UUID         NOT NULL,
    role                     VARCHAR(32)  NOT NULL,
    delegated_admin          BOOLEAN      NOT NULL,
    since                    TIMESTAMPTZ  NOT NULL,
    via                      VARCHAR(16)  NOT NULL,
    introduced_by_tenant_id  UUID,
    PRIMARY KEY (customer_tenant_id, partner_tenant_id, role)
);

CREATE INDEX partner_of_record_partner ON partner_of_record (partner_tenant_id);

-- R5: partners' attestations that the customer accepted the Microsoft Customer Agreement
CREATE TABLE agreement_attestation (
    id                     UUID          PRIMARY KEY,
    customer_tenant_id     UUID          NOT NULL REFERENCES customer (tenant_id),
    attested_by_tenant_id  UUID          NOT NULL,
    attester_role          VARCHAR(32)   NOT NULL,
    agreement_type         VARCHAR(64)   NOT NULL,
    template_id            VARCHAR(100)  NOT NULL,
    date_agreed            DATE          NOT NULL,
    contact_first_name     VARCHAR(100)  NOT NULL,
    contact_last_name      VARCHAR(100)  NOT NULL,
    contact_email          VARCHAR(254)  NOT NULL,
    contact_phone          VARCHAR(40),
    created_at             TIMESTAMPTZ   NOT NULL,
    created_by             VARCHAR(255)
);

CREATE INDEX agreement_attestation_customer ON agreement_attestation (customer_tenant_id);

-- R5: the last published agreement status of a customer for each of its providers
CREATE TABLE provider_agreement_status (
    id                  UUID         PRIMARY KEY,
    customer_tenant_id  UUID         NOT NULL REFERENCES customer (tenant_id),
    provider_tenant_id  UUID         NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    basis               VARCHAR(32)  NOT NULL,
    changed_at          TIMESTAMPTZ  NOT NULL,
    version             BIGINT       NOT NULL,
    CONSTRAINT provider_agreement_status_once UNIQUE (customer_tenant_id, provider_tenant_id)
);
