-- The purge log (issue 15): one row per retention purge that ran, written in the purge's transaction
-- (org.qos.common.retention.PurgeLog), read by the regulator at GET /api/v1/{family}/purges. Shared by the families
-- that purge (billing, complaints: their Flyway locations include db/retention), each in its own schema.
-- Append-only for the runtime role: it may insert and read a row, never change or delete one.
CREATE TABLE purge_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ran_at    timestamptz NOT NULL,
    retention text        NOT NULL,
    cutoff    timestamptz NOT NULL,
    removed   jsonb       NOT NULL,
    kept      jsonb       NOT NULL
);

DO $$
DECLARE
    runtime name := '${qos_runtime_role}';
BEGIN
    IF runtime <> current_user THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE purge_log FROM %I', runtime);
    END IF;
END
$$;
