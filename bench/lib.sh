# shellcheck shell=bash
#
# bench/lib.sh: helpers shared by the benchmark scripts of bench/ (database access, a token, readiness,
# heap sampling, timing, the cleanup trap, cached CSVs). It sources scripts/lib.sh, whose qos_token and
# qos_json_field the scripts use.
#
# Source it from a bench script that runs with `set -euo pipefail`:
#     BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
#     source "$BENCH_DIR/lib.sh"
#
# Globals that it reads from the script: WORK_DIR (removed by the cleanup trap). Globals that it
# keeps: SAMPLER_PID, CAMPAIGNS (voice campaigns to delete), CSV_BYTES and CSV_MB (after bench_csv).

# shellcheck source-path=SCRIPTDIR source=../scripts/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"

SAMPLER_PID=""     # the heap sampler running in the background, if any
CAMPAIGNS=()       # ids of the voice campaigns to delete (see forget_campaign)

# bench_info MESSAGE...: a progress line.
bench_info() { printf 'bench: %s\n' "$*"; }

# bench_need CMD...: die unless every CMD is on the PATH.
bench_need() {
    local cmd
    for cmd in "$@"; do
        command -v "$cmd" >/dev/null 2>&1 || qos_die "'$cmd' is required"
    done
}

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

# db_check: die unless the database answers.
db_check() {
    db -c 'SELECT 1' >/dev/null || qos_die "cannot connect to PostgreSQL as $DB_USER at $DB_HOST:$DB_PORT/$DB_NAME"
}

# ---------------------------------------------------------------------------
# The stack and a token
# ---------------------------------------------------------------------------

# bench_ready BASE_URL: succeed when the service at BASE_URL says it is ready.
bench_ready() { [[ "$(qos__http_code "$1/q/health/ready")" == 200 ]]; }

# bench_stack_up: ./qos up --no-demo. Its status alone is not trusted: the caller checks afterwards
# that what it needs answers.
bench_stack_up() { "$QOS_ROOT/qos" up --no-demo || qos_warn "./qos up --no-demo exited with status $?"; }

# token: a fresh access token of the user regulator (taken before each measurement, so that a long run
# never outlives its token); scripts/lib.sh's qos_token.
token() { qos_token regulator regulator; }

# ---------------------------------------------------------------------------
# Heap sampling from a service's /q/metrics (its management port: BASE_URL is the management interface)
# ---------------------------------------------------------------------------

# heap_used_bytes BASE_URL: "USED OLD": the used heap summed over the heap pools, then the old
# generation's share (where retained data ends up: a buffered body would show there, G1 allocates
# arrays of several MB straight into it; 0 without such a pool). Empty on failure.
heap_used_bytes() {
    curl -s --max-time 2 "$1/q/metrics" 2>/dev/null |
        awk '/^jvm_memory_used_bytes\{/ && /area="heap"/ {
                 sum += $NF; found = 1
                 if (/Old Gen|Tenured/) old += $NF
             }
             END { if (found) printf "%.0f %.0f\n", sum, old }' || true
}

# heap_max_bytes BASE_URL: the heap limit (the pools that report one; G1 reports it on the old
# generation). Empty on failure.
heap_max_bytes() {
    curl -s --max-time 2 "$1/q/metrics" 2>/dev/null |
        awk '/^jvm_memory_max_bytes\{/ && /area="heap"/ && $NF > 0 { sum += $NF; found = 1 }
             END { if (found) printf "%.0f\n", sum }' || true
}

# start_sampler FILE BASE_URL: append heap_used_bytes BASE_URL to FILE every 0.5 s, in the background.
start_sampler() {
    local file="$1" base="$2"
    : >"$file"
    (
        trap 'exit 0' TERM
        while true; do
            heap_used_bytes "$base" >>"$file"
            sleep 0.5
        done
    ) &
    SAMPLER_PID=$!
}

# stop_sampler: stop the sampler started by start_sampler, if any.
stop_sampler() {
    if [[ -n $SAMPLER_PID ]]; then
        kill "$SAMPLER_PID" 2>/dev/null || true
        wait "$SAMPLER_PID" 2>/dev/null || true
        SAMPLER_PID=""
    fi
}

# max_of FILE [COLUMN]: the largest number in that column (default 1) of FILE (0 when empty).
max_of() { awk -v c="${2:-1}" 'BEGIN { m = 0 } $c > m { m = $c } END { printf "%.0f\n", m }' "$1"; }

# mb BYTES: in MB, rounded.
mb() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }

# ---------------------------------------------------------------------------
# Timing and figures
# ---------------------------------------------------------------------------

# now: the wall clock, in seconds with microseconds (for elapsed).
now() { printf '%s\n' "$EPOCHREALTIME"; }

# elapsed T0 T1: T1 - T0 in seconds, 3 decimals.
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", b - a }'; }

# rate N SECONDS: N / SECONDS, rounded (rows/s).
rate() { awk -v n="$1" -v s="$2" 'BEGIN { printf "%.0f", n / s }'; }

# ratio A B: A / B, 2 decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# percent A B: 100 * A / B, 1 decimal (0 when B is 0).
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0 ? 100 * a / b : 0) }'; }

# meets VALUE TARGET: succeed when VALUE >= TARGET (decimal numbers).
meets() { awk -v p="$1" -v t="$2" 'BEGIN { exit !(p >= t) }'; }

# best TIME...: the smallest.
best() { printf '%s\n' "$@" | sort -g | head -n 1; }

# ---------------------------------------------------------------------------
# Cleanup, whatever the outcome
# ---------------------------------------------------------------------------

# bench_trap: on exit (INT and TERM exit with 130 and 143), stop the sampler, run the script's own
# function `cleanup` if it has one, remove WORK_DIR, and exit with the script's status.
bench_trap() {
    trap bench__exit EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}
bench__exit() {
    local rc=$?
    trap - EXIT INT TERM
    stop_sampler
    if declare -F cleanup >/dev/null; then
        cleanup
    fi
    [[ -z ${WORK_DIR:-} ]] || rm -rf "$WORK_DIR"
    exit "$rc"
}

# forget_campaign ID: take ID off CAMPAIGNS (once its rows are deleted).
forget_campaign() {
    local c kept=()
    for c in "${CAMPAIGNS[@]}"; do
        [[ $c == "$1" ]] || kept+=("$c")
    done
    CAMPAIGNS=(${kept[@]+"${kept[@]}"})
}

# ---------------------------------------------------------------------------
# Cached CSVs
# ---------------------------------------------------------------------------

# bench_make_csv FILE CMD [ARG...]: unless FILE exists and is not empty, write the output of CMD to it
# (through a temporary file, so that an interrupted run leaves no truncated file in the cache).
bench_make_csv() {
    local file="$1"
    shift
    [[ -s $file ]] && return 0
    mkdir -p "$(dirname "$file")"
    "$@" >"$file.tmp.$$"
    mv -f "$file.tmp.$$" "$file"
}

# bench_csv FILE ROWS WHAT CMD [ARG...]: the cached CSV FILE of a header and ROWS rows (WHAT: "rows",
# "samples", for the message), generated by CMD when missing; dies when its line count is wrong.
# Sets CSV_BYTES and CSV_MB (1 decimal).
bench_csv() {
    local file="$1" rows="$2" what="$3" lines
    shift 3
    if [[ -s $file ]]; then
        bench_info "CSV: $file (cached)"
    else
        bench_info "generating $rows $what into $file"
        bench_make_csv "$file" "$@"
    fi
    lines="$(wc -l <"$file")"
    ((lines == rows + 1)) || qos_die "$file has $lines lines, expected $((rows + 1)); delete it"
    CSV_BYTES="$(stat -c %s "$file")"
    # shellcheck disable=SC2034 # used by the scripts
    CSV_MB="$(awk -v b="$CSV_BYTES" 'BEGIN { printf "%.1f", b / 1048576 }')"
}

# ---------------------------------------------------------------------------
# Voice objective campaigns (bench/voice-ingest.sh and bench/gateway.sh)
# ---------------------------------------------------------------------------

# The campaign period; generate_objective_csv writes startedAt values inside it (+07:00).
PERIOD_START="2026-07-01"
PERIOD_END="2026-09-30"

# generate_objective_csv ROWS: print a header and ROWS deterministic, realistic objective calls:
#   callId     C0000001, C0000002, ...
#   startedAt  spread evenly over the 92 days of the period, 07:00-22:00 local time (+07:00)
#   score      MOS-LQO about normal around 3.7 (sd ~0.45) with 3 % of bad calls (1.0-2.5), within 1.0-4.5
#   speedKmh   40 % standing or walking (0-6), 45 % in town (8-60), 15 % on the highway (60-110)
#   onNet      true for 97 % of the calls
# The random numbers come from the Park-Miller generator, exact in double arithmetic, so
# that every awk (mawk, gawk, busybox) writes the same file.
generate_objective_csv() {
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

# post_campaign URL TOKEN JSON: create a campaign by POST of JSON to URL (a family's campaigns path, on
# the service or the gateway) and print its id; dies on anything but 201 with an id.
post_campaign() {
    local url="$1" token="$2" json="$3" code body id
    code="$(curl -sS --max-time 30 -o "$WORK_DIR/campaign.json" -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$json" "$url")" ||
        qos_die "creating the campaign failed (curl)"
    body="$(<"$WORK_DIR/campaign.json")"
    [[ $code == 201 ]] || qos_die "creating the campaign answered HTTP $code: $body"
    id="$(qos_json_field id <<<"$body")"
    [[ -n $id ]] || qos_die "no campaign id in: $body"
    printf '%s\n' "$id"
}

# create_voice_campaign BASE_URL TOKEN: print the id of a new OBJECTIVE campaign of ALPHA over the
# period, created through BASE_URL (the service or the gateway).
create_voice_campaign() {
    post_campaign "$1/api/v1/voice/campaigns" "$2" \
        "{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\",\"periodStart\":\"$PERIOD_START\",\"periodEnd\":\"$PERIOD_END\"}"
}

# compact_table TABLE...: give the space of deleted and rolled-back rows back, so that a timed upload
# meets its table as the \copy reference meets its new one: without dead rows in the heap or the indexes.
# A rolled-back batch (a dryRun, a refused upload) leaves its rows dead like a DELETE does, and a
# plain VACUUM makes their space reusable but leaves the indexes as large as they grew. Nothing else
# reclaims it when the server runs without autovacuum, as this machine's PostgreSQL does
# (autovacuum = off in its configuration): a billing partition had 4.9M dead rows and 330 MB indexes
# after a few runs, and uploads into it took 15-17 s instead of 12.6 s. VACUUM FULL rewrites a table
# and its indexes (the demo rows: under a second) under an exclusive lock, so it gives up after 10 s
# rather than hold up the service.
compact_table() {
    local table
    for table in "$@"; do
        db -c "SET lock_timeout = '10s'" -c "VACUUM FULL $table"
    done
}

# delete_campaigns SCHEMA ROW_TABLE ID...: remove campaigns of a family's schema with their rows
# (SCHEMA.ROW_TABLE) and batch log (no FK from the row table, so its rows go first), then compact the
# row table so that the next run starts from a table without a million dead rows.
delete_campaigns() {
    local schema="$1" rows="$2" list
    shift 2
    (($# > 0)) || return 0
    list="$(printf "'%s'," "$@")"
    list="${list%,}"
    db <<SQL
BEGIN;
DELETE FROM $schema.$rows    WHERE campaign_id IN ($list);
DELETE FROM $schema.batch    WHERE campaign_id IN ($list);
DELETE FROM $schema.campaign_statistics WHERE campaign_id IN ($list);
DELETE FROM $schema.campaign WHERE id IN ($list);
COMMIT;
SQL
    compact_table "$schema.$rows"
}

# delete_voice_campaigns ID...: the benchmark's voice campaigns, with their objective calls.
delete_voice_campaigns() { delete_campaigns voice objective_call "$@"; }

# ---------------------------------------------------------------------------
# Reference tables for the psql \copy comparisons
# ---------------------------------------------------------------------------

# bench_schema: the schema bench, dropped and created again, with two procedures for reference tables
# made by CREATE TABLE bench.X (LIKE SERVICE_SCHEMA.X INCLUDING ALL), so that they follow the service's
# migrated table (columns, types, checks, keys, indexes) instead of a copy of its DDL:
#   CALL bench.computed(TABLE, COLUMN, EXPRESSION): COLUMN becomes a stored generated column of the same type
#       computing EXPRESSION (what the service computes in Java, e.g. an exclusion), so that a CSV
#       loads as is; the checks and indexes that went with the old column are gone until bench.restore.
#   CALL bench.restore(SOURCE, TARGET): the checks, keys and indexes of SOURCE that TARGET lacks (the
#       definitions compared) are added to it, from their definitions in the catalog.
# The scripts' cleanup drops the schema (BENCH_SCHEMA_MADE=1).
bench_schema() {
    db <<'SQL'
DROP SCHEMA IF EXISTS bench CASCADE;
CREATE SCHEMA bench;
CREATE PROCEDURE bench.computed(target regclass, col name, expression text) LANGUAGE plpgsql AS $$
DECLARE
    col_type text := (SELECT format_type(atttypid, atttypmod) || CASE WHEN attnotnull THEN ' NOT NULL' ELSE '' END
                      FROM pg_attribute WHERE attrelid = target AND attname = col AND NOT attisdropped);
BEGIN
    IF col_type IS NULL THEN
        RAISE EXCEPTION 'no column % in %', col, target;
    END IF;
    EXECUTE format('ALTER TABLE %s DROP COLUMN %I', target, col);
    EXECUTE format('ALTER TABLE %s ADD COLUMN %I %s GENERATED ALWAYS AS (%s) STORED', target, col, col_type, expression);
END
$$;
CREATE PROCEDURE bench.restore(source regclass, target regclass) LANGUAGE plpgsql AS $$
DECLARE
    c record;
BEGIN
    -- (LIKE names what it copies after the new table: the definitions are compared, not the names)
    FOR c IN SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint s
             WHERE conrelid = source AND contype IN ('c', 'p', 'u', 'x')
               AND NOT EXISTS (SELECT FROM pg_constraint t WHERE t.conrelid = target AND t.contype = s.contype
                               AND pg_get_constraintdef(t.oid) = pg_get_constraintdef(s.oid))
             ORDER BY contype DESC, conname LOOP
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT %I %s', target, c.conname, c.def);
    END LOOP;
    FOR c IN SELECT pg_get_indexdef(x.indexrelid) AS def FROM pg_index x
             WHERE x.indrelid = source AND NOT EXISTS (SELECT FROM pg_constraint WHERE conindid = x.indexrelid)
               AND substring(pg_get_indexdef(x.indexrelid) FROM ' USING .*') NOT IN (
                   SELECT substring(pg_get_indexdef(t.indexrelid) FROM ' USING .*') FROM pg_index t
                   WHERE t.indrelid = target)
             ORDER BY 1 LOOP
        -- CREATE [UNIQUE] INDEX NAME ON [ONLY] SOURCE USING ...: an index of the same name in schema bench
        EXECUTE replace(regexp_replace(c.def, ' ON (ONLY )?\S+ USING ', ' ON @TARGET@ USING '), '@TARGET@', target::text);
    END LOOP;
END
$$;
SQL
}

# ---------------------------------------------------------------------------
# Scorecards (bench/scorecard.sh and bench/scorecard-load.sh): rows of the three campaign families in any
# quarter, and latency figures
# ---------------------------------------------------------------------------

# quarter_start YEAR Q: the quarter's first day; quarter_end YEAR Q: its last.
quarter_start() { printf '%04d-%02d-01\n' "$1" $((3 * $2 - 2)); }
quarter_end() {
    case $2 in
    1) printf '%04d-03-31\n' "$1" ;; 2) printf '%04d-06-30\n' "$1" ;;
    3) printf '%04d-09-30\n' "$1" ;; 4) printf '%04d-12-31\n' "$1" ;;
    esac
}

# generate_quarter_calls FIRST COUNT YEAR Q: a header and objective calls number FIRST .. FIRST+COUNT-1 (callId
# Q0000001 ...: a campaign's ids stay unique over several files), dated on days 1-28 of the quarter's months,
# scores about 1-4.5, a quarter of them over 30 km/h, 3 % off-net (Park-Miller numbers, seeded by FIRST).
generate_quarter_calls() {
    awk -v first="$1" -v n="$2" -v year="$3" -v q="$4" 'BEGIN {
        seed = 20260701 + first
        print "callId,startedAt,score,speedKmh,onNet"
        for (i = first; i < first + n; i++) {
            month = 3 * q - 2 + i % 3
            t = 7 * 3600 + int(rnd() * 15 * 3600)
            score = 1.0 + rnd() * 3.5
            printf "Q%09d,%04d-%02d-%02dT%02d:%02d:%02d+07:00,%.2f,%.1f,%s\n", i, year, month, 1 + i % 28,
                int(t / 3600), int(t % 3600 / 60), t % 60, score, rnd() * 40, (rnd() < 0.97 ? "true" : "false")
        }
    }
    function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }'
}

# generate_quarter_samples FIRST COUNT YEAR Q: a header and drive-test samples over about 5 km x 5 km of Hanoi
# (100 m bins: about 2,500 of them), levels -115 to -55 dBm, on streets BS00001-BS00200 (STREETS of
# scorecard_streets), 5 % indoor.
generate_quarter_samples() {
    awk -v first="$1" -v n="$2" -v year="$3" -v q="$4" 'BEGIN {
        seed = 20261001 + first
        print "at,lat,lon,signalDbm,speedKmh,streetId,outdoor"
        for (i = first; i < first + n; i++) {
            month = 3 * q - 2 + i % 3
            printf "%04d-%02d-%02dT%02d:%02d:00+07:00,%.6f,%.6f,%.1f,%.1f,BS%05d,%s\n", year, month, 1 + i % 28,
                8 + i % 12, i % 60, 21.0 + rnd() * 0.045, 105.8 + rnd() * 0.048, -115 + rnd() * 60, rnd() * 50,
                1 + int(rnd() * 200), (rnd() < 0.95 ? "true" : "false")
        }
    }
    function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }'
}

# scorecard_streets: the street inventory the samples above drive (200 streets BS00001 ...), as CSV.
scorecard_streets() {
    awk 'BEGIN { print "streetId,name,lengthMeters"; for (s = 1; s <= 200; s++) printf "BS%05d,Street %d,%d\n", s, s, 200 + s }'
}

# generate_quarter_billing KIND FIRST COUNT YEAR Q: test calls (KIND calls) or the charging records that bill them
# (KIND records: 3 s later, 1 s longer, one in 50 missing and one in 40 a phantom), 90 s apart from the quarter's
# first day, from callers 02438250000 + i % 50.
generate_quarter_billing() {
    awk -v kind="$1" -v first="$2" -v n="$3" -v year="$4" -v q="$5" 'BEGIN {
        seed = 20261101 + first
        if (kind == "calls") print "callId,caller,callee,direction,startedAt,durationSeconds"
        else print "recordId,caller,callee,startedAt,durationSeconds,charge"
        for (i = first; i < first + n; i++) {
            t = i * 90
            day = 1 + int(t / 86400); s = t % 86400
            month = 3 * q - 2 + int((day - 1) / 28); day = 1 + (day - 1) % 28
            duration = 30 + i % 240
            caller = sprintf("024382%05d", i % 50)
            callee = sprintf("0912%06d", i % 997)
            if (kind == "calls") {
                printf "T%09d,%s,%s,MOBILE,%04d-%02d-%02dT%02d:%02d:%02d+07:00,%d\n", i, caller, callee, year, month,
                    day, int(s / 3600), int(s % 3600 / 60), s % 60, duration
            } else if (i % 50 != 0) {
                s += (i % 40 == 0 ? 20 : 3)
                printf "R%09d,%s,%s,%04d-%02d-%02dT%02d:%02d:%02d+07:00,%d,%d\n", i, caller, callee, year, month, day,
                    int(s / 3600), int(s % 3600 / 60), s % 60, duration + 1, 100 * (1 + i % 30)
            }
        }
    }'
}

# upload_csv URL TOKEN FILE: POST the CSV FILE to URL (an upload path); print the accepted count; dies on an error.
upload_csv() {
    local url="$1" token="$2" file="$3" code body
    code="$(curl -sS --max-time 3600 -o "$WORK_DIR/upload.json" -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' -H 'Expect:' --data-binary @"$file" "$url")" ||
        qos_die "uploading $file to $url failed (curl)"
    body="$(<"$WORK_DIR/upload.json")"
    [[ $code == 200 ]] || qos_die "uploading $file to $url answered HTTP $code: ${body:0:2000}"
    qos_json_field accepted <<<"$body"
}

# percentile P FILE: the P-th percentile (nearest rank) of the numbers in FILE, one a line.
percentile() {
    sort -g "$2" | awk -v p="$1" '{ v[NR] = $1 } END { if (NR == 0) { print "?"; exit } r = int(p / 100 * NR + 0.999999); if (r < 1) r = 1; print v[r] }'
}

# ms SECONDS: in milliseconds, rounded.
ms() { awk -v s="$1" 'BEGIN { printf "%.0f", s * 1000 }'; }

# scorecards URL TOKEN OUT COUNT|until:END: scorecards one after the other, COUNT of them or until the epoch second
# END; each answer's body, then a line "@@ HTTP_CODE SECONDS", appended to OUT (one curl per request, nothing else
# forked, so that the loop costs little beside the request).
scorecards() {
    local url="$1" token="$2" out="$3" limit="$4" i=0
    while true; do
        if [[ $limit == until:* ]]; then
            ((EPOCHSECONDS < ${limit#until:})) || break
        else
            ((i < limit)) || break
        fi
        curl -s --max-time 60 -o - -w '\n@@ %{http_code} %{time_total}\n' -H "Authorization: Bearer $token" "$url" \
            >>"$out" 2>/dev/null || printf '\n@@ 000 60\n' >>"$out"
        i=$((i + 1))
    done
}

# scorecard_figures FILE...: "SECONDS HTTP_CODE ALL_OK" per scorecard of the files of `scorecards` (ALL_OK 1 when
# the answer was 200 and every family's status OK: none UNAVAILABLE).
scorecard_figures() {
    awk '/^@@ / { ok = ($2 == 200 && seen && !bad) ? 1 : 0; print $3, $2, ok; seen = 0; bad = 0; next }
         /"status":"OK"/ { seen = 1 }
         /"status":"UNAVAILABLE"/ { bad = 1 }' "$@"
}

# scorecard_setup: for bench/scorecard.sh and bench/scorecard-load.sh: the stack answering (./qos up --no-demo when the
# gateway at GATEWAY_URL does not), the database reachable, TOKEN the regulator's, and area AREA's street inventory
# (scorecard_streets) put through COVERAGE_URL, so that coverage results have streets to count.
scorecard_setup() {
    local code
    bench_need curl psql awk
    if ! bench_ready "$GATEWAY_URL"; then
        bench_info "the gateway does not answer on $GATEWAY_URL: starting the stack (./qos up --no-demo)"
        bench_stack_up
        bench_ready "$GATEWAY_URL" || qos_die "the gateway still does not answer on $GATEWAY_URL/q/health/ready"
    fi
    db_check
    TOKEN="$(token)"
    scorecard_streets >"$WORK_DIR/streets.csv"
    code="$(curl -sS --max-time 60 -o "$WORK_DIR/streets.json" -w '%{http_code}' -X PUT -H "Authorization: Bearer $TOKEN" \
        -H 'Content-Type: text/csv' --data-binary @"$WORK_DIR/streets.csv" "$COVERAGE_URL/api/v1/coverage/areas/$AREA/streets")"
    [[ $code == 200 ]] || qos_die "putting the street inventory answered HTTP $code: $(<"$WORK_DIR/streets.json")"
}

# delete_billing_campaigns ID...: billing campaigns or invoice audits with everything of theirs: rows first (no
# foreign keys), then batches, frozen discrepancies and kept statistics, then the campaigns and audits themselves.
delete_billing_campaigns() {
    local list
    list="$(printf "'%s'," "$@")"
    list="${list%,}"
    db <<SQL
BEGIN;
DELETE FROM billing.test_call WHERE campaign_id IN ($list);
DELETE FROM billing.charging_record WHERE campaign_id IN ($list);
DELETE FROM billing.charging_record_totals WHERE campaign_id IN ($list);
DELETE FROM billing.invoice_line WHERE campaign_id IN ($list);
DELETE FROM billing.frozen_discrepancy WHERE campaign_id IN ($list);
DELETE FROM billing.batch WHERE campaign_id IN ($list);
DELETE FROM billing.campaign_statistics WHERE campaign_id IN ($list);
DELETE FROM billing.invoice_audit_statistics WHERE campaign_id IN ($list);
DELETE FROM billing.campaign WHERE id IN ($list);
DELETE FROM billing.invoice_audit WHERE id IN ($list);
COMMIT;
SQL
    compact_table billing.test_call billing.charging_record billing.invoice_line
}

# scorecard_cleanup: deletes the campaigns the scorecard benchmarks created (VOICE_IDS, COVERAGE_IDS, BILLING_IDS)
# with their rows, batches and statistics, and area AREA's street inventory.
scorecard_cleanup() {
    if ((${#VOICE_IDS[@]} > 0)); then
        delete_campaigns voice objective_call "${VOICE_IDS[@]}" || qos_warn "could not delete voice campaigns ${VOICE_IDS[*]}"
    fi
    if ((${#COVERAGE_IDS[@]} > 0)); then
        delete_campaigns coverage sample "${COVERAGE_IDS[@]}" || qos_warn "could not delete coverage campaigns ${COVERAGE_IDS[*]}"
        db -c "DELETE FROM coverage.street WHERE area_code = '$AREA'" || true
    fi
    if ((${#BILLING_IDS[@]} > 0)); then
        delete_billing_campaigns "${BILLING_IDS[@]}" || qos_warn "could not delete billing campaigns ${BILLING_IDS[*]}"
    fi
}
