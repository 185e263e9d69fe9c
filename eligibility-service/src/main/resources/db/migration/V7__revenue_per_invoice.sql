-- E2: revenue is recorded per invoice. A month holds many invoices, paid and unpaid side by side; the invoice id is the
-- key (posting an invoice again replaces it). Rows of the monthly form keep their meaning: their id is
-- month/category/role, the id a record posted without one still gets. paid_on is the day the invoice was paid (only on
-- PAID invoices; null on rows loaded before paid dates were kept: paid on every day).
ALTER TABLE revenue_record ADD COLUMN invoice_id VARCHAR(64);
UPDATE revenue_record SET invoice_id = to_char(month, 'YYYY-MM') || '/' || category || '/' || role;
ALTER TABLE revenue_record ALTER COLUMN invoice_id SET NOT NULL;
ALTER TABLE revenue_record ADD COLUMN paid_on DATE;
ALTER TABLE revenue_record ADD CONSTRAINT revenue_record_paid_on_only_paid CHECK (paid_on IS NULL OR invoice_status = 'PAID');
ALTER TABLE revenue_record DROP CONSTRAINT revenue_record_pkey;
ALTER TABLE revenue_record ADD PRIMARY KEY (tenant_id, invoice_id);
CREATE INDEX revenue_record_tenant_month ON revenue_record (tenant_id, month);
