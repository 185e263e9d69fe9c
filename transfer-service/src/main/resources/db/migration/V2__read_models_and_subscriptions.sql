-- known_partner learns more than partner.registered.v1: profile updates, program changes and the completed transition
-- (E6). Each group of fields keeps the time of the fact that set it, so an older fact never overwrites a newer one. A
-- program change may arrive before the registration: the row is then partial until the registration fills it.
ALTER TABLE known_partner
    ALTER COLUMN partner_id DROP NOT NULL,
    ALTER COLUMN company_name DROP NOT NULL,
    ALTER COLUMN country DROP NOT NULL,
    ALTER COLUMN preferred_locale DROP NOT NULL,
    ADD COLUMN profile_event_time                         TIMESTAMPTZ,
    ADD COLUMN direct_bill_event_time                     TIMESTAMPTZ,
    ADD COLUMN indirect_reseller_event_time               TIMESTAMPTZ,
    ADD COLUMN indirect_provider_event_time               TIMESTAMPTZ,
    ADD COLUMN indirect_reseller_enrollment_completed_at  TIMESTAMPTZ;

UPDATE known_partner SET profile_event_time = last_event_time, direct_bill_event_time = last_event_time,
                         indirect_reseller_event_time = last_event_time, indirect_provider_event_time = last_event_time;

-- Customers and their partners of record (R2-R4), from relationship.events.
CREATE TABLE known_customer (
    customer_tenant_id     UUID         PRIMARY KEY,
    company_name           VARCHAR(200),
    domain                 VARCHAR(255),
    country                VARCHAR(2),
    registered             BOOLEAN      NOT NULL,
    profile_event_time     TIMESTAMPTZ  NOT NULL,
    last_event_time        TIMESTAMPTZ  NOT NULL,
    updated_at             TIMESTAMPTZ  NOT NULL
);

CREATE TABLE customer_partner_of_record (
    customer_tenant_id  UUID         NOT NULL,
    partner_tenant_id   UUID         NOT NULL,
    role                VARCHAR(32)  NOT NULL,
    partner_name        VARCHAR(200),
    delegated_admin     BOOLEAN      NOT NULL,
    since               TIMESTAMPTZ,
    via                 VARCHAR(32),
    last_event_time     TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (customer_tenant_id, partner_tenant_id, role)
);

-- The Microsoft Customer Agreement status of a customer for one provider (R5).
CREATE TABLE customer_agreement_status (
    customer_tenant_id  UUID         NOT NULL,
    provider_tenant_id  UUID         NOT NULL,
    status              VARCHAR(32)  NOT NULL,
    basis               VARCHAR(32),
    changed_at          TIMESTAMPTZ,
    last_event_time     TIMESTAMPTZ  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (customer_tenant_id, provider_tenant_id)
);

-- T1: the subscriptions of each customer, owned by one partner. An add-on names its base; an Azure one its Azure id.
CREATE TABLE subscription (
    id                               UUID          PRIMARY KEY,
    customer_tenant_id               UUID          NOT NULL,
    owner_partner_tenant_id          UUID          NOT NULL,
    offer_id                         VARCHAR(100)  NOT NULL,
    offer_name                       VARCHAR(200)  NOT NULL,
    product_type                     VARCHAR(32)   NOT NULL,
    quantity                         INT           NOT NULL CHECK (quantity > 0),
    billing_cycle                    VARCHAR(16)   NOT NULL,
    status                           VARCHAR(16)   NOT NULL,
    base_subscription_id             UUID          REFERENCES subscription (id),
    azure_subscription_id            VARCHAR(64),
    origin                           VARCHAR(16)   NOT NULL,
    transferred_from_subscription_id UUID,
    transferred_to_subscription_id   UUID,
    transfer_id                      UUID,
    created_at                       TIMESTAMPTZ   NOT NULL,
    created_by                       VARCHAR(255)  NOT NULL,
    updated_at                       TIMESTAMPTZ   NOT NULL,
    version                          BIGINT        NOT NULL
);

CREATE INDEX subscription_customer_owner ON subscription (customer_tenant_id, owner_partner_tenant_id);
CREATE INDEX subscription_base ON subscription (base_subscription_id) WHERE base_subscription_id IS NOT NULL;
