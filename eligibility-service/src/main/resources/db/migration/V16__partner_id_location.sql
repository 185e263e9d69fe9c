-- E2 MPN_ID: the country of the MPN location whose id the PartnerID is. Null for the partners registered before it was
-- asked: their PartnerID is taken as their CSP country's, as it was until then.
ALTER TABLE partner ADD COLUMN partner_id_location VARCHAR(2);
