-- E1: the partner profile and the programs a tenant holds.
CREATE TABLE partner (
    tenant_id               UUID         PRIMARY KEY,
    partner_id              VARCHAR(10)  NOT NULL UNIQUE,
    company_name            VARCHAR(200) NOT NULL,
    country                 VARCHAR(2)    NOT NULL,
    preferred_locale        VARCHAR(35)  NOT NULL,
    contact_first_name      VARCHAR(100) NOT NULL,
    contact_last_name       VARCHAR(100) NOT NULL,
    contact_email           VARCHAR(254) NOT NULL,
    mpn_membership_active   BOOLEAN      NOT NULL,
    mpn_account_email       VARCHAR(254),
    address_line1           VARCHAR(200),
    address_line2           VARCHAR(200),
    address_city            VARCHAR(100),
    address_postal_code     VARCHAR(20),
    address_region          VARCHAR(100),
    address_country         VARCHAR(2),
    bank_info_provided      BOOLEAN      NOT NULL DEFAULT FALSE,
    bank_info_verified      BOOLEAN      NOT NULL DEFAULT FALSE,
    bank_account_last4      VARCHAR(4),
    created_at              TIMESTAMPTZ  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE partner_program (
    tenant_id  UUID        NOT NULL REFERENCES partner (tenant_id),
    program    VARCHAR(32) NOT NULL,
    status     VARCHAR(16) NOT NULL,
    since      DATE        NOT NULL,
    PRIMARY KEY (tenant_id, program)
);
