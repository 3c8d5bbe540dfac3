-- voice-quality-service (clause 3.4): campaigns, their batch log, and the samples of the three methods.

CREATE TABLE campaign (
    id               uuid PRIMARY KEY,
    operator_id      varchar(32)  NOT NULL,
    area_code        varchar(32)  NOT NULL,
    method           varchar(20)  NOT NULL CHECK (method IN ('OBJECTIVE', 'CUSTOMER_SURVEY', 'EXPERT_PANEL')),
    period_start     date         NOT NULL,
    period_end       date         NOT NULL,
    subscriber_count bigint CHECK (subscriber_count > 0),
    instrument       varchar(16),
    created_at       timestamptz  NOT NULL,
    created_by       varchar(255) NOT NULL,
    closed_at        timestamptz,
    closed_by        varchar(255),
    -- the KpiResult as computed when the campaign was closed: a closed campaign's result never changes
    closed_result    text,
    CONSTRAINT campaign_period CHECK (period_end >= period_start),
    CONSTRAINT campaign_survey_frame CHECK ((method = 'CUSTOMER_SURVEY') = (subscriber_count IS NOT NULL))
);
CREATE INDEX campaign_operator_period ON campaign (operator_id, period_start, period_end);
CREATE INDEX campaign_newest ON campaign (created_at DESC, id);

-- every upload: who, when, how many rows, and the SHA-256 of the body as received
CREATE TABLE batch (
    id              uuid PRIMARY KEY,
    campaign_id     uuid         NOT NULL REFERENCES campaign (id),
    uploaded_by     varchar(255) NOT NULL,
    uploaded_at     timestamptz  NOT NULL,
    row_count       integer      NOT NULL,
    media_type      varchar(64)  NOT NULL,
    body_sha256     char(64)     NOT NULL,
    idempotency_key varchar(255),
    CONSTRAINT batch_idempotency UNIQUE (campaign_id, idempotency_key)
);
CREATE INDEX batch_campaign_newest ON batch (campaign_id, uploaded_at DESC);

-- Sample tables are written with COPY. They carry no foreign key to campaign (a per-row trigger would halve
-- ingestion speed): the upload holds a share lock on its campaign row, and campaigns are never deleted.
-- The primary key is the unique row id within the campaign (a repeat is 409 across batches, 400 within one).

-- OBJECTIVE: one P.862.1 MOS-LQO score per sampled call
CREATE TABLE objective_call (
    campaign_id uuid        NOT NULL,
    batch_id    uuid        NOT NULL,
    row_no      integer     NOT NULL,
    call_id     varchar(64) NOT NULL,
    started_at  timestamptz NOT NULL,
    score       numeric     NOT NULL,
    speed_kmh   numeric     NOT NULL,
    on_net      boolean     NOT NULL,
    exclusion   varchar(16) CHECK (exclusion IN ('OFF_NET', 'OVER_SPEED')),
    CONSTRAINT objective_call_pk PRIMARY KEY (campaign_id, call_id)
);

-- CUSTOMER_SURVEY: one answered opinion form
CREATE TABLE survey_response (
    campaign_id   uuid         NOT NULL,
    batch_id      uuid         NOT NULL,
    row_no        integer      NOT NULL,
    respondent_id varchar(64)  NOT NULL,
    channel       varchar(8)   NOT NULL CHECK (channel IN ('MAIL', 'EMAIL', 'FAX', 'PHONE')),
    handset_model varchar(100),
    usage_months  integer,
    score         smallint     NOT NULL CHECK (score BETWEEN 1 AND 5),
    reasons       text[]       NOT NULL DEFAULT '{}',
    CONSTRAINT survey_response_pk PRIMARY KEY (campaign_id, respondent_id)
);

-- EXPERT_PANEL: one expert's opinion after a number of successful calls
CREATE TABLE expert_opinion (
    campaign_id      uuid        NOT NULL,
    batch_id         uuid        NOT NULL,
    row_no           integer     NOT NULL,
    expert_id        varchar(64) NOT NULL,
    successful_calls integer     NOT NULL,
    score            smallint    NOT NULL CHECK (score BETWEEN 1 AND 5),
    exclusion        varchar(16) CHECK (exclusion IN ('TOO_FEW_CALLS')),
    CONSTRAINT expert_opinion_pk PRIMARY KEY (campaign_id, expert_id)
);
