-- R3: reseller relationship extensions, with the customer's consent the partner agreement requires (who, when)
CREATE TABLE relationship_extension (
    id                   UUID          PRIMARY KEY,
    customer_tenant_id   UUID          NOT NULL REFERENCES customer (tenant_id),
    reseller_tenant_id   UUID          NOT NULL,
    provider_tenant_id   UUID          NOT NULL,
    consent_attested_by  VARCHAR(200)  NOT NULL,
    consent_attested_at  TIMESTAMPTZ   NOT NULL,
    extended_at          TIMESTAMPTZ   NOT NULL,
    extended_by          VARCHAR(255)
);

CREATE INDEX relationship_extension_customer ON relationship_extension (customer_tenant_id);
