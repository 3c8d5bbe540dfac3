#!/usr/bin/env bash
#
# bench/billing.sh: how fast does billing-service ingest, reconcile and audit, compared with hand-written SQL
# run through psql on the same rows in the same run?
#
# A measurement, not a test: it exits 0 whatever the figures are, and non-zero only when something fails
# (service down, upload refused, wrong row count, the service and psql disagreeing on a count, ...).
#
#   1. Uses the running billing-service (./qos up --no-demo is run when it does not answer).
#   2. Generates, once, deterministic CSVs (cached under ${QOS_CACHE:-~/.cache/qos}/bench/):
#        calls:   BENCH_CALLS test calls (default 10,000) of 100 callers and 100 callees in 2026-05,
#                 all directions, 60-360 s;
#        records: BENCH_RECORDS charging records (default 1,000,000) of the same numbers and period: one per call
#                 (the switch's clock 2 s ahead; some too long, some to another callee, some missing, some
#                 doubled), the rest at random times (mostly phantoms);
#        audit:   BENCH_LINES charging records and as many invoice lines (default 1,000,000), a few differing.
#   3. Ingestion: the records are POSTed to a new campaign (wall time around curl; the table compacted first,
#      see compact_table in lib.sh), then loaded with psql \copy
#      into bench.charging_record (same columns, digits computed by generated columns, same indexes); target:
#      API rows/s >= 95 % of \copy's (issue 16; 50 % before).
#   4. Reconciliation: GET .../result (wall time) next to a psql script that computes the same counts (the
#      candidate pairs in SQL, the greedy one-to-one matching in PL/pgSQL); target: within 2x. The counts must
#      agree (discrepancies, trials, error seconds).
#   5. Audit: records and lines are uploaded to a new invoice audit, then GET .../result (wall time) next to the
#      hand-written FULL OUTER JOIN in psql; target: within 2x; the counts must agree.
#   6. Cleans up: drops the schema bench and deletes the benchmark campaign and audit (rows, batches) from the
#      schema billing. A stack it started is left running (./qos down stops it).
#
# Environment (all optional):
#   BENCH_CALLS (10000), BENCH_RECORDS (1000000), BENCH_LINES (1000000)
#   QOS_BILLING_URL (http://127.0.0.1:${QOS_BILLING_PORT:-8083}), QOS_KEYCLOAK_PORT (8180), QOS_CACHE (~/.cache/qos)
#   QOS_DB_URL, QOS_DB_USER, QOS_DB_PASSWORD   the service's database (default: local qos/qos@127.0.0.1:5432/qos)
#
# Needs: bash 5, curl, psql, awk, sed.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$BENCH_DIR/lib.sh"

BENCH_CALLS="${BENCH_CALLS:-10000}"
BENCH_RECORDS="${BENCH_RECORDS:-1000000}"
BENCH_LINES="${BENCH_LINES:-1000000}"
for v in BENCH_CALLS BENCH_RECORDS BENCH_LINES; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || qos_die "$v must be a positive integer, got '${!v}'"
done
((BENCH_RECORDS >= BENCH_CALLS)) || qos_die "BENCH_RECORDS must be at least BENCH_CALLS"

BILLING_URL="${QOS_BILLING_URL:-http://127.0.0.1:${QOS_BILLING_PORT:-8083}}"
WINDOW=30
TOLERANCE=1
GENERATOR_VERSION=1
BENCH_CACHE="$QOS_CACHE/bench"
CALLS_CSV="$BENCH_CACHE/billing-calls-${BENCH_CALLS}-v${GENERATOR_VERSION}.csv"
RECORDS_CSV="$BENCH_CACHE/billing-records-${BENCH_CALLS}-${BENCH_RECORDS}-v${GENERATOR_VERSION}.csv"
AUDIT_RECORDS_CSV="$BENCH_CACHE/billing-audit-records-${BENCH_LINES}-v${GENERATOR_VERSION}.csv"
AUDIT_LINES_CSV="$BENCH_CACHE/billing-audit-lines-${BENCH_LINES}-v${GENERATOR_VERSION}.csv"
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/billing-bench.XXXXXX")"

CREATED=()          # campaign and audit ids this run created
BENCH_SCHEMA_MADE=0

# cleanup: called by the trap of bench/lib.sh.
cleanup() {
    if ((${#CREATED[@]} > 0)); then
        bench_info "deleting the benchmark campaign and audit (${CREATED[*]}) from schema billing"
        delete_billing_campaigns "${CREATED[@]}" || qos_warn "could not delete ${CREATED[*]}"
    fi
    if ((BENCH_SCHEMA_MADE)); then
        db -c 'DROP SCHEMA IF EXISTS bench CASCADE' || qos_warn "could not drop schema bench"
    fi
}
bench_trap

bench_need curl psql awk sed

if ! bench_ready "$BILLING_URL"; then
    bench_info "billing-service does not answer on $BILLING_URL: starting the stack (./qos up --no-demo)"
    bench_stack_up
    bench_ready "$BILLING_URL" || qos_die "billing-service still does not answer on $BILLING_URL/q/health/ready"
fi
db_check

token >/dev/null

# ---------------------------------------------------------------------------
# Data (deterministic: a Lehmer generator, so that every run measures the same rows)
# ---------------------------------------------------------------------------

# A call i: caller 0243000000 + i % 100, callee 0912000000 + (i * 7) % 100, at second 600 * i of 2026-05 in
# +07:00 wrapped over 30 days (calls of one caller are 100 * 600 s apart), 60 + i * 13 % 301 seconds.
generate_calls() {
    awk -v n="$1" 'BEGIN {
        split("ON_NET OTHER_PHS PSTN MOBILE", dir, " ")
        print "callId,caller,callee,direction,startedAt,durationSeconds"
        for (i = 0; i < n; i++) {
            t = (i * 600) % (30 * 86400)
            printf "C%07d,0243%06d,0912%06d,%s,2026-05-%02dT%02d:%02d:%02d+07:00,%d\n", i, i % 100, (i * 7) % 100,
                dir[1 + i % 4], 1 + int(t / 86400), int(t % 86400 / 3600), int(t % 3600 / 60), t % 60, 60 + (i * 13) % 301
        }
    }'
}

# Records: call i's record 2 s late (every 50th 5 s too long, every 97th to another callee, every 89th missing,
# every 83rd doubled), then records at random seconds of 2026-05 between the same numbers until n records.
generate_records() {
    awk -v calls="$1" -v n="$2" 'BEGIN {
        seed = 20260501
        print "recordId,caller,callee,startedAt,durationSeconds,charge"
        written = 0
        for (i = 0; i < calls && written < n; i++) {
            if (i % 89 == 88) continue
            t = (i * 600) % (30 * 86400) + 2
            d = 60 + (i * 13) % 301
            if (i % 50 == 49) d += 5
            callee = i % 97 == 96 ? (i * 7 + 1) % 100 : (i * 7) % 100
            line(sprintf("R%07d", i), i % 100, callee, t, d)
            if (i % 83 == 82 && written < n) line(sprintf("R%07d-2", i), i % 100, callee, t, d)
        }
        for (j = 0; written < n; j++) {
            line(sprintf("X%08d", j), int(rnd() * 100), int(rnd() * 100), int(rnd() * 30 * 86400), 60 + int(rnd() * 300))
        }
    }
    function line(id, caller, callee, t, d) {
        printf "%s,0243%06d,0912%06d,2026-05-%02dT%02d:%02d:%02d+07:00,%d,%d\n", id, caller, callee,
            1 + int(t / 86400), int(t % 86400 / 3600), int(t % 3600 / 60), t % 60, d, 200 * (1 + int(d / 60))
        written++
    }
    function rnd() {
        seed = (seed * 16807) % 2147483647
        return seed / 2147483647
    }'
}

# Audit rows: n calls of 10,000 subscribers in 2026-05; lines (kind=lines) differ every 10,007th in charge and
# every 10,009th in end; every 10,037th record has no line and every 10,039th line no record.
generate_audit() {
    awk -v n="$1" -v kind="$2" 'BEGIN {
        print "recordId,subscriber,callee,startedAt,endedAt,charge"
        for (i = 0; i < n; i++) {
            if (kind == "lines" && i % 10037 == 10036) continue
            if (kind == "records" && i % 10039 == 10038) continue
            t = (i * 2) % (30 * 86400); d = 30 + i % 600; e = t + d
            if (kind == "lines" && i % 10009 == 10008) e++
            c = 200 * (1 + int(d / 60)) + (kind == "lines" && i % 10007 == 10006 ? 100 : 0)
            printf "A%08d,0243%06d,0912%06d,%s,%s,%d\n", i, i % 10000, i % 1000, ts(t), ts(e), c
        }
    }
    function ts(t) {
        return sprintf("2026-05-%02dT%02d:%02d:%02d+07:00", 1 + int(t / 86400) % 31, int(t % 86400 / 3600),
            int(t % 3600 / 60), t % 60)
    }'
}

# make_csv FILE CMD [ARG...]: bench_make_csv, saying so when it generates.
make_csv() {
    if [[ ! -s $1 ]]; then
        bench_info "generating $1"
        bench_make_csv "$@"
    fi
}
make_csv "$CALLS_CSV" generate_calls "$BENCH_CALLS"
make_csv "$RECORDS_CSV" generate_records "$BENCH_CALLS" "$BENCH_RECORDS"
make_csv "$AUDIT_RECORDS_CSV" generate_audit "$BENCH_LINES" records
make_csv "$AUDIT_LINES_CSV" generate_audit "$BENCH_LINES" lines
(($(wc -l <"$RECORDS_CSV") == BENCH_RECORDS + 1)) || qos_die "$RECORDS_CSV has the wrong number of lines; delete it"

# post URL FILE CONTENT_TYPE: POST a body; print the answer; fail on an HTTP error.
post() {
    local code
    code="$(curl -sS --max-time 3600 -o "$WORK_DIR/answer.json" -w '%{http_code}' -X POST -H 'Expect:' \
        -H "Authorization: Bearer $(token)" -H "Content-Type: $3" --data-binary @"$2" "$1")" ||
        qos_die "POST $1 failed (curl)"
    [[ $code == 2* ]] || qos_die "POST $1 answered HTTP $code: $(head -c 2000 "$WORK_DIR/answer.json")"
    cat "$WORK_DIR/answer.json"
}

# get URL: GET; print the answer; fail unless HTTP 200.
get() {
    local code
    code="$(curl -sS --max-time 3600 -o "$WORK_DIR/answer.json" -w '%{http_code}' \
        -H "Authorization: Bearer $(token)" "$1")" || qos_die "GET $1 failed (curl)"
    [[ $code == 200 ]] || qos_die "GET $1 answered HTTP $code: $(head -c 2000 "$WORK_DIR/answer.json")"
    cat "$WORK_DIR/answer.json"
}

printf '%s\n' '{"operatorId":"ALPHA","periodStart":"2026-05-01","periodEnd":"2026-05-31"}' >"$WORK_DIR/period.json"

# ---------------------------------------------------------------------------
# 1. Ingestion: API against psql \copy
# ---------------------------------------------------------------------------

CAMPAIGN="$(post "$BILLING_URL/api/v1/billing/campaigns" "$WORK_DIR/period.json" application/json |
    qos_json_field id)"
[[ -n $CAMPAIGN ]] || qos_die "no campaign id"
CREATED+=("$CAMPAIGN")
post "$BILLING_URL/api/v1/billing/campaigns/$CAMPAIGN/test-calls" "$CALLS_CSV" text/csv >/dev/null
# A dryRun of the same records into a campaign of its own with the same calls: received, checked and
# copied, then rolled back; it leaves out what a stored batch adds (commit, the reconciliation run
# again), so that the ingestion and the reconciliation are seen apart.
DRY_CAMPAIGN="$(post "$BILLING_URL/api/v1/billing/campaigns" "$WORK_DIR/period.json" application/json |
    qos_json_field id)"
[[ -n $DRY_CAMPAIGN ]] || qos_die "no campaign id"
CREATED+=("$DRY_CAMPAIGN")
post "$BILLING_URL/api/v1/billing/campaigns/$DRY_CAMPAIGN/test-calls" "$CALLS_CSV" text/csv >/dev/null
# Not timed: a warm-up dryRun of the first 100,000 records (the service's JIT compiles the ingestion's hot path: the
# first upload after a restart ran at 74 % of \copy), then each upload meets a table without dead rows, as \copy
# meets its new table (see compact_table); a dryRun's rolled-back rows are dead rows too.
head -n 100001 "$RECORDS_CSV" >"$WORK_DIR/warm-up.csv"
post "$BILLING_URL/api/v1/billing/campaigns/$DRY_CAMPAIGN/charging-records?dryRun=true" "$WORK_DIR/warm-up.csv" text/csv >/dev/null
compact_table billing.charging_record
t0="$(now)"
accepted="$(post "$BILLING_URL/api/v1/billing/campaigns/$DRY_CAMPAIGN/charging-records?dryRun=true" "$RECORDS_CSV" text/csv |
    qos_json_field accepted)"
t1="$(now)"
[[ $accepted == "$BENCH_RECORDS" ]] || qos_die "the dryRun accepted '$accepted' records, expected $BENCH_RECORDS"
API_DRY="$(elapsed "$t0" "$t1")"
bench_info "API dryRun: $BENCH_RECORDS charging records checked and copied, rolled back, in $API_DRY s"
compact_table billing.charging_record
t0="$(now)"
accepted="$(post "$BILLING_URL/api/v1/billing/campaigns/$CAMPAIGN/charging-records" "$RECORDS_CSV" text/csv | qos_json_field accepted)"
t1="$(now)"
[[ $accepted == "$BENCH_RECORDS" ]] || qos_die "the upload accepted '$accepted' records, expected $BENCH_RECORDS"
API_INGEST="$(elapsed "$t0" "$t1")"
bench_info "API: $BENCH_RECORDS charging records in $API_INGEST s ($(rate "$BENCH_RECORDS" "$API_INGEST") rows/s)"

# The reference table: billing.charging_record as migrated (LIKE ... INCLUDING ALL: columns, checks,
# indexes), partitioned the same way, with campaign_id and batch_id defaulted to constants, row_no
# numbered by an identity, and the digits of caller and callee computed in the table, as the service
# computes them, so that the CSV loads as is.
BENCH_SCHEMA_MADE=1
bench_schema
db <<'SQL'
CREATE TABLE bench.charging_record (LIKE billing.charging_record INCLUDING ALL) PARTITION BY RANGE (started_at);
ALTER TABLE bench.charging_record
    ALTER campaign_id SET DEFAULT '00000000-0000-0000-0000-00000000be01',
    ALTER batch_id SET DEFAULT '00000000-0000-0000-0000-00000000be02',
    ALTER row_no ADD GENERATED BY DEFAULT AS IDENTITY;
CALL bench.computed('bench.charging_record', 'caller_digits', $$regexp_replace(caller, '\D', '', 'g')$$);
CALL bench.computed('bench.charging_record', 'callee_digits', $$regexp_replace(callee, '\D', '', 'g')$$);
CALL bench.restore('billing.charging_record', 'bench.charging_record');
CREATE TABLE bench.charging_record_default PARTITION OF bench.charging_record DEFAULT;
CREATE TABLE bench.charging_record_2026_04 PARTITION OF bench.charging_record
    FOR VALUES FROM ('2026-04-01 00:00+00') TO ('2026-05-01 00:00+00');
CREATE TABLE bench.charging_record_2026_05 PARTITION OF bench.charging_record
    FOR VALUES FROM ('2026-05-01 00:00+00') TO ('2026-06-01 00:00+00');
SQL
t0="$(now)"
db -c "\\copy bench.charging_record (record_id, caller, callee, started_at, duration_seconds, charge) FROM '$RECORDS_CSV' WITH (FORMAT csv, HEADER true)"
t1="$(now)"
COPY_INGEST="$(elapsed "$t0" "$t1")"
bench_info "psql \\copy: $BENCH_RECORDS rows in $COPY_INGEST s ($(rate "$BENCH_RECORDS" "$COPY_INGEST") rows/s)"

# ---------------------------------------------------------------------------
# 2. Reconciliation: GET result against the same counts in SQL and PL/pgSQL
# ---------------------------------------------------------------------------

t0="$(now)"
RESULT="$(get "$BILLING_URL/api/v1/billing/campaigns/$CAMPAIGN/result")"
t1="$(now)"
API_RECONCILE="$(elapsed "$t0" "$t1")"
API_TRIALS="$(qos_json_field trials <<<"$RESULT")"
API_ERRORS="$(qos_json_field errorSeconds <<<"$RESULT")"
API_DISCREPANCIES="$(sed -n 's/.*"discrepancies":{"NOT_CHARGED":\([0-9]*\),"PHANTOM":\([0-9]*\),"WRONG_NUMBER":\([0-9]*\),"WRONG_DURATION":\([0-9]*\)}.*/\1 \2 \3 \4/p' <<<"$RESULT" | head -n 1 | awk '{ print $1 + $2 + $3 + $4 }')"

cat >"$WORK_DIR/reconcile.sql" <<SQL
-- api.md's reconciliation by hand: candidate pairs in SQL, the greedy one-to-one matching in PL/pgSQL.
CREATE TEMP TABLE calls AS
    SELECT call_id, caller_digits, callee_digits, started_at, duration_seconds, exclusion IS NULL AS valid
    FROM billing.test_call WHERE campaign_id = '$CAMPAIGN';
ANALYZE calls;
CREATE TEMP TABLE pairs AS
    SELECT c.call_id, r.record_id, c.valid, c.duration_seconds AS real, r.duration_seconds AS recorded,
           c.callee_digits = r.callee_digits AND c.caller_digits = r.caller_digits AS exact,
           abs(extract(epoch FROM r.started_at - c.started_at)) AS diff, c.started_at
    FROM calls c JOIN billing.charging_record r ON r.campaign_id = '$CAMPAIGN' AND r.caller_digits = c.caller_digits
     AND r.started_at BETWEEN c.started_at - interval '$WINDOW seconds' AND c.started_at + interval '$WINDOW seconds'
    UNION
    SELECT c.call_id, r.record_id, c.valid, c.duration_seconds, r.duration_seconds,
           c.callee_digits = r.callee_digits AND c.caller_digits = r.caller_digits,
           abs(extract(epoch FROM r.started_at - c.started_at)), c.started_at
    FROM calls c JOIN billing.charging_record r ON r.campaign_id = '$CAMPAIGN' AND r.callee_digits = c.callee_digits
     AND r.started_at BETWEEN c.started_at - interval '$WINDOW seconds' AND c.started_at + interval '$WINDOW seconds';
ANALYZE pairs;
CREATE TEMP TABLE taken (call_id text PRIMARY KEY, record_id text UNIQUE, phase int, real numeric, recorded numeric,
                         valid boolean);
DO \$\$
DECLARE p record;
BEGIN
    FOR p IN SELECT * FROM pairs WHERE exact ORDER BY diff, started_at, record_id, call_id LOOP
        INSERT INTO taken VALUES (p.call_id, p.record_id, 1, p.real, p.recorded, p.valid) ON CONFLICT DO NOTHING;
    END LOOP;
    FOR p IN SELECT * FROM pairs WHERE NOT exact AND valid ORDER BY diff, started_at, record_id, call_id LOOP
        INSERT INTO taken VALUES (p.call_id, p.record_id, 2, p.real, p.recorded, p.valid) ON CONFLICT DO NOTHING;
    END LOOP;
END
\$\$;
WITH totals AS (SELECT count(*) AS records, coalesce(sum(duration_seconds), 0) AS seconds
                FROM billing.charging_record WHERE campaign_id = '$CAMPAIGN'),
     used AS (SELECT count(*) AS n, coalesce(sum(recorded), 0) AS seconds FROM taken),
     valid AS (SELECT count(*) AS n, sum(duration_seconds) AS seconds FROM calls WHERE valid),
     wrong AS (SELECT count(*) FILTER (WHERE phase = 1 AND abs(recorded - real) > $TOLERANCE) AS duration,
                      coalesce(sum(abs(recorded - real)) FILTER (WHERE phase = 1 AND abs(recorded - real) > $TOLERANCE), 0) AS duration_s,
                      count(*) FILTER (WHERE phase = 2) AS number,
                      coalesce(sum(abs(recorded - real)) FILTER (WHERE phase = 2), 0) AS number_s
               FROM taken WHERE valid),
     not_charged AS (SELECT count(*) AS n, coalesce(sum(duration_seconds), 0) AS seconds FROM calls c
                     WHERE valid AND NOT EXISTS (SELECT 1 FROM taken t WHERE t.call_id = c.call_id))
-- durations are exact decimal seconds (numeric(8,3)); the service writes them without trailing zeros
SELECT wrong.duration + wrong.number + not_charged.n + (totals.records - used.n),
       valid.n + (totals.records - used.n),
       trim_scale(wrong.duration_s + wrong.number_s + not_charged.seconds + (totals.seconds - used.seconds))
FROM totals, used, valid, wrong, not_charged;
SQL
t0="$(now)"
read -r SQL_DISCREPANCIES SQL_TRIALS SQL_ERRORS <<<"$(db -At -F ' ' -f "$WORK_DIR/reconcile.sql" | tail -n 1)"
t1="$(now)"
SQL_RECONCILE="$(elapsed "$t0" "$t1")"
bench_info "reconciliation: API $API_RECONCILE s (discrepancies $API_DISCREPANCIES, trials $API_TRIALS, error s $API_ERRORS)"
bench_info "reconciliation: psql $SQL_RECONCILE s (discrepancies $SQL_DISCREPANCIES, trials $SQL_TRIALS, error s $SQL_ERRORS)"
[[ "$API_DISCREPANCIES $API_TRIALS $API_ERRORS" == "$SQL_DISCREPANCIES $SQL_TRIALS $SQL_ERRORS" ]] ||
    qos_die "the service and the SQL reference disagree"

# ---------------------------------------------------------------------------
# 3. Invoice audit: GET result against the FULL OUTER JOIN in psql
# ---------------------------------------------------------------------------

AUDIT="$(post "$BILLING_URL/api/v1/billing/invoice-audits" "$WORK_DIR/period.json" application/json |
    qos_json_field id)"
[[ -n $AUDIT ]] || qos_die "no audit id"
CREATED+=("$AUDIT")
t0="$(now)"
post "$BILLING_URL/api/v1/billing/invoice-audits/$AUDIT/charging-records" "$AUDIT_RECORDS_CSV" text/csv >/dev/null
post "$BILLING_URL/api/v1/billing/invoice-audits/$AUDIT/invoice-lines" "$AUDIT_LINES_CSV" text/csv >/dev/null
t1="$(now)"
bench_info "audit: records and lines uploaded in $(elapsed "$t0" "$t1") s"
t0="$(now)"
RESULT="$(get "$BILLING_URL/api/v1/billing/invoice-audits/$AUDIT/result")"
t1="$(now)"
API_AUDIT="$(elapsed "$t0" "$t1")"
API_AUDIT_COUNTS="$(qos_json_field total <<<"$RESULT") $(qos_json_field wrong <<<"$RESULT")"
t0="$(now)"
SQL_AUDIT_COUNTS="$(db -At -F ' ' <<SQL
SELECT count(*),
       count(*) FILTER (WHERE r.record_id IS NULL OR l.record_id IS NULL OR r.caller_digits <> l.subscriber_digits
                        OR r.callee_digits <> l.callee_digits OR r.started_at <> l.started_at
                        OR r.ended_at <> l.ended_at OR r.charge <> l.charge)
FROM (SELECT * FROM billing.charging_record WHERE campaign_id = '$AUDIT') r
FULL OUTER JOIN (SELECT * FROM billing.invoice_line WHERE campaign_id = '$AUDIT') l ON l.record_id = r.record_id;
SQL
)"
t1="$(now)"
SQL_AUDIT="$(elapsed "$t0" "$t1")"
bench_info "audit: API $API_AUDIT s (calls, wrong: $API_AUDIT_COUNTS); psql $SQL_AUDIT s ($SQL_AUDIT_COUNTS)"
[[ $API_AUDIT_COUNTS == "$SQL_AUDIT_COUNTS" ]] || qos_die "the service and the SQL reference disagree on the audit"

# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------

printf '\n%-44s %12s %12s %10s\n' "billing-service ($(date -u +%Y-%m-%dT%H:%MZ), load $(cut -d ' ' -f 1-3 /proc/loadavg))" service psql ratio
printf '%-44s %11ss %11ss %9sx   target <= 2x\n' "reconcile $BENCH_CALLS calls / $BENCH_RECORDS records" \
    "$API_RECONCILE" "$SQL_RECONCILE" "$(ratio "$API_RECONCILE" "$SQL_RECONCILE")"
printf '%-44s %11ss %11ss %9sx   target <= 2x\n' "audit $BENCH_LINES records + lines" \
    "$API_AUDIT" "$SQL_AUDIT" "$(ratio "$API_AUDIT" "$SQL_AUDIT")"
printf '%-44s %8s r/s %8s r/s %9s%%   target >= 95 %%\n' "ingest $BENCH_RECORDS charging records" \
    "$(rate "$BENCH_RECORDS" "$API_INGEST")" "$(rate "$BENCH_RECORDS" "$COPY_INGEST")" \
    "$(awk -v a="$COPY_INGEST" -v b="$API_INGEST" 'BEGIN { printf "%.0f", 100 * a / b }')"
printf '%-44s %8s r/s %8s r/s %9s%%   (no reconciliation: rolled back)\n' "ingest, dryRun" \
    "$(rate "$BENCH_RECORDS" "$API_DRY")" "$(rate "$BENCH_RECORDS" "$COPY_INGEST")" \
    "$(awk -v a="$COPY_INGEST" -v b="$API_DRY" 'BEGIN { printf "%.0f", 100 * a / b }')"
