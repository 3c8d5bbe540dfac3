-- coverage-service (clause 3.5): street inventories, campaigns, their batch log and the drive-test samples.

-- The streets of an area, replaced whole by the regulator; "measured" is judged against them.
CREATE TABLE street (
    area_code     varchar(32)  NOT NULL,
    street_id     varchar(64)  NOT NULL,
    name          varchar(200) NOT NULL,
    length_meters numeric      NOT NULL CHECK (length_meters > 0),
    CONSTRAINT street_pk PRIMARY KEY (area_code, street_id)
);

CREATE TABLE campaign (
    id            uuid PRIMARY KEY,
    operator_id   varchar(32)  NOT NULL,
    area_code     varchar(32)  NOT NULL,
    period_start  date         NOT NULL,
    period_end    date         NOT NULL,
    -- received level (dBm) at or above which a bin's median makes it covered: stated by the campaign, or the
    -- profile's default when it sets one (TCN 68-228:2004's copy does not)
    threshold_dbm numeric      NOT NULL CHECK (threshold_dbm BETWEEN -150 AND 0),
    bin_meters    integer      NOT NULL CHECK (bin_meters > 0),
    created_at    timestamptz  NOT NULL,
    created_by    varchar(255) NOT NULL,
    closed_at     timestamptz,
    closed_by     varchar(255),
    -- the KpiResult as computed when the campaign was closed: a closed campaign's result never changes
    closed_result text,
    CONSTRAINT campaign_period CHECK (period_end >= period_start)
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

-- Drive-test samples, written with COPY. No foreign key to campaign (a per-row trigger would halve ingestion
-- speed): the upload holds a share lock on its campaign row, and campaigns are never deleted. A sample has no
-- id of its own: the primary key is its place in its batch, and a resent batch is recognised by its
-- Idempotency-Key.
--
-- merc_x / merc_y: the position in spherical Web Mercator (EPSG:3857), metres, computed by PostgreSQL when the
-- row is stored:  x = R * lon (radians),  y = R * ln(tan(pi/4 + lat/2)),  R = 6378137 m.
-- A campaign's bins are (floor(merc_x / bin_meters), floor(merc_y / bin_meters)): a GROUP BY over two
-- stored numbers. Latitudes beyond +-85.0511287798 (where the projection's square ends) are refused at upload.
CREATE TABLE sample (
    campaign_id uuid             NOT NULL,
    batch_id    uuid             NOT NULL,
    row_no      integer          NOT NULL,
    at          timestamptz      NOT NULL,
    lat         double precision NOT NULL CHECK (lat BETWEEN -85.0511287798 AND 85.0511287798),
    lon         double precision NOT NULL CHECK (lon BETWEEN -180 AND 180),
    signal_dbm  numeric          NOT NULL CHECK (signal_dbm BETWEEN -150 AND 0),
    speed_kmh   numeric          NOT NULL CHECK (speed_kmh >= 0),
    street_id   varchar(64),
    outdoor     boolean          NOT NULL,
    exclusion   varchar(16) CHECK (exclusion IN ('INDOOR', 'OVER_SPEED')),
    merc_x      double precision GENERATED ALWAYS AS (6378137.0 * radians(lon)) STORED,
    merc_y      double precision GENERATED ALWAYS AS (6378137.0 * ln(tan(pi() / 4 + radians(lat) / 2))) STORED,
    CONSTRAINT sample_pk PRIMARY KEY (campaign_id, batch_id, row_no)
);
