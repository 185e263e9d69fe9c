-- N1 recipients, kept from events: each tenant's contact e-mail and preferred locale (and its MPN account e-mail).
CREATE TABLE recipient (
    tenant_id          UUID         PRIMARY KEY,
    display_name       VARCHAR(200) NOT NULL,
    contact_name       VARCHAR(200),
    email              VARCHAR(254) NOT NULL,
    locale             VARCHAR(35)  NOT NULL,
    mpn_account_email  VARCHAR(254),
    last_event_time    TIMESTAMPTZ  NOT NULL,
    updated_at         TIMESTAMPTZ  NOT NULL
);
