-- One Idempotency-Key space per kind of rows (issue 14): the batch log records the kind of rows of each upload (the
-- table they were copied into), and a key is unique per operator and kind. The log takes support calls only, which
-- earlier batches are.
ALTER TABLE support_call_batch ADD COLUMN row_kind varchar(64) NOT NULL DEFAULT 'complaints.support_call';
ALTER TABLE support_call_batch ALTER COLUMN row_kind DROP DEFAULT;
ALTER TABLE support_call_batch DROP CONSTRAINT support_call_batch_idempotency;
ALTER TABLE support_call_batch ADD CONSTRAINT support_call_batch_idempotency
    UNIQUE (operator_id, row_kind, idempotency_key);
