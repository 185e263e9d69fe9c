-- Who acted is the token's sub, which platform-http accepts up to 255 characters (Caller.MAX_USER_ID): the audit
-- columns hold exactly that, so a valid token never fails to be recorded.
ALTER TABLE partner ALTER COLUMN attested_by TYPE VARCHAR(255);
ALTER TABLE direct_bill_enrollment ALTER COLUMN submitted_by TYPE VARCHAR(255);
ALTER TABLE direct_bill_enrollment ALTER COLUMN credit_check_decided_by TYPE VARCHAR(255);
ALTER TABLE indirect_reseller_enrollment ALTER COLUMN submitted_by TYPE VARCHAR(255);
ALTER TABLE indirect_reseller_enrollment ALTER COLUMN decided_by TYPE VARCHAR(255);
ALTER TABLE indirect_reseller_enrollment ALTER COLUMN agreement_accepted_by TYPE VARCHAR(255);
ALTER TABLE capability_review ALTER COLUMN requested_by TYPE VARCHAR(255);
