-- E2: the direct-bill requirements are data with an effective date. An evaluation as of a date uses the version with
-- the latest effective_from on or before it. Thresholds (USD 300K, 12 months) are configuration, not data here.
CREATE TABLE direct_bill_policy (
    version         VARCHAR(10)  PRIMARY KEY,
    effective_from  DATE         NOT NULL UNIQUE,
    description     VARCHAR(500) NOT NULL
);

CREATE TABLE direct_bill_policy_requirement (
    version   VARCHAR(10) NOT NULL REFERENCES direct_bill_policy (version),
    position  INT         NOT NULL,
    code      VARCHAR(40) NOT NULL,
    kind      VARCHAR(16) NOT NULL CHECK (kind IN ('MINIMUM', 'RECOMMENDATION')),
    PRIMARY KEY (version, code),
    UNIQUE (version, position)
);

INSERT INTO direct_bill_policy (version, effective_from, description) VALUES
    ('2020-10-27', DATE '2020-10-27', 'Direct-bill minimum requirements announced for new direct-bill partners'),
    ('2021-04-15', DATE '2021-04-15', 'Adds at least twelve months as an indirect reseller');

INSERT INTO direct_bill_policy_requirement (version, position, code, kind) VALUES
    ('2020-10-27', 1, 'MPN_ID', 'MINIMUM'),
    ('2020-10-27', 2, 'ENDORSEMENT', 'MINIMUM'),
    ('2020-10-27', 3, 'SUPPORT', 'MINIMUM'),
    ('2020-10-27', 4, 'REVENUE', 'MINIMUM'),
    ('2020-10-27', 5, 'ACCOUNTS_RECEIVABLE', 'MINIMUM'),
    ('2020-10-27', 6, 'MANAGED_SERVICE', 'RECOMMENDATION'),
    ('2021-04-15', 1, 'MPN_ID', 'MINIMUM'),
    ('2021-04-15', 2, 'ENDORSEMENT', 'MINIMUM'),
    ('2021-04-15', 3, 'SUPPORT', 'MINIMUM'),
    ('2021-04-15', 4, 'REVENUE', 'MINIMUM'),
    ('2021-04-15', 5, 'ACCOUNTS_RECEIVABLE', 'MINIMUM'),
    ('2021-04-15', 6, 'INDIRECT_RESELLER_TENURE', 'MINIMUM'),
    ('2021-04-15', 7, 'MANAGED_SERVICE', 'RECOMMENDATION');
