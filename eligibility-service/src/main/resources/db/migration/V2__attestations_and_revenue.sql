-- E1/E2: what a partner's GlobalAdmin attests for its organisation, and its support plan (E2 SUPPORT, E4).
ALTER TABLE partner
    ADD COLUMN endorsement_authority  BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN first_level_support    BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN accounts_receivable    BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN managed_services       INT          NOT NULL DEFAULT 0 CHECK (managed_services >= 0),
    ADD COLUMN attested_by            VARCHAR(254),
    ADD COLUMN attested_at            TIMESTAMPTZ,
    ADD COLUMN support_plan           VARCHAR(8);

-- E5: when a program's status last changed (since = when the tenant started to hold it), and when it was restricted,
-- from which the optional escalation counts its days.
ALTER TABLE partner_program ADD COLUMN status_since DATE;
UPDATE partner_program SET status_since = since;
ALTER TABLE partner_program ALTER COLUMN status_since SET NOT NULL;
ALTER TABLE partner_program ADD COLUMN restricted_on DATE;

-- E2: monthly revenue per partner; one row per month + category + role, so posting it again replaces it.
CREATE TABLE revenue_record (
    tenant_id       UUID          NOT NULL REFERENCES partner (tenant_id),
    month           DATE          NOT NULL CHECK (EXTRACT(DAY FROM month) = 1),
    category        VARCHAR(32)   NOT NULL,
    role            VARCHAR(32)   NOT NULL,
    invoice_status  VARCHAR(16)   NOT NULL,
    amount_usd      NUMERIC(14,2) NOT NULL CHECK (amount_usd >= 0),
    recorded_at     TIMESTAMPTZ   NOT NULL,
    PRIMARY KEY (tenant_id, month, category, role)
);
