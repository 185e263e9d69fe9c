-- Read model of partner tenants, fed by partner.events (event-carried state transfer from eligibility-service).
CREATE TABLE known_partner (
    tenant_id                 UUID         PRIMARY KEY,
    partner_id                VARCHAR(10)  NOT NULL,
    company_name              VARCHAR(200) NOT NULL,
    country                   VARCHAR(2)   NOT NULL,
    preferred_locale          VARCHAR(35)  NOT NULL,
    direct_bill_status        VARCHAR(16),
    indirect_reseller_status  VARCHAR(16),
    indirect_provider_status  VARCHAR(16),
    last_event_time           TIMESTAMPTZ  NOT NULL,
    updated_at                TIMESTAMPTZ  NOT NULL
);

CREATE INDEX known_partner_partner_id ON known_partner (partner_id);
