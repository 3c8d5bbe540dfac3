-- Closed reporting periods (issue 15): the regulator closes an operator's period [period_start, period_end] (inclusive
-- dates in the profile's zone) once its last due time, the end + 48 h, has passed. Its results, computed in the same
-- transaction, are frozen in results (the JSON array of KpiResult, as campaigns keep theirs). Afterwards complaints received or due inside it,
-- answers to complaints due inside it, outages overlapping it and support calls inside it are refused (409), and
-- the retention purge may remove only rows that lie inside closed periods.
-- starts_at and ends_at are the period's instants ([start 00:00, end + 1 day 00:00) in the zone at closing), so that
-- the checks and the purge compare instants. Periods of one operator never overlap (checked by the service under the
-- operator's period lock). Immutable for the runtime role: it may insert and read a row, never change or delete one.
CREATE TABLE closed_period (
    id           uuid PRIMARY KEY,
    operator_id  varchar(32)  NOT NULL,
    period_start date         NOT NULL,
    period_end   date         NOT NULL,
    starts_at    timestamptz  NOT NULL,
    ends_at      timestamptz  NOT NULL,
    closed_at    timestamptz  NOT NULL,
    closed_by    varchar(255) NOT NULL,
    results      text         NOT NULL,
    CONSTRAINT closed_period_order CHECK (period_end >= period_start AND ends_at > starts_at),
    CONSTRAINT closed_period_once UNIQUE (operator_id, period_start)
);
CREATE INDEX closed_period_operator_range ON closed_period (operator_id, starts_at, ends_at);

DO $$
DECLARE
    runtime name := '${qos_runtime_role}';
BEGIN
    IF runtime <> current_user THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE closed_period FROM %I', runtime);
    END IF;
END
$$;

