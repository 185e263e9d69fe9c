-- The audit trail (platform-messaging): one row per recorded event, written in the transaction of the change with the
-- outbox row. Who (sub, tid), when, what changed (the event's data), through which request (correlation id), and the
-- tenants that are parties to the object (they, and the operator, may read it). Never updated; deleted only by the
-- retention purge, which sets csp.audit_purge for its transaction.
CREATE TABLE audit_entry (
    position        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id              UUID         NOT NULL UNIQUE,
    object_type     VARCHAR(64)  NOT NULL,
    object_id       VARCHAR(128) NOT NULL,
    action          VARCHAR(128) NOT NULL,
    actor_user      VARCHAR(255),
    actor_tenant    UUID,
    parties         UUID[]       NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    correlation_id  TEXT         NOT NULL,
    change          JSONB        NOT NULL
);
CREATE INDEX audit_entry_object ON audit_entry (object_type, object_id, position);
CREATE INDEX audit_entry_occurred ON audit_entry (occurred_at);

CREATE FUNCTION audit_entry_never_edited() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND current_setting('csp.audit_purge', true) = 'on' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit entries are never edited (%)', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;

CREATE TRIGGER audit_entry_never_edited BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_never_edited();
CREATE TRIGGER audit_entry_never_truncated BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_never_edited();
