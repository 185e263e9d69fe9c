-- E3/E4: direct-bill applications with their credit check and support plan.
CREATE TABLE direct_bill_enrollment (
    id                        UUID         PRIMARY KEY,
    tenant_id                 UUID         NOT NULL REFERENCES partner (tenant_id),
    status                    VARCHAR(32)  NOT NULL,
    policy_version            VARCHAR(10)  NOT NULL,
    submitted_at              TIMESTAMPTZ  NOT NULL,
    submitted_by              VARCHAR(254),
    credit_check              VARCHAR(16)  NOT NULL,
    credit_check_reason       VARCHAR(1000),
    credit_check_decided_at   TIMESTAMPTZ,
    credit_check_decided_by   VARCHAR(254),
    support_plan              VARCHAR(8),
    approved_at               TIMESTAMPTZ,
    rejected_at               TIMESTAMPTZ,
    rejection_code            VARCHAR(64),
    rejection_reason          VARCHAR(1000),
    version                   BIGINT       NOT NULL
);
CREATE INDEX direct_bill_enrollment_tenant ON direct_bill_enrollment (tenant_id, submitted_at DESC);
-- at most one open application per tenant, also under concurrent requests
CREATE UNIQUE INDEX direct_bill_enrollment_one_open ON direct_bill_enrollment (tenant_id)
    WHERE status IN ('UNDER_REVIEW', 'CREDIT_CHECK_PASSED');

-- E6: indirect-reseller enrollment on the tenant (the transition).
CREATE TABLE indirect_reseller_enrollment (
    id                      UUID         PRIMARY KEY,
    tenant_id               UUID         NOT NULL REFERENCES partner (tenant_id),
    status                  VARCHAR(32)  NOT NULL,
    submitted_at            TIMESTAMPTZ  NOT NULL,
    submitted_by            VARCHAR(254),
    approval_due_by         DATE         NOT NULL,
    decided_at              TIMESTAMPTZ,
    decided_by              VARCHAR(254),
    rejection_reason        VARCHAR(1000),
    agreement_accepted_at   TIMESTAMPTZ,
    agreement_accepted_by   VARCHAR(254),
    withdrawn_at            TIMESTAMPTZ,
    version                 BIGINT       NOT NULL
);
CREATE INDEX indirect_reseller_enrollment_tenant ON indirect_reseller_enrollment (tenant_id, submitted_at DESC);
CREATE UNIQUE INDEX indirect_reseller_enrollment_one_open ON indirect_reseller_enrollment (tenant_id)
    WHERE status IN ('PENDING_APPROVAL', 'APPROVED', 'ACTIVE');
