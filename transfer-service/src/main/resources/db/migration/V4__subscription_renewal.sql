-- R2: the renewal setting of a subscription, which the reseller of an indirect-reseller customer manages (with its seats)
ALTER TABLE subscription ADD COLUMN auto_renew BOOLEAN NOT NULL DEFAULT TRUE;
