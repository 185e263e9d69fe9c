-- E2: the facts the requirements read besides revenue (MPN membership, the attestations, the support plan) have a history,
-- so that an evaluation as of a date uses them as they stood at the end of that day (UTC). A trigger writes a row
-- whenever a partner is registered or one of them changes, whoever changed it (a request, the capability review's SQL,
-- a migration); nothing else writes here. The history begins with this migration (one row per partner, as of its
-- creation) or with the registration.
CREATE TABLE partner_fact_history (
    id                     BIGSERIAL    PRIMARY KEY,
    tenant_id              UUID         NOT NULL REFERENCES partner (tenant_id),
    recorded_at            TIMESTAMPTZ  NOT NULL,
    mpn_membership_active  BOOLEAN      NOT NULL,
    endorsement_authority  BOOLEAN      NOT NULL,
    first_level_support    BOOLEAN      NOT NULL,
    accounts_receivable    BOOLEAN      NOT NULL,
    managed_services       INT          NOT NULL,
    support_plan           VARCHAR(8)
);
CREATE INDEX partner_fact_history_tenant_time ON partner_fact_history (tenant_id, recorded_at DESC, id DESC);

INSERT INTO partner_fact_history (tenant_id, recorded_at, mpn_membership_active, endorsement_authority, first_level_support,
                                  accounts_receivable, managed_services, support_plan)
SELECT tenant_id, created_at, mpn_membership_active, endorsement_authority, first_level_support, accounts_receivable,
       managed_services, support_plan
FROM partner;

CREATE FUNCTION record_partner_facts() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT'
       OR NEW.mpn_membership_active IS DISTINCT FROM OLD.mpn_membership_active
       OR NEW.endorsement_authority IS DISTINCT FROM OLD.endorsement_authority
       OR NEW.first_level_support IS DISTINCT FROM OLD.first_level_support
       OR NEW.accounts_receivable IS DISTINCT FROM OLD.accounts_receivable
       OR NEW.managed_services IS DISTINCT FROM OLD.managed_services
       OR NEW.support_plan IS DISTINCT FROM OLD.support_plan THEN
        INSERT INTO partner_fact_history (tenant_id, recorded_at, mpn_membership_active, endorsement_authority,
                                          first_level_support, accounts_receivable, managed_services, support_plan)
        VALUES (NEW.tenant_id, now(), NEW.mpn_membership_active, NEW.endorsement_authority, NEW.first_level_support,
                NEW.accounts_receivable, NEW.managed_services, NEW.support_plan);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER partner_facts_history AFTER INSERT OR UPDATE ON partner
    FOR EACH ROW EXECUTE FUNCTION record_partner_facts();
