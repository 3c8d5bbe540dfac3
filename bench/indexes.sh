#!/usr/bin/env bash
#
# bench/indexes.sh: what does each index of the large row tables cost an upload, next to the bare table (issue 16:
# "each index justified by a rule or a query, measured against the bare table")?
#
# A measurement, not a test: it exits 0 whatever the figures are, and non-zero only when something fails.
#
#   1. Uses the running stack (./qos up --no-demo is run when a service does not answer) and the CSVs that
#      bench/voice-ingest.sh, bench/coverage-ingest.sh and bench/billing.sh cached (run each once first).
#   2. Uploads each CSV once through its service's API (1,000,000 objective calls, drive-test samples, charging
#      records), so that the rows are exactly those the service stores, and writes them out with psql
#      \copy ... TO ... (FORMAT binary), the form the services copy in.
#   3. For each table, \copy of that file into new tables LIKE the service's (columns, defaults, checks; not
#      partitioned): the bare table (no index), then the bare table with each of the service's indexes alone, then
#      with all of them; BENCH_RUNS rounds, the best time of each counts. Prints each time and its ratio to the bare
#      table's, so that an index's cost can be set against the rule or query it serves (README, "Indexes").
#   4. Deletes the benchmark campaigns with their rows, and drops the schema bench.
#
# Environment (all optional): BENCH_RUNS (2); QOS_VOICE_PORT (8081), QOS_COVERAGE_PORT (8082), QOS_BILLING_PORT
# (8083), QOS_KEYCLOAK_PORT (8180), QOS_CACHE (~/.cache/qos), QOS_DB_URL, QOS_DB_USER, QOS_DB_PASSWORD.
#
# Needs: bash 5, curl, psql, awk.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$BENCH_DIR/lib.sh"

BENCH_RUNS="${BENCH_RUNS:-2}"
[[ $BENCH_RUNS =~ ^[1-9][0-9]*$ ]] || qos_die "BENCH_RUNS must be a positive integer, got '$BENCH_RUNS'"
VOICE_URL="http://127.0.0.1:${QOS_VOICE_PORT:-8081}"
COVERAGE_URL="http://127.0.0.1:${QOS_COVERAGE_PORT:-8082}"
BILLING_URL="http://127.0.0.1:${QOS_BILLING_PORT:-8083}"
BENCH_CACHE="$QOS_CACHE/bench"
VOICE_CSV="$BENCH_CACHE/voice-objective-1000000-v1.csv"
COVERAGE_CSV="$BENCH_CACHE/coverage-samples-1000000-2000-v1.csv"
BILLING_CSV="$BENCH_CACHE/billing-records-10000-1000000-v1.csv"
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/indexes.XXXXXX")"
VOICE_IDS=() COVERAGE_IDS=() BILLING_IDS=()
BENCH_SCHEMA_MADE=0

cleanup() {
    ((${#VOICE_IDS[@]} == 0)) || delete_campaigns voice objective_call "${VOICE_IDS[@]}" || qos_warn "could not delete ${VOICE_IDS[*]}"
    ((${#COVERAGE_IDS[@]} == 0)) || delete_campaigns coverage sample "${COVERAGE_IDS[@]}" || qos_warn "could not delete ${COVERAGE_IDS[*]}"
    ((${#BILLING_IDS[@]} == 0)) || delete_billing_campaigns "${BILLING_IDS[@]}" || qos_warn "could not delete ${BILLING_IDS[*]}"
    ((BENCH_SCHEMA_MADE == 0)) || db -c 'DROP SCHEMA IF EXISTS bench CASCADE' || qos_warn "could not drop schema bench"
}
bench_trap

bench_need curl psql awk
for csv in "$VOICE_CSV" "$COVERAGE_CSV" "$BILLING_CSV"; do
    [[ -s $csv ]] || qos_die "$csv is missing: run bench/voice-ingest.sh, bench/coverage-ingest.sh and bench/billing.sh once first"
done
for url in "$VOICE_URL" "$COVERAGE_URL" "$BILLING_URL"; do
    if ! bench_ready "$url"; then
        bench_stack_up
        bench_ready "$url" || qos_die "$url does not answer"
    fi
done
db_check
TOKEN="$(token)"

# export_rows TABLE ID FILE: the campaign's rows of TABLE, every column, in binary COPY form.
export_rows() {
    db -c "\\copy (SELECT * FROM $1 WHERE campaign_id = '$2') TO '$3' WITH (FORMAT binary)"
}

bench_info "uploading the three CSVs through the services (not timed)"
id="$(create_voice_campaign "$VOICE_URL" "$TOKEN")"
VOICE_IDS+=("$id")
upload_csv "$VOICE_URL/api/v1/voice/campaigns/$id/samples" "$TOKEN" "$VOICE_CSV" >/dev/null
export_rows voice.objective_call "$id" "$WORK_DIR/voice.bin"

id="$(post_campaign "$COVERAGE_URL/api/v1/coverage/campaigns" "$TOKEN" \
    "{\"operatorId\":\"ALPHA\",\"areaCode\":\"BENCH-INDEXES\",\"periodStart\":\"$PERIOD_START\",\"periodEnd\":\"$PERIOD_END\",\"thresholdDbm\":-85,\"binMeters\":100}")"
COVERAGE_IDS+=("$id")
upload_csv "$COVERAGE_URL/api/v1/coverage/campaigns/$id/samples" "$TOKEN" "$COVERAGE_CSV" >/dev/null
export_rows coverage.sample "$id" "$WORK_DIR/coverage.bin"

id="$(post_campaign "$BILLING_URL/api/v1/billing/campaigns" "$TOKEN" \
    '{"operatorId":"ALPHA","periodStart":"2026-05-01","periodEnd":"2026-05-31"}')"
BILLING_IDS+=("$id")
upload_csv "$BILLING_URL/api/v1/billing/campaigns/$id/charging-records" "$TOKEN" "$BILLING_CSV" >/dev/null
export_rows billing.charging_record "$id" "$WORK_DIR/billing.bin"

BENCH_SCHEMA_MADE=1
db -c 'DROP SCHEMA IF EXISTS bench CASCADE' -c 'CREATE SCHEMA bench'

# indexes TABLE: the definitions of TABLE's own indexes (on a partitioned table: those of the parent), one per line,
# with the table's name replaced by @T@ and the index name dropped.
indexes() {
    db -At -c "SELECT regexp_replace(pg_get_indexdef(x.indexrelid), '^CREATE (UNIQUE )?INDEX \S+ ON (ONLY )?\S+ ',
                   'CREATE \1INDEX ON @T@ ') FROM pg_index x WHERE x.indrelid = '$1'::regclass ORDER BY 1"
}

# copy_into TABLE FILE INDEX_SQL...: a new bench.t LIKE TABLE with the given indexes, then the timed \copy of FILE.
# Prints the seconds.
copy_into() {
    local table="$1" file="$2" sql t0 t1
    shift 2
    db -c 'DROP TABLE IF EXISTS bench.t' \
        -c "CREATE TABLE bench.t (LIKE $table INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED)" >/dev/null
    for sql in "$@"; do
        db -c "${sql//@T@/bench.t}" >/dev/null
    done
    t0="$(now)"
    db -c "\\copy bench.t FROM '$file' WITH (FORMAT binary)" >/dev/null
    t1="$(now)"
    elapsed "$t0" "$t1"
}

row() { printf '  %-76s %9s %9s\n' "$@"; }
echo
echo "Index costs: \\copy of 1,000,000 rows as the services store them, best of $BENCH_RUNS (load average at start $(cut -d ' ' -f 1-3 /proc/loadavg))"
row "table, indexes" seconds "x bare"
for spec in "voice.objective_call voice" "coverage.sample coverage" "billing.charging_record billing"; do
    read -r table name <<<"$spec"
    mapfile -t defs < <(indexes "$table")
    variants=("bare")
    for def in "${defs[@]}"; do variants+=("$def"); done
    ((${#defs[@]} < 2)) || variants+=("all")
    bare=""
    for variant in "${variants[@]}"; do
        times=()
        for ((run = 1; run <= BENCH_RUNS; run++)); do
            case $variant in
                bare) times+=("$(copy_into "$table" "$WORK_DIR/$name.bin")") ;;
                all) times+=("$(copy_into "$table" "$WORK_DIR/$name.bin" "${defs[@]}")") ;;
                *) times+=("$(copy_into "$table" "$WORK_DIR/$name.bin" "$variant")") ;;
            esac
        done
        secs="$(best "${times[@]}")"
        [[ -n $bare ]] || bare="$secs"
        label="$variant"
        if [[ $variant != bare && $variant != all ]]; then
            # CREATE [UNIQUE ]INDEX ON @T@ USING btree (cols) -> + [UNIQUE ](cols)
            label="+ $(sed -E 's/^CREATE (UNIQUE )?INDEX ON @T@ USING btree /\1/' <<<"$variant")"
        elif [[ $variant == all ]]; then
            label="+ all ${#defs[@]}"
        fi
        row "$table: $label" "$secs" "$(ratio "$secs" "$bare")"
    done
done
echo
