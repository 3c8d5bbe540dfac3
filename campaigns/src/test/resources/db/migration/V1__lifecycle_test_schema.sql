-- The test family of the campaigns module: campaigns with the CampaignEntity columns (and one of the family's
-- own, label), their batch log as every family has one, and one kind of row with a row id unique within its
-- campaign. Written compactly: what matters here is the columns the shared lifecycle reads and writes.

CREATE TABLE campaign (
    id uuid PRIMARY KEY, operator_id varchar(32) NOT NULL, label varchar(64) NOT NULL,
    period_start date NOT NULL, period_end date NOT NULL CHECK (period_end >= period_start),
    created_at timestamptz NOT NULL, created_by varchar(255) NOT NULL,
    closed_at timestamptz, closed_by varchar(255), closed_result text);
CREATE INDEX campaign_newest ON campaign (created_at DESC, id);

CREATE TABLE batch (
    id uuid PRIMARY KEY, campaign_id uuid NOT NULL REFERENCES campaign (id),
    uploaded_by varchar(255) NOT NULL, uploaded_at timestamptz NOT NULL, row_count integer NOT NULL,
    media_type varchar(64) NOT NULL, body_sha256 char(64) NOT NULL, idempotency_key varchar(255),
    row_kind varchar(64) NOT NULL, UNIQUE (campaign_id, row_kind, idempotency_key));
CREATE INDEX batch_campaign_newest ON batch (campaign_id, uploaded_at DESC);

-- written with COPY; no foreign key (the upload holds a share lock on its campaign row)
CREATE TABLE test_row (
    campaign_id uuid NOT NULL, batch_id uuid NOT NULL, row_no integer NOT NULL, row_id varchar(64) NOT NULL,
    measured_at timestamptz NOT NULL, score numeric NOT NULL, ok boolean NOT NULL,
    PRIMARY KEY (campaign_id, row_id));
