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
#                   Afterwards (not timed) the campaign's rows are deleted and the table vacuumed.
#        b. \copy:  right AFTER the API run, psql \copy of the same file into bench.objective_call,
#                   a table shaped like voice.objective_call (same types, same primary key);
#                   wall time around psql.
#      The best (shortest) time of each kind is compared: API / \copy, target >= 50 %.
#   5. Cleans up: drops the schema bench, deletes the benchmark campaigns (rows, batches,
#      campaigns) from the schema voice (after each upload), then VACUUM FULL voice.objective_call
#      so that the deleted rows' space (mostly primary-key index) goes back. A stack it started
#      is left running (./qos down stops it).
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
# shellcheck source-path=SCRIPTDIR source=../scripts/lib.sh
source "$BENCH_DIR/../scripts/lib.sh"

BENCH_ROWS="${BENCH_ROWS:-1000000}"
BENCH_RUNS="${BENCH_RUNS:-2}"
BENCH_WARMUP="${BENCH_WARMUP:-1}"
[[ $BENCH_ROWS =~ ^[1-9][0-9]*$ ]] || qos_die "BENCH_ROWS must be a positive integer, got '$BENCH_ROWS'"
[[ $BENCH_RUNS =~ ^[1-9][0-9]*$ ]] || qos_die "BENCH_RUNS must be a positive integer, got '$BENCH_RUNS'"
[[ $BENCH_WARMUP == [01] ]] || qos_die "BENCH_WARMUP must be 0 or 1, got '$BENCH_WARMUP'"

VOICE_URL="http://127.0.0.1:${QOS_VOICE_PORT:-8081}"
TOKEN_URL="$QOS_OIDC_URL/protocol/openid-connect/token"
TARGET_PERCENT=50
# The campaign period; the generator writes startedAt values inside it (+07:00).
PERIOD_START="2026-07-01"
PERIOD_END="2026-09-30"
# Bump when the generator changes, so that a stale cached file is not reused.
GENERATOR_VERSION=1

BENCH_CACHE="$QOS_CACHE/bench"
CSV_FILE="$BENCH_CACHE/voice-objective-${BENCH_ROWS}-v${GENERATOR_VERSION}.csv"
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/voice-ingest.XXXXXX")"

# State for the cleanup trap.
CAMPAIGNS=()       # ids of the campaigns this run created
SAMPLER_PID=""     # the heap sampler running in the background, if any
BENCH_SCHEMA_MADE=0
UPLOADED=0         # 1 once an upload has stored (and so later deleted) rows

bench_info() { printf 'bench: %s\n' "$*"; }

# ---------------------------------------------------------------------------
# Database access (psql as the service's role, over TCP)
# ---------------------------------------------------------------------------

DB_HOST="127.0.0.1" DB_PORT="5432" DB_NAME="qos"
DB_USER="${QOS_DB_USER:-qos}" DB_PASSWORD="${QOS_DB_PASSWORD:-qos}"
if [[ -n ${QOS_DB_URL:-} ]]; then
    [[ $QOS_DB_URL =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]] ||
        qos_die "QOS_DB_URL='$QOS_DB_URL' is not a jdbc:postgresql://host[:port]/db URL"
    DB_HOST="${BASH_REMATCH[1]}" DB_PORT="${BASH_REMATCH[3]:-5432}" DB_NAME="${BASH_REMATCH[4]}"
fi

# db ARGS...: psql on the service's database, stopping at the first error.
db() {
    PGPASSWORD="$DB_PASSWORD" PGCONNECT_TIMEOUT=5 PGOPTIONS="-c client_min_messages=warning" \
        psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" "$@"
}

# ---------------------------------------------------------------------------
# Cleanup, whatever the outcome
# ---------------------------------------------------------------------------

# delete_campaigns ID...: remove campaigns with their rows and batch log (no FK from the
# sample table, so its rows go first), then vacuum so that the next run starts from a
# table without a million dead tuples (and autovacuum does not start in a timed run).
delete_campaigns() {
    (($# > 0)) || return 0
    local list
    list="$(printf "'%s'," "$@")"
    list="${list%,}"
    db <<SQL
BEGIN;
DELETE FROM voice.objective_call WHERE campaign_id IN ($list);
DELETE FROM voice.batch          WHERE campaign_id IN ($list);
DELETE FROM voice.campaign       WHERE id IN ($list);
COMMIT;
VACUUM voice.objective_call;
SQL
}

# compact_table: give the space of the deleted rows back. A plain VACUUM makes it reusable
# but never shrinks the primary-key index (over 200 MB after a 1,000,000-row run); VACUUM FULL
# rewrites the table and its indexes (the few demo rows: under a second) under an exclusive
# lock, so it gives up after 10 s rather than hold up the service.
compact_table() {
    db -c "SET lock_timeout = '10s'" -c 'VACUUM FULL voice.objective_call'
}

stop_sampler() {
    if [[ -n $SAMPLER_PID ]]; then
        kill "$SAMPLER_PID" 2>/dev/null || true
        wait "$SAMPLER_PID" 2>/dev/null || true
        SAMPLER_PID=""
    fi
}

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    stop_sampler
    if ((${#CAMPAIGNS[@]} > 0)); then
        bench_info "deleting the ${#CAMPAIGNS[@]} benchmark campaign(s) and their rows from schema voice"
        delete_campaigns "${CAMPAIGNS[@]}" || qos_warn "could not delete campaigns ${CAMPAIGNS[*]}"
    fi
    if ((UPLOADED)); then
        bench_info "compacting voice.objective_call (VACUUM FULL)"
        compact_table || qos_warn "VACUUM FULL voice.objective_call failed; the space of the deleted rows stays allocated"
    fi
    if ((BENCH_SCHEMA_MADE)); then
        bench_info "dropping schema bench"
        db -c 'DROP SCHEMA IF EXISTS bench CASCADE' || qos_warn "could not drop schema bench"
    fi
    rm -rf "$WORK_DIR"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------
# 1. The stack and a token
# ---------------------------------------------------------------------------

for cmd in curl psql awk; do
    command -v "$cmd" >/dev/null 2>&1 || qos_die "'$cmd' is required"
done

# The JDK that ./qos uses (and that jcmd/jstack would come from when profiling).
JAVA_HOME="$(qos_java_home)"
export JAVA_HOME
bench_info "JDK: $JAVA_HOME"

voice_ready() { [[ "$(qos__http_code "$VOICE_URL/q/health/ready")" == 200 ]]; }

if ! voice_ready; then
    bench_info "voice-quality-service does not answer on $VOICE_URL: starting the stack (./qos up --no-demo)"
    # Its status alone is not trusted: what counts is that the service answers afterwards.
    "$QOS_ROOT/qos" up --no-demo || qos_warn "./qos up --no-demo exited with status $?"
    voice_ready || qos_die "voice-quality-service still does not answer on $VOICE_URL/q/health/ready"
    bench_info "stack started by this script: it stays up (./qos down stops it)"
fi
db -c 'SELECT 1' >/dev/null || qos_die "cannot connect to PostgreSQL as $DB_USER at $DB_HOST:$DB_PORT/$DB_NAME"

# token: a fresh access token of the user regulator (taken before each upload, so that
# a long run never outlives its token).
token() {
    local answer access
    answer="$(curl -sS --fail --max-time 30 "$TOKEN_URL" -d grant_type=password -d client_id=qos-cli \
        -d username=regulator -d password=regulator)" || qos_die "no token from $TOKEN_URL"
    access="$(sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$answer")"
    [[ -n $access ]] || qos_die "the answer of $TOKEN_URL has no access_token"
    printf '%s\n' "$access"
}
token >/dev/null

# ---------------------------------------------------------------------------
# 2. The CSV, generated once and cached
# ---------------------------------------------------------------------------

# generate_csv ROWS: print a header and ROWS deterministic, realistic objective calls:
#   callId     C0000001, C0000002, ...
#   startedAt  spread evenly over the 92 days of the period, 07:00-22:00 local time (+07:00)
#   score      MOS-LQO about normal around 3.7 (sd ~0.45) with 3 % of bad calls (1.0-2.5), within 1.0-4.5
#   speedKmh   40 % standing or walking (0-6), 45 % in town (8-60), 15 % on the highway (60-110)
#   onNet      true for 97 % of the calls
# The random numbers come from the Park-Miller generator, exact in double arithmetic, so
# that every awk (mawk, gawk, busybox) writes the same file.
generate_csv() {
    awk -v n="$1" 'BEGIN {
        seed = 20260701
        width = length(n "") > 7 ? length(n "") : 7
        print "callId,startedAt,score,speedKmh,onNet"
        for (i = 1; i <= n; i++) {
            day = int((i - 1) * 92 / n)
            if (day < 31) { month = 7; dom = day + 1 }
            else if (day < 62) { month = 8; dom = day - 30 }
            else { month = 9; dom = day - 61 }
            t = 7 * 3600 + int(rnd() * 15 * 3600)
            if (rnd() < 0.03) {
                score = 1.0 + rnd() * 1.5
            } else {
                score = 3.7 + (rnd() + rnd() + rnd() + rnd() - 2) * 0.78
            }
            if (score < 1.0) score = 1.0
            if (score > 4.5) score = 4.5
            u = rnd()
            if (u < 0.40) speed = rnd() * 6
            else if (u < 0.85) speed = 8 + rnd() * 52
            else speed = 60 + rnd() * 50
            printf "C%0*d,2026-%02d-%02dT%02d:%02d:%02d+07:00,%.2f,%.1f,%s\n", width, i, month, dom,
                int(t / 3600), int(t % 3600 / 60), t % 60, score, speed, (rnd() < 0.97 ? "true" : "false")
        }
    }
    function rnd() {
        seed = (seed * 16807) % 2147483647
        return seed / 2147483647
    }'
}

mkdir -p "$BENCH_CACHE"
if [[ -s $CSV_FILE ]]; then
    bench_info "CSV: $CSV_FILE (cached)"
else
    bench_info "generating $BENCH_ROWS rows into $CSV_FILE"
    generate_csv "$BENCH_ROWS" >"$CSV_FILE.tmp.$$"
    mv -f "$CSV_FILE.tmp.$$" "$CSV_FILE"
fi
CSV_LINES="$(wc -l <"$CSV_FILE")"
((CSV_LINES == BENCH_ROWS + 1)) || qos_die "$CSV_FILE has $CSV_LINES lines, expected $((BENCH_ROWS + 1)); delete it"
CSV_BYTES="$(stat -c %s "$CSV_FILE")"
CSV_MB="$(awk -v b="$CSV_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')"

# ---------------------------------------------------------------------------
# The reference table: voice.objective_call's columns and primary key, with
# campaign_id and batch_id defaulted to constants, row_no numbered by an identity,
# and exclusion computed as the service computes it (profile: off-net first, then
# over 30 km/h), so that the CSV loads as is and the stored rows are the same.
# ---------------------------------------------------------------------------

db <<'SQL'
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE TABLE bench.objective_call (
    campaign_id uuid        NOT NULL DEFAULT '00000000-0000-0000-0000-00000000be01',
    batch_id    uuid        NOT NULL DEFAULT '00000000-0000-0000-0000-00000000be02',
    row_no      integer     NOT NULL GENERATED BY DEFAULT AS IDENTITY,
    call_id     varchar(64) NOT NULL,
    started_at  timestamptz NOT NULL,
    score       numeric     NOT NULL,
    speed_kmh   numeric     NOT NULL,
    on_net      boolean     NOT NULL,
    exclusion   varchar(16) GENERATED ALWAYS AS (
                    CASE WHEN NOT on_net THEN 'OFF_NET' WHEN speed_kmh > 30 THEN 'OVER_SPEED' END) STORED
                CHECK (exclusion IN ('OFF_NET', 'OVER_SPEED')),
    CONSTRAINT objective_call_pk PRIMARY KEY (campaign_id, call_id)
);
SQL
BENCH_SCHEMA_MADE=1

# ---------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------

# heap_used_bytes: the service's used heap, summed over the heap pools, then the old
# generation's share (where retained data ends up: a buffered body would show there,
# G1 allocates arrays of several MB straight into it). Empty on failure.
heap_used_bytes() {
    curl -s --max-time 2 "$VOICE_URL/q/metrics" 2>/dev/null |
        awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ {
                 sum += $NF; found = 1
                 if (/Old Gen|Tenured/) old += $NF
             }
             END { if (found) printf "%.0f %.0f\n", sum, old }' || true
}

# heap_max_bytes: the heap limit (the pools that report one; G1 reports it on the old generation).
heap_max_bytes() {
    curl -s --max-time 2 "$VOICE_URL/q/metrics" 2>/dev/null |
        awk '/^jvm_memory_max_bytes\{/ && /area="heap"/ && $NF > 0 { sum += $NF; found = 1 }
             END { if (found) printf "%.0f\n", sum }' || true
}

# start_sampler FILE: append the used heap to FILE every 0.5 s, in the background.
start_sampler() {
    local file="$1"
    : >"$file"
    (
        trap 'exit 0' TERM
        while true; do
            heap_used_bytes >>"$file"
            sleep 0.5
        done
    ) &
    SAMPLER_PID=$!
}

# max_of FILE [COLUMN]: the largest number in that column of FILE (0 when empty).
max_of() { awk -v c="${2:-1}" 'BEGIN { m = 0 } $c > m { m = $c } END { printf "%.0f\n", m }' "$1"; }

mb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }

now() { printf '%s\n' "$EPOCHREALTIME"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }

# create_campaign TOKEN: print the id of a new OBJECTIVE campaign over the CSV's period.
create_campaign() {
    local token="$1" code body id
    code="$(curl -sS --max-time 30 -o "$WORK_DIR/campaign.json" -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
        -d "{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\",\"periodStart\":\"$PERIOD_START\",\"periodEnd\":\"$PERIOD_END\"}" \
        "$VOICE_URL/api/v1/voice/campaigns")" || qos_die "creating the campaign failed (curl)"
    body="$(<"$WORK_DIR/campaign.json")"
    [[ $code == 201 ]] || qos_die "creating the campaign answered HTTP $code: $body"
    id="$(sed -n 's/.*"id":"\([0-9a-f-]\{36\}\)".*/\1/p' <<<"$body")"
    [[ -n $id ]] || qos_die "no campaign id in: $body"
    printf '%s\n' "$id"
}

API_TIMES=()
COPY_TIMES=()
HEAP_PEAKS=()
OLD_PEAKS=()
read -r HEAP_BEFORE OLD_BEFORE <<<"$(heap_used_bytes)" || true
LOAD_AT_START="$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')"
HEAP_MAX="$(heap_max_bytes)"

# forget_campaign ID: take ID off the list that the cleanup trap deletes.
forget_campaign() {
    local c kept=()
    for c in "${CAMPAIGNS[@]}"; do
        [[ $c == "$1" ]] || kept+=("$c")
    done
    CAMPAIGNS=(${kept[@]+"${kept[@]}"})
}

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
    id="$(create_campaign "$token")"
    CAMPAIGNS+=("$id")
    [[ $dry == dry ]] || UPLOADED=1
    bench_info "$label: uploading $CSV_MB MB to campaign $id"
    start_sampler "$WORK_DIR/heap.$n"
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
    accepted="$(sed -n 's/.*"accepted":\([0-9]*\).*/\1/p' <<<"$body")"
    [[ $accepted == "$BENCH_ROWS" ]] || qos_die "the upload accepted '${accepted}' rows, expected $BENCH_ROWS: $body"
    UPLOAD_SECS="$(elapsed "$t0" "$t1")"
    UPLOAD_PEAK="$(max_of "$WORK_DIR/heap.$n" 1)"
    UPLOAD_OLD_PEAK="$(max_of "$WORK_DIR/heap.$n" 2)"
    bench_info "$label: $BENCH_ROWS rows in $UPLOAD_SECS s ($(rate "$BENCH_ROWS" "$UPLOAD_SECS") rows/s)," \
        "peak heap $(mb "$UPLOAD_PEAK") MB (old gen $(mb "$UPLOAD_OLD_PEAK") MB), answer $body"
    # Not timed: remove the rows so that every run starts from the same table.
    delete_campaigns "$id"
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

best() { printf '%s\n' "$@" | sort -g | head -n 1; }
API_BEST="$(best "${API_TIMES[@]}")"
COPY_BEST="$(best "${COPY_TIMES[@]}")"
# Peak over every upload, the warm-up included (it does the same work).
HEAP_PEAK="$(printf '%s\n' "${HEAP_PEAKS[@]}" ${WARMUP_PEAK:+"$WARMUP_PEAK"} | sort -g | tail -n 1)"
OLD_PEAK="$(printf '%s\n' "${OLD_PEAKS[@]}" ${WARMUP_OLD_PEAK:+"$WARMUP_OLD_PEAK"} | sort -g | tail -n 1)"
# Same rows on both sides: the ratio of the rates is the inverse ratio of the times.
PERCENT="$(awk -v a="$API_BEST" -v c="$COPY_BEST" 'BEGIN { printf "%.1f", 100 * c / a }')"
if awk -v p="$PERCENT" -v t="$TARGET_PERCENT" 'BEGIN { exit !(p >= t) }'; then
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
