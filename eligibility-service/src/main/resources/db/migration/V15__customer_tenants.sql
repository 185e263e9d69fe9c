-- E7: the tenants relationship-service registered as customers of a CSP partner (from customer.registered.v1), so a
-- partner registration can refuse a tenant that is already some partner's customer. A read model: facts, no rules.
CREATE TABLE customer_tenant (
    tenant_id     UUID        PRIMARY KEY,
    registered_at TIMESTAMPTZ NOT NULL,
    learned_at    TIMESTAMPTZ NOT NULL
);
