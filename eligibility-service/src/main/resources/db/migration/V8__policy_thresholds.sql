-- E2: every policy version carries its own thresholds, so a new version that raises the revenue bar (later program
-- pages: USD 1M) leaves the answers for dates before it unchanged. The two first versions keep the original numbers
-- (USD 300,000; 12 months). The operator adds versions through the API (who and when are kept).
ALTER TABLE direct_bill_policy
    ADD COLUMN revenue_threshold_usd NUMERIC(14,2),
    ADD COLUMN tenure_months         INT,
    ADD COLUMN created_by            VARCHAR(255),
    ADD COLUMN created_at            TIMESTAMPTZ;
UPDATE direct_bill_policy SET revenue_threshold_usd = 300000.00, tenure_months = 12;
ALTER TABLE direct_bill_policy
    ALTER COLUMN revenue_threshold_usd SET NOT NULL,
    ALTER COLUMN tenure_months SET NOT NULL,
    ADD CONSTRAINT direct_bill_policy_threshold_not_negative CHECK (revenue_threshold_usd >= 0),
    ADD CONSTRAINT direct_bill_policy_tenure_range CHECK (tenure_months BETWEEN 0 AND 600);
