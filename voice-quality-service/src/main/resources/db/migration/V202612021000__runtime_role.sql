-- The runtime role: the service's datasource logs in as ${qos_runtime_role} (QOS_DB_USER), while these migrations run
-- as the schema's owner (QOS_DB_MIGRATION_USER; ./qos creates both, see scripts/lib.sh). The runtime role may read and
-- write the rows of this schema's tables and use its sequences, nothing more: no DDL (it owns nothing), no TRUNCATE,
-- no triggers, no other service's schema (no USAGE there), and not Flyway's history.
-- With one role for both (the @QuarkusTest suites, or QOS_DB_MIGRATION_USER unset) there is nothing to grant.
DO $$
DECLARE
    runtime name := '${qos_runtime_role}';
BEGIN
    IF runtime = current_user THEN
        RAISE NOTICE 'runtime role % is the owner: nothing to grant', runtime;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA voice TO %I', runtime);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA voice TO %I', runtime);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA voice TO %I', runtime);
    -- and on what later migrations create as this owner
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA voice GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA voice GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', runtime);
    EXECUTE format('REVOKE ALL ON TABLE ${flyway:table} FROM %I', runtime);
END
$$;
