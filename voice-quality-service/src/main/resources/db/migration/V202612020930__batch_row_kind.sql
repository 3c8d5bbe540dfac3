-- One Idempotency-Key space per kind of rows (issue 14): the batch log records the kind of rows of each upload (the
-- table they were copied into), and a key is unique per campaign and kind. A voice campaign takes one kind of rows,
-- that of its method, which earlier batches get.
ALTER TABLE batch ADD COLUMN row_kind varchar(64);
UPDATE batch b SET row_kind = CASE c.method WHEN 'OBJECTIVE' THEN 'voice.objective_call'
                                            WHEN 'CUSTOMER_SURVEY' THEN 'voice.survey_response'
                                            ELSE 'voice.expert_opinion' END
  FROM campaign c WHERE c.id = b.campaign_id;
ALTER TABLE batch ALTER COLUMN row_kind SET NOT NULL;
ALTER TABLE batch DROP CONSTRAINT batch_idempotency;
ALTER TABLE batch ADD CONSTRAINT batch_idempotency UNIQUE (campaign_id, row_kind, idempotency_key);
