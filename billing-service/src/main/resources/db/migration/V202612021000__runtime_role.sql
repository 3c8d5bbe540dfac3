-- The runtime role: the service's datasource logs in as ${qos_runtime_role} (QOS_DB_USER), while these migrations run
-- as the schema's owner (QOS_DB_MIGRATION_USER; ./qos creates both, see scripts/lib.sh). The runtime role may read and
-- write the rows of this schema's tables and use its sequences, nothing more: no DDL (it owns nothing), no TRUNCATE,
-- no triggers, no other service's schema (no USAGE there), and not Flyway's history.
--
-- The DDL the service needs at run time, the monthly partitions of charging_record (created ahead of the data,
-- dropped by the retention purge), goes through two functions that run as their owner, this schema's owner
-- (SECURITY DEFINER), each doing one fixed thing with a date as its only input: ensure_charging_partition(month)
-- creates and attaches the partition billing.charging_record_YYYY_MM, drop_charging_partition(month) drops it
-- (only a partition of charging_record). Their search_path is fixed (pg_catalog, then pg_temp; every table named
-- with its schema) so that no object of the caller's can stand in for a built-in; only the runtime role may call
-- them (not PUBLIC). A partition the owner creates is covered by the default privileges below.

-- As before (V202611220800), now as the owner, and with the check after the advisory lock made against pg_class
-- itself: to_regclass may answer from this session's catalog cache, which does not yet see a partition another
-- session created while this one waited for the lock (two callers at once, the start-up and the first scheduled
-- run, failed with "relation ... already exists").
CREATE OR REPLACE FUNCTION ensure_charging_partition(month_start date) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
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
    IF EXISTS (SELECT FROM pg_class WHERE relnamespace = 'billing'::regnamespace AND relname = partition_name) THEN
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
REVOKE ALL ON FUNCTION ensure_charging_partition(date) FROM PUBLIC;

-- Drops the partition of the UTC month starting at month_start (a first of a month): true when it was one of
-- charging_record's partitions and is gone, false when there is none (already dropped, by another replica say).
CREATE FUNCTION drop_charging_partition(month_start date) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    partition_name text := 'charging_record_' || to_char(month_start, 'YYYY_MM');
BEGIN
    IF month_start IS NULL OR month_start <> date_trunc('month', month_start)::date THEN
        RAISE EXCEPTION 'not the first day of a month: %', month_start;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                   WHERE i.inhparent = 'billing.charging_record'::regclass
                     AND c.relnamespace = 'billing'::regnamespace AND c.relname = partition_name) THEN
        RETURN false;
    END IF;
    EXECUTE format('DROP TABLE IF EXISTS billing.%I', partition_name);
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION drop_charging_partition(date) FROM PUBLIC;

-- With one role for both (the @QuarkusTest suites, or QOS_DB_MIGRATION_USER unset) there is nothing to grant.
DO $$
DECLARE
    runtime name := '${qos_runtime_role}';
BEGIN
    IF runtime = current_user THEN
        RAISE NOTICE 'runtime role % is the owner: nothing to grant', runtime;
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA billing TO %I', runtime);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA billing TO %I', runtime);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA billing TO %I', runtime);
    -- and on what later migrations, or the partition function, create as this owner
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA billing GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', runtime);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA billing GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I', runtime);
    EXECUTE format('REVOKE ALL ON TABLE ${flyway:table} FROM %I', runtime);
    EXECUTE format('GRANT EXECUTE ON FUNCTION ensure_charging_partition(date), drop_charging_partition(date) TO %I', runtime);
END
$$;
