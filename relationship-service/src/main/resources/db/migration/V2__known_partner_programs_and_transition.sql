-- The partner read model learns from every partner event, not only partner.registered.v1. An event may arrive before the
-- partner's registration (a partial row, filled later), and each group of fields keeps the time of the fact that set it,
-- so an older fact never overwrites a newer one.
ALTER TABLE known_partner ALTER COLUMN partner_id DROP NOT NULL;
ALTER TABLE known_partner ALTER COLUMN company_name DROP NOT NULL;
ALTER TABLE known_partner ALTER COLUMN country DROP NOT NULL;
ALTER TABLE known_partner ALTER COLUMN preferred_locale DROP NOT NULL;

ALTER TABLE known_partner ADD COLUMN profile_event_time           TIMESTAMPTZ;
ALTER TABLE known_partner ADD COLUMN direct_bill_event_time       TIMESTAMPTZ;
ALTER TABLE known_partner ADD COLUMN indirect_reseller_event_time TIMESTAMPTZ;
ALTER TABLE known_partner ADD COLUMN indirect_provider_event_time TIMESTAMPTZ;
-- E6: set by indirectreseller.enrollment.completed.v1; never cleared (the transition is irreversible)
ALTER TABLE known_partner ADD COLUMN indirect_reseller_enrollment_completed_at TIMESTAMPTZ;

UPDATE known_partner
   SET profile_event_time = last_event_time,
       direct_bill_event_time = last_event_time,
       indirect_reseller_event_time = last_event_time,
       indirect_provider_event_time = last_event_time;

-- R0: the active providers of a market
CREATE INDEX known_partner_provider_country ON known_partner (country) WHERE indirect_provider_status = 'ACTIVE';
