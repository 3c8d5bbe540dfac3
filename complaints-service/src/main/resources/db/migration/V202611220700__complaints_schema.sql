-- complaints-service (clauses 3.8, 3.9): complaints and their contacts, subscriber counts, support-line outages,
-- the support-call log and its batch log. Timestamps are instants (timestamptz); periods are computed in the
-- profile's time zone by the service.

-- A complaint as received. Its status is never stored: ANSWERED when responded_at is set, otherwise OPEN or
-- OVERDUE depending on the clock at the time of a request.
CREATE TABLE complaint (
    id               uuid PRIMARY KEY,
    operator_id      varchar(32)   NOT NULL,
    customer_ref     varchar(128)  NOT NULL,
    channel          varchar(16)   NOT NULL CHECK (channel IN ('LETTER', 'EMAIL', 'FAX', 'PHONE', 'WEB', 'IN_PERSON')),
    category         varchar(16)   NOT NULL CHECK (category IN ('SERVICE_QUALITY', 'BILLING', 'OTHER')),
    received_at      timestamptz   NOT NULL,
    subject          varchar(500)  NOT NULL,
    response_due_at  timestamptz   NOT NULL,
    -- the written answer (set once; a second one is 409)
    responded_at     timestamptz,
    response_summary varchar(4000),
    created_at       timestamptz   NOT NULL,
    created_by       varchar(255)  NOT NULL,
    CONSTRAINT complaint_due CHECK (response_due_at > received_at),
    CONSTRAINT complaint_response CHECK (responded_at IS NULL OR responded_at >= received_at)
);
CREATE INDEX complaint_operator_received ON complaint (operator_id, received_at DESC, id);
CREATE INDEX complaint_operator_due ON complaint (operator_id, response_due_at);
CREATE INDEX complaint_open_due ON complaint (response_due_at) WHERE responded_at IS NULL;
CREATE INDEX complaint_received ON complaint (received_at);

-- Every contact with the complaining customer: the written answer and call-backs (written = false), as sent.
CREATE TABLE complaint_contact (
    id           uuid PRIMARY KEY,
    complaint_id uuid          NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    contacted_at timestamptz   NOT NULL,
    written      boolean       NOT NULL,
    summary      varchar(4000),
    recorded_at  timestamptz   NOT NULL,
    recorded_by  varchar(255)  NOT NULL
);
CREATE INDEX complaint_contact_complaint ON complaint_contact (complaint_id, contacted_at);
-- at most one written answer per complaint, whatever the race
CREATE UNIQUE INDEX complaint_contact_one_written ON complaint_contact (complaint_id) WHERE written;

-- The operator's customers as reported (the regulator may correct): the latest as_of on or before a period's
-- end is in force; for one as_of, the latest recorded.
CREATE TABLE subscriber_count (
    id          uuid PRIMARY KEY,
    operator_id varchar(32)  NOT NULL,
    as_of       date         NOT NULL,
    count       bigint       NOT NULL CHECK (count >= 0),
    recorded_at timestamptz  NOT NULL,
    recorded_by varchar(255) NOT NULL
);
CREATE INDEX subscriber_count_in_force ON subscriber_count (operator_id, as_of DESC, recorded_at DESC);

-- Support-line outages as sent; overlaps are merged only when computing.
CREATE TABLE support_outage (
    id          uuid PRIMARY KEY,
    operator_id varchar(32)  NOT NULL,
    started_at  timestamptz  NOT NULL,
    ended_at    timestamptz  NOT NULL,
    cause       varchar(500),
    recorded_at timestamptz  NOT NULL,
    recorded_by varchar(255) NOT NULL,
    CONSTRAINT support_outage_order CHECK (ended_at > started_at)
);
CREATE INDEX support_outage_operator ON support_outage (operator_id, started_at);

-- Every upload of support calls: who, when, how many rows, and the SHA-256 of the body as received.
CREATE TABLE support_call_batch (
    id              uuid PRIMARY KEY,
    operator_id     varchar(32)  NOT NULL,
    uploaded_by     varchar(255) NOT NULL,
    uploaded_at     timestamptz  NOT NULL,
    row_count       integer      NOT NULL,
    media_type      varchar(64)  NOT NULL,
    body_sha256     char(64)     NOT NULL,
    idempotency_key varchar(255),
    CONSTRAINT support_call_batch_idempotency UNIQUE (operator_id, idempotency_key)
);

-- The operator's support-call log (informative share answered within 60 s). Written with COPY; call_id is unique
-- per operator. answered_after_seconds NULL = abandoned.
CREATE TABLE support_call (
    operator_id            varchar(32) NOT NULL,
    call_id                varchar(64) NOT NULL,
    batch_id               uuid        NOT NULL,
    row_no                 integer     NOT NULL,
    at                     timestamptz NOT NULL,
    answered_after_seconds numeric     CHECK (answered_after_seconds >= 0),
    CONSTRAINT support_call_pk PRIMARY KEY (operator_id, call_id)
);
CREATE INDEX support_call_operator_at ON support_call (operator_id, at);
CREATE INDEX support_call_at ON support_call (at);
