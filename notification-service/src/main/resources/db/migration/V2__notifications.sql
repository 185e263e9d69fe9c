-- N2/N3: every e-mail the service decided to send, its delivery state, and who was told what, when, in which language.
CREATE TABLE notification (
    id                   UUID         PRIMARY KEY,
    event_id             UUID         NOT NULL,
    event_type           VARCHAR(128) NOT NULL,
    subject_id           VARCHAR(128) NOT NULL,
    template             VARCHAR(64)  NOT NULL,
    recipient_tenant_id  UUID,
    recipient_email      VARCHAR(254) NOT NULL,
    locale               VARCHAR(35)  NOT NULL,
    subject              VARCHAR(500) NOT NULL,
    body                 TEXT         NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    attempts             INT          NOT NULL,
    next_attempt_at      TIMESTAMPTZ  NOT NULL,
    sent_at              TIMESTAMPTZ,
    last_error           TEXT,
    created_at           TIMESTAMPTZ  NOT NULL,
    version              BIGINT       NOT NULL,
    -- N2: a redelivered event finds its rows and sends nothing more
    CONSTRAINT notification_once UNIQUE (event_id, recipient_email, template)
);

CREATE INDEX notification_due ON notification (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX notification_recipient ON notification (recipient_tenant_id, created_at);
CREATE INDEX notification_subject ON notification (subject_id);
