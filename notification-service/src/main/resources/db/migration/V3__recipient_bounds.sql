-- N1 a recipient fits whatever eligibility accepts: a contact name is first (100) + ' ' + last (100) characters.
ALTER TABLE recipient ALTER COLUMN contact_name TYPE VARCHAR(201);
-- An address that is not one plain mailbox is not kept (RecipientFacts): the tenant is known, its e-mails are skipped.
ALTER TABLE recipient ALTER COLUMN email DROP NOT NULL;
