-- One Idempotency-Key space per kind of rows (issue 14): the batch log records the kind of rows of each upload (the
-- table they were copied into), and a key is unique per campaign and kind. Coverage campaigns take drive-test samples
-- only, which earlier batches are.
ALTER TABLE batch ADD COLUMN row_kind varchar(64) NOT NULL DEFAULT 'coverage.sample';
ALTER TABLE batch ALTER COLUMN row_kind DROP DEFAULT;
ALTER TABLE batch DROP CONSTRAINT batch_idempotency;
ALTER TABLE batch ADD CONSTRAINT batch_idempotency UNIQUE (campaign_id, row_kind, idempotency_key);
