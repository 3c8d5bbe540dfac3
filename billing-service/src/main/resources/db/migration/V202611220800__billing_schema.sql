-- billing-service (clauses 3.6, 3.7): test-call campaigns, invoice audits, their batch log, test calls, charging
-- records (partitioned by month) and invoice lines.

-- A test-call campaign (clause 3.6): the test equipment's simulated calls against the operator's charging records.
CREATE TABLE campaign (
    id                         uuid PRIMARY KEY,
    operator_id                varchar(32)  NOT NULL,
    period_start               date         NOT NULL,
    period_end                 date         NOT NULL,
    duration_tolerance_seconds integer      NOT NULL CHECK (duration_tolerance_seconds >= 0),
    match_window_seconds       integer      NOT NULL CHECK (match_window_seconds >= 0),
    created_at                 timestamptz  NOT NULL,
    created_by                 varchar(255) NOT NULL,
    closed_at                  timestamptz,
    closed_by                  varchar(255),
    -- the two KpiResults (JSON array) as computed when the campaign was closed
    closed_result              text,
    CONSTRAINT campaign_period CHECK (period_end >= period_start)
);
CREATE INDEX campaign_operator_period ON campaign (operator_id, period_start, period_end);
CREATE INDEX campaign_newest ON campaign (created_at DESC, id);

-- An invoice audit (clause 3.7): the operator's charging records against the invoice lines of the same calls.
-- Shaped like a campaign (id, operator_id, closed_at) so that the common batch conventions apply to it.
CREATE TABLE invoice_audit (
    id            uuid PRIMARY KEY,
    operator_id   varchar(32)  NOT NULL,
    period_start  date         NOT NULL,
    period_end    date         NOT NULL,
    currency      varchar(3)   NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(255) NOT NULL,
    closed_at     timestamptz,
    closed_by     varchar(255),
    closed_result text,
    CONSTRAINT invoice_audit_period CHECK (period_end >= period_start)
);
CREATE INDEX invoice_audit_operator_period ON invoice_audit (operator_id, period_start, period_end);
CREATE INDEX invoice_audit_newest ON invoice_audit (created_at DESC, id);

-- Every upload to a campaign or an audit (campaign_id is either): who, when, how many rows, SHA-256 of the body.
-- An Idempotency-Key names one upload of its campaign or audit, whatever the kind of rows.
CREATE TABLE batch (
    id              uuid PRIMARY KEY,
    campaign_id     uuid         NOT NULL,
    uploaded_by     varchar(255) NOT NULL,
    uploaded_at     timestamptz  NOT NULL,
    row_count       integer      NOT NULL,
    media_type      varchar(64)  NOT NULL,
    body_sha256     char(64)     NOT NULL,
    idempotency_key varchar(255),
    CONSTRAINT batch_idempotency UNIQUE (campaign_id, idempotency_key)
);
CREATE INDEX batch_campaign_newest ON batch (campaign_id, uploaded_at DESC);

-- The test equipment's log of simulated calls (the truth), written with COPY. Numbers are kept as sent and, for
-- comparison, as their digits only. exclusion: OUT_OF_RANGE_DURATION (outside the profile's 60-360 s).
CREATE TABLE test_call (
    campaign_id      uuid        NOT NULL,
    batch_id         uuid        NOT NULL,
    row_no           integer     NOT NULL,
    call_id          varchar(64) NOT NULL,
    caller           varchar(32) NOT NULL,
    caller_digits    varchar(32) NOT NULL CHECK (caller_digits <> ''),
    callee           varchar(32) NOT NULL,
    callee_digits    varchar(32) NOT NULL CHECK (callee_digits <> ''),
    direction        varchar(16) NOT NULL CHECK (direction IN ('ON_NET', 'OTHER_PHS', 'PSTN', 'MOBILE')),
    started_at       timestamptz NOT NULL,
    duration_seconds integer     NOT NULL CHECK (duration_seconds >= 0),
    exclusion        varchar(32) CHECK (exclusion IN ('OUT_OF_RANGE_DURATION')),
    CONSTRAINT test_call_pk PRIMARY KEY (campaign_id, call_id)
);

-- The operator's charging records, of test-call campaigns and of invoice audits (campaign_id is either; for an
-- audit, caller is the subscriber). Partitioned by month of started_at (UTC months) so that the retention purge
-- drops whole partitions; rows of a month without its partition go to the default partition, and are moved out of
-- it when that month's partition is created (billing.ensure_charging_partition).
--
-- Uniqueness of (campaign_id, record_id): a unique index of a partitioned table must contain the partition key,
-- and (campaign_id, record_id, started_at) would let one record id be stored twice with two start times. So the
-- index below is not unique, and every batch is checked after its COPY, in its transaction, under a transaction
-- advisory lock of its campaign (org.qos.billing.repository.ChargingRecordTable): a repeat within the batch is
-- 400, one stored by an earlier batch 409.
CREATE TABLE charging_record (
    campaign_id      uuid        NOT NULL,
    batch_id         uuid        NOT NULL,
    row_no           integer     NOT NULL,
    record_id        varchar(64) NOT NULL,
    caller           varchar(32) NOT NULL,
    caller_digits    varchar(32) NOT NULL CHECK (caller_digits <> ''),
    callee           varchar(32) NOT NULL,
    callee_digits    varchar(32) NOT NULL CHECK (callee_digits <> ''),
    started_at       timestamptz NOT NULL,
    -- campaigns: the recorded duration; audits: null (they carry endedAt)
    duration_seconds integer CHECK (duration_seconds >= 0),
    ended_at         timestamptz,
    charge           numeric     NOT NULL CHECK (charge >= 0),
    CONSTRAINT charging_record_end CHECK (ended_at IS NULL OR ended_at >= started_at)
) PARTITION BY RANGE (started_at);
CREATE TABLE charging_record_default PARTITION OF charging_record DEFAULT;
-- Matching: the records of a caller (or of a callee) in a start-time window; statements: a subscriber's records.
-- (caller, started_at) serves both the exact pairs (caller and callee equal: callee is a filter on a few rows) and
-- the wrong-number search (caller shared); (callee, started_at) the wrong-number search by callee.
CREATE INDEX charging_record_caller ON charging_record (campaign_id, caller_digits, started_at);
CREATE INDEX charging_record_callee ON charging_record (campaign_id, callee_digits, started_at);
CREATE INDEX charging_record_id ON charging_record (campaign_id, record_id);

-- Creates the partition of the UTC month starting at month_start (a first of a month) unless it exists, moving
-- rows of that month out of the default partition first. Serialized by an advisory lock.
CREATE FUNCTION ensure_charging_partition(month_start date) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := 'charging_record_' || to_char(month_start, 'YYYY_MM');
    lower_bound timestamptz := (month_start::timestamp AT TIME ZONE 'UTC');
    upper_bound timestamptz := ((month_start + interval '1 month')::timestamp AT TIME ZONE 'UTC');
BEGIN
    IF month_start <> date_trunc('month', month_start)::date THEN
        RAISE EXCEPTION 'not the first day of a month: %', month_start;
    END IF;
    IF to_regclass('billing.' || partition_name) IS NOT NULL THEN
        RETURN false;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('billing.charging_record partitions'));
    IF to_regclass('billing.' || partition_name) IS NOT NULL THEN
        RETURN false;
    END IF;
    EXECUTE format('CREATE TABLE billing.%I (LIKE billing.charging_record INCLUDING DEFAULTS INCLUDING CONSTRAINTS)',
                   partition_name);
    EXECUTE format('WITH moved AS (DELETE FROM billing.charging_record_default WHERE started_at >= %L AND started_at < %L'
                   || ' RETURNING *) INSERT INTO billing.%I SELECT * FROM moved', lower_bound, upper_bound, partition_name);
    EXECUTE format('ALTER TABLE billing.charging_record ATTACH PARTITION billing.%I FOR VALUES FROM (%L) TO (%L)',
                   partition_name, lower_bound, upper_bound);
    RETURN true;
END
$$;

-- The invoice lines of an audit, written with COPY (not partitioned: the purge deletes lines by started_at).
CREATE TABLE invoice_line (
    campaign_id       uuid        NOT NULL,
    batch_id          uuid        NOT NULL,
    row_no            integer     NOT NULL,
    record_id         varchar(64) NOT NULL,
    subscriber        varchar(32) NOT NULL,
    subscriber_digits varchar(32) NOT NULL CHECK (subscriber_digits <> ''),
    callee            varchar(32) NOT NULL,
    callee_digits     varchar(32) NOT NULL CHECK (callee_digits <> ''),
    started_at        timestamptz NOT NULL,
    ended_at          timestamptz NOT NULL,
    charge            numeric     NOT NULL CHECK (charge >= 0),
    CONSTRAINT invoice_line_end CHECK (ended_at >= started_at),
    CONSTRAINT invoice_line_pk PRIMARY KEY (campaign_id, record_id)
);
CREATE INDEX invoice_line_started ON invoice_line (started_at);
