-- The effect of the probe consumer: one row per application of an event, so a doubled effect is visible.
CREATE TABLE probe_effect (
    event_id    UUID         NOT NULL,
    tenant_id   UUID         NOT NULL,
    applied_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
