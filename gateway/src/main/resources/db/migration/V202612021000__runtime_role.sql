-- The runtime role: the gateway's datasource logs in as ${qos_runtime_role} (QOS_DB_USER), while these migrations
-- run as the schema's owner (QOS_DB_MIGRATION_USER; ./qos creates both, see scripts/lib.sh). Publications are
-- append-only: the runtime role may insert and read them, never update or delete them, and, owning nothing, can
-- neither disable their immutability trigger nor alter, truncate or drop the table; no other service's schema
-- (no USAGE there), not Flyway's history.
-- With one role for both (the @QuarkusTest suites, or QOS_DB_MIGRATION_USER unset) there is nothing to grant.
DO $$
DECLARE
    runtime name := '${qos_runtime_role}';
BEGIN
    IF runtime = current_user THEN
        RAISE NOTICE 'runtime role % is the owner: nothing to grant', runtime;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA publications TO %I', runtime);
    EXECUTE format('GRANT SELECT, INSERT ON TABLE publication TO %I', runtime);
    -- Tables of later migrations: row access by default; an append-only one revokes UPDATE and DELETE in its own
    -- migration, as publication has none.
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA publications GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA publications GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', runtime);
END
$$;
