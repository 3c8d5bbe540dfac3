#!/usr/bin/env bash
#
# bench/voice-ingest.sh: how fast does voice-quality-service take a large objective batch,
# compared with the fastest way PostgreSQL can load the same rows?
#
# A measurement, not a test: it exits 0 whatever the figures are, and non-zero only when
# something fails (stack down, upload refused, wrong row count, ...).
#
#   1. Uses the running stack (./qos up --no-demo is run when the voice service does not answer).
#   2. Generates, once, a deterministic CSV of BENCH_ROWS objective calls, cached under
#      ${QOS_CACHE:-~/.cache/qos}/bench/.
#   3. Warm-up (BENCH_WARMUP=1): one API upload of the file with ?dryRun=true (all the work,
#      then rolled back), timed and printed but not counted.
#   4. Each round (BENCH_RUNS of them, default 2):
#        a. API:    creates a campaign, then POSTs the CSV to /api/v1/voice/campaigns/{id}/samples
#                   with curl; wall time around curl; the answer must say accepted = BENCH_ROWS.
#                   Meanwhile the service's heap is sampled every 0.5 s from /q/metrics.
#                   Afterwards (not timed) the campaign's rows are deleted and the table compacted
#                   (VACUUM FULL), so that every upload meets a table without dead rows.
#        b. \copy:  right AFTER the API run, psql \copy of the same file into bench.objective_call,
#                   a table shaped like voice.objective_call (same types, same primary key);
#                   wall time around psql.
#      The best (shortest) time of each kind is compared: API / \copy, target >= 95 % (issue 16; 50 % before).
#   5. Cleans up: drops the schema bench, deletes the benchmark campaigns (rows, batches,
#      campaigns) from the schema voice after each upload (compacting the table, see above). A stack
#      it started is left running (./qos down stops it).
#
# Environment (all optional):
#   BENCH_ROWS (1000000)   rows of the CSV
#   BENCH_RUNS (2)         rounds; the best of each kind counts, every run is printed
#   BENCH_WARMUP (1)       1: one untimed API upload with ?dryRun=true first, so that the service's
#                          JIT has compiled the ingestion path (the first large upload of a fresh
#                          service is about twice as slow); its time is printed apart. 0: none.
#   QOS_VOICE_PORT (8081), QOS_KEYCLOAK_PORT (8180), QOS_CACHE (~/.cache/qos)
#   QOS_DB_URL, QOS_DB_USER, QOS_DB_PASSWORD   the service's database (default: local qos/qos@127.0.0.1:5432/qos)
#
# Needs: bash 5, curl, psql, awk.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$BENCH_DIR/lib.sh"

BENCH_ROWS="${BENCH_ROWS:-1000000}"
BENCH_RUNS="${BENCH_RUNS:-2}"
BENCH_WARMUP="${BENCH_WARMUP:-1}"
[[ $BENCH_ROWS =~ ^[1-9][0-9]*$ ]] || qos_die "BENCH_ROWS must be a positive integer, got '$BENCH_ROWS'"
[[ $BENCH_RUNS =~ ^[1-9][0-9]*$ ]] || qos_die "BENCH_RUNS must be a positive integer, got '$BENCH_RUNS'"
[[ $BENCH_WARMUP == [01] ]] || qos_die "BENCH_WARMUP must be 0 or 1, got '$BENCH_WARMUP'"

VOICE_URL="http://127.0.0.1:${QOS_VOICE_PORT:-8081}"
# its metrics: on the management interface (QOS_VOICE_MANAGEMENT_PORT), never on the public port
VOICE_METRICS_URL="http://127.0.0.1:${QOS_VOICE_MANAGEMENT_PORT:-9081}"
TARGET_PERCENT=95
# The campaign period (PERIOD_START, PERIOD_END) and the generator: generate_objective_csv of bench/lib.sh.
# Bump when the generator changes, so that a stale cached file is not reused.
GENERATOR_VERSION=1

BENCH_CACHE="$QOS_CACHE/bench"
CSV_FILE="$BENCH_CACHE/voice-objective-${BENCH_ROWS}-v${GENERATOR_VERSION}.csv"
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/voice-ingest.XXXXXX")"

# State for the cleanup trap (and CAMPAIGNS, SAMPLER_PID of bench/lib.sh).
BENCH_SCHEMA_MADE=0

# ---------------------------------------------------------------------------
# Cleanup, whatever the outcome
# ---------------------------------------------------------------------------

# cleanup: called by the trap of bench/lib.sh (after it stopped the sampler).
cleanup() {
    if ((${#CAMPAIGNS[@]} > 0)); then
        bench_info "deleting the ${#CAMPAIGNS[@]} benchmark campaign(s) and their rows from schema voice"
        delete_voice_campaigns "${CAMPAIGNS[@]}" || qos_warn "could not delete campaigns ${CAMPAIGNS[*]}"
    fi
    if ((BENCH_SCHEMA_MADE)); then
        bench_info "dropping schema bench"
        db -c 'DROP SCHEMA IF EXISTS bench CASCADE' || qos_warn "could not drop schema bench"
    fi
}
bench_trap

# ---------------------------------------------------------------------------
# 1. The stack and a token
# ---------------------------------------------------------------------------

bench_need curl psql awk

# The JDK that ./qos uses (and that jcmd/jstack would come from when profiling).
JAVA_HOME="$(qos_java_home)"
export JAVA_HOME
bench_info "JDK: $JAVA_HOME"

if ! bench_ready "$VOICE_URL"; then
    bench_info "voice-quality-service does not answer on $VOICE_URL: starting the stack (./qos up --no-demo)"
    bench_stack_up
    bench_ready "$VOICE_URL" || qos_die "voice-quality-service still does not answer on $VOICE_URL/q/health/ready"
    bench_info "stack started by this script: it stays up (./qos down stops it)"
fi
db_check
token >/dev/null

# ---------------------------------------------------------------------------
# 2. The CSV, generated once and cached
# ---------------------------------------------------------------------------

bench_csv "$CSV_FILE" "$BENCH_ROWS" rows generate_objective_csv "$BENCH_ROWS"

# ---------------------------------------------------------------------------
# The reference table: voice.objective_call as migrated (LIKE ... INCLUDING ALL:
# columns, checks, primary key; see bench_schema), with campaign_id and batch_id defaulted to constants, row_no numbered by an identity,
# and exclusion computed as the service computes it (profile: off-net first, then
# over 30 km/h), so that the CSV loads as is and the stored rows are the same.
# ---------------------------------------------------------------------------

BENCH_SCHEMA_MADE=1
bench_schema
db <<'SQL'
CREATE TABLE bench.objective_call (LIKE voice.objective_call INCLUDING ALL);
ALTER TABLE bench.objective_call
    ALTER campaign_id SET DEFAULT '00000000-0000-0000-0000-00000000be01',
    ALTER batch_id SET DEFAULT '00000000-0000-0000-0000-00000000be02',
    ALTER row_no ADD GENERATED BY DEFAULT AS IDENTITY;
CALL bench.computed('bench.objective_call', 'exclusion',
    $$CASE WHEN NOT on_net THEN 'OFF_NET' WHEN speed_kmh > 30 THEN 'OVER_SPEED' END$$);
CALL bench.restore('voice.objective_call', 'bench.objective_call');
SQL

# ---------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------

API_TIMES=()
COPY_TIMES=()
HEAP_PEAKS=()
OLD_PEAKS=()
read -r HEAP_BEFORE OLD_BEFORE <<<"$(heap_used_bytes "$VOICE_METRICS_URL")" || true
LOAD_AT_START="$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')"
HEAP_MAX="$(heap_max_bytes "$VOICE_METRICS_URL")"

# upload N [dry]: one timed upload of the whole CSV into a new campaign, the heap sampled
# meanwhile. With "dry", ?dryRun=true: the service does all the work (parse, check, COPY)
# and rolls back. Sets UPLOAD_SECS, UPLOAD_PEAK and UPLOAD_OLD_PEAK (bytes).
upload() {
    local n="$1" dry="${2:-}" token id t0 t1 code body accepted label query=""
    label="run $n, API"
    if [[ $dry == dry ]]; then
        label="warm-up, API dryRun"
        query="?dryRun=true"
    fi
    token="$(token)"
    id="$(create_voice_campaign "$VOICE_URL" "$token")"
    CAMPAIGNS+=("$id")
    bench_info "$label: uploading $CSV_MB MB to campaign $id"
    start_sampler "$WORK_DIR/heap.$n" "$VOICE_METRICS_URL"
    t0="$(now)"
    # Expect: (empty) stops curl from waiting for a "100 Continue" before sending the body.
    code="$(curl -sS --max-time 3600 -o "$WORK_DIR/upload.json" -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' -H 'Expect:' \
        --data-binary @"$CSV_FILE" "$VOICE_URL/api/v1/voice/campaigns/$id/samples$query")" ||
        qos_die "the upload failed (curl)"
    t1="$(now)"
    stop_sampler
    body="$(<"$WORK_DIR/upload.json")"
    [[ $code == 200 || $code == 201 ]] || qos_die "the upload answered HTTP $code: ${body:0:2000}"
    accepted="$(qos_json_field accepted <<<"$body")"
    [[ $accepted == "$BENCH_ROWS" ]] || qos_die "the upload accepted '${accepted}' rows, expected $BENCH_ROWS: $body"
    UPLOAD_SECS="$(elapsed "$t0" "$t1")"
    UPLOAD_PEAK="$(max_of "$WORK_DIR/heap.$n" 1)"
    UPLOAD_OLD_PEAK="$(max_of "$WORK_DIR/heap.$n" 2)"
    bench_info "$label: $BENCH_ROWS rows in $UPLOAD_SECS s ($(rate "$BENCH_ROWS" "$UPLOAD_SECS") rows/s)," \
        "peak heap $(mb "$UPLOAD_PEAK") MB (old gen $(mb "$UPLOAD_OLD_PEAK") MB), answer $body"
    # Not timed: remove the rows so that every run starts from the same table.
    delete_voice_campaigns "$id"
    forget_campaign "$id"
}

# api_run N: one counted upload.
api_run() {
    upload "$1"
    API_TIMES+=("$UPLOAD_SECS")
    HEAP_PEAKS+=("$UPLOAD_PEAK")
    OLD_PEAKS+=("$UPLOAD_OLD_PEAK")
}

# copy_run N: one timed psql \copy of the same file into bench.objective_call.
copy_run() {
    local n="$1" t0 t1 secs count
    db -c 'TRUNCATE bench.objective_call RESTART IDENTITY'
    bench_info "run $n, \\copy: loading the same file into bench.objective_call"
    t0="$(now)"
    db -c "\\copy bench.objective_call (call_id, started_at, score, speed_kmh, on_net) FROM '$CSV_FILE' WITH (FORMAT csv, HEADER true)"
    t1="$(now)"
    count="$(db -At -c 'SELECT count(*) FROM bench.objective_call')"
    [[ $count == "$BENCH_ROWS" ]] || qos_die "\\copy stored $count rows, expected $BENCH_ROWS"
    secs="$(elapsed "$t0" "$t1")"
    COPY_TIMES+=("$secs")
    bench_info "run $n, \\copy:  $BENCH_ROWS rows in $secs s ($(rate "$BENCH_ROWS" "$secs") rows/s)"
}

# The service compiles its hot paths (JIT) during the first large upload, which runs about
# twice as slow as the next ones: one untimed dry run first, unless BENCH_WARMUP=0.
WARMUP_SECS="-"
WARMUP_PEAK=""
WARMUP_OLD_PEAK=""
if [[ $BENCH_WARMUP == 1 ]]; then
    upload 0 dry
    WARMUP_SECS="$UPLOAD_SECS"
    WARMUP_PEAK="$UPLOAD_PEAK"
    WARMUP_OLD_PEAK="$UPLOAD_OLD_PEAK"
fi

bench_info "$BENCH_RUNS round(s); in each, the API upload first, then the \\copy reference right after"
for ((run = 1; run <= BENCH_RUNS; run++)); do
    api_run "$run"
    copy_run "$run"
done

# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------

API_BEST="$(best "${API_TIMES[@]}")"
COPY_BEST="$(best "${COPY_TIMES[@]}")"
# Peak over every upload, the warm-up included (it does the same work).
HEAP_PEAK="$(printf '%s\n' "${HEAP_PEAKS[@]}" ${WARMUP_PEAK:+"$WARMUP_PEAK"} | sort -g | tail -n 1)"
OLD_PEAK="$(printf '%s\n' "${OLD_PEAKS[@]}" ${WARMUP_OLD_PEAK:+"$WARMUP_OLD_PEAK"} | sort -g | tail -n 1)"
# Same rows on both sides: the ratio of the rates is the inverse ratio of the times.
PERCENT="$(percent "$COPY_BEST" "$API_BEST")"
if meets "$PERCENT" "$TARGET_PERCENT"; then
    VERDICT="PASS"
else
    VERDICT="BELOW TARGET"
fi

row() { printf '  %-28s %9s %9s %9s   %s\n' "$@"; }
echo
echo "Voice objective ingestion: $BENCH_ROWS rows, CSV $CSV_MB MB ($CSV_BYTES bytes); best of $BENCH_RUNS run(s) each"
echo "($(nproc) CPUs, load average at start $LOAD_AT_START; rounds: API upload, then \\copy right after)"
row "" rows seconds rows/s "all runs (s)"
row "API  POST text/csv" "$BENCH_ROWS" "$API_BEST" "$(rate "$BENCH_ROWS" "$API_BEST")" "${API_TIMES[*]}"
row "psql \\copy (reference)" "$BENCH_ROWS" "$COPY_BEST" "$(rate "$BENCH_ROWS" "$COPY_BEST")" "${COPY_TIMES[*]}"
if [[ $WARMUP_SECS != - ]]; then
    row "API  warm-up dryRun (*)" "$BENCH_ROWS" "$WARMUP_SECS" "$(rate "$BENCH_ROWS" "$WARMUP_SECS")" "not counted"
fi
printf '  %-28s %s %%   target >= %s %%   %s\n' "API / \\copy" "$PERCENT" "$TARGET_PERCENT" "$VERDICT"
printf '  %-28s %s MB peak used, sampled every 0.5 s (counted runs: %s MB; before: %s MB; max %s MB)\n' \
    "service heap" "$(mb "$HEAP_PEAK")" "$(for p in "${HEAP_PEAKS[@]}"; do printf '%s ' "$(mb "$p")"; done | sed 's/ $//')" \
    "$(mb "${HEAP_BEFORE:-0}")" "$(mb "${HEAP_MAX:-0}")"
printf '  %-28s %s MB peak (before: %s MB), next to a CSV body of %s MB: the body is %s\n' \
    "  of which old generation" "$(mb "$OLD_PEAK")" "$(mb "${OLD_BEFORE:-0}")" "$CSV_MB" \
    "$(awk -v o="$OLD_PEAK" -v b="${OLD_BEFORE:-0}" -v s="$CSV_BYTES" 'BEGIN {
        if (s < 16 * 1048576) print "too small to tell"
        else print (o - b < s / 2 ? "streamed, not held" : "POSSIBLY HELD IN MEMORY") }')"
if [[ $WARMUP_SECS != - ]]; then
    echo "  (*) first upload, before the counted runs: on a freshly started service it shows the cold (JIT) cost"
fi
echo
# The cleanup trap drops the schema bench; the benchmark campaigns were deleted after each upload.
