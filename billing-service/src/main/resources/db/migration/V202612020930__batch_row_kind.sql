-- One Idempotency-Key space per kind of rows (issue 14). A test-call campaign takes test calls and charging records,
-- an invoice audit charging records and invoice lines, all logged in this one table: a key was unique per campaign
-- or audit whatever the kind, so a file's key resent to the other upload answered the first receipt and stored
-- nothing. The log now records the kind of rows of each upload (the table they were copied into), and a key is
-- unique per campaign and kind. Earlier batches get the kind of the rows they stored.
ALTER TABLE batch ADD COLUMN row_kind varchar(64);
UPDATE batch SET row_kind = 'billing.test_call' WHERE id IN (SELECT DISTINCT batch_id FROM test_call);
UPDATE batch SET row_kind = 'billing.invoice_line'
 WHERE row_kind IS NULL AND id IN (SELECT DISTINCT batch_id FROM invoice_line);
UPDATE batch SET row_kind = 'billing.charging_record' WHERE row_kind IS NULL;
ALTER TABLE batch ALTER COLUMN row_kind SET NOT NULL;
ALTER TABLE batch DROP CONSTRAINT batch_idempotency;
ALTER TABLE batch ADD CONSTRAINT batch_idempotency UNIQUE (campaign_id, row_kind, idempotency_key);
