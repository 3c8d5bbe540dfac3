-- The statistics the shared lifecycle keeps per open campaign (issue 16), as every family's schema has them.
CREATE TABLE campaign_statistics (
    campaign_id uuid PRIMARY KEY, batch_version bigint NOT NULL, last_batch_id uuid,
    statistics_version bigint, basis text, statistics jsonb);
CREATE INDEX test_row_batch ON test_row (batch_id);
