#!/usr/bin/env bash
#
# bench/coverage-ingest.sh: how fast does coverage-service take a large drive test, and how fast does it
# compute the result of it, compared with what PostgreSQL alone does with the same rows?
#
# A measurement, not a test: it exits 0 whatever the figures are, and non-zero only when
# something fails (service down, upload refused, wrong row count, different numbers, ...).
#
#   1. Uses the running stack (./qos up --no-demo is run when the coverage service does not answer).
#   2. Generates, once, a deterministic CSV of BENCH_ROWS drive-test samples over one area,
#      cached under ${QOS_CACHE:-~/.cache/qos}/bench/; puts the area's street inventory
#      (BENCH_STREETS streets) as the regulator.
#   3. Each round (BENCH_RUNS of them, default 2):
#        a. API upload: creates a campaign, POSTs the CSV to /api/v1/coverage/campaigns/{id}/samples
#                   with curl; wall time around curl; the answer must say accepted = BENCH_ROWS.
#                   The service's heap is sampled every 0.5 s from /q/metrics meanwhile.
#        b. result: GET /api/v1/coverage/campaigns/{id}/result, BENCH_QUERIES times (after one
#                   untimed warm-up), wall time around curl each; then the bare SQL that computes
#                   the same numbers (row counts, bins measured/covered by the exact median, streets
#                   inventory/measured) straight on coverage.sample, the same number of times, wall
#                   time around psql. Both must give the same numbers.
#                   Afterwards (not timed) the campaign's rows are deleted and the table compacted
#                   (VACUUM FULL), so that every upload meets a table without dead rows.
#        c. \copy:  psql \copy of the same file into bench.sample, a table shaped like
#                   coverage.sample (same types, generated Web Mercator columns and primary key);
#                   wall time around psql.
#      The best (shortest) time of each kind counts: upload API / \copy (target >= 95 %, issue 16; 50 % before),
#      result API / bare SQL (target <= 1.5x).
#   4. Cleans up: drops the schema bench, deletes the benchmark campaigns (rows, batches,
#      campaigns) and the benchmark area's inventory from the schema coverage. A stack it
#      started is left running (./qos down stops it).
#
# Environment (all optional):
#   BENCH_ROWS (1000000)   samples in the CSV
#   BENCH_STREETS (2000)   streets in the area's inventory
#   BENCH_RUNS (2)         rounds; the best of each kind counts, every run is printed
#   BENCH_QUERIES (5)      timed result queries per round, each way
#   QOS_COVERAGE_PORT (8082), QOS_KEYCLOAK_PORT (8180), QOS_CACHE (~/.cache/qos)
#   QOS_DB_URL, QOS_DB_USER, QOS_DB_PASSWORD   the service's database (default: local qos/qos@127.0.0.1:5432/qos)
#
# Needs: bash 5, curl, psql, awk.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$BENCH_DIR/lib.sh"

BENCH_ROWS="${BENCH_ROWS:-1000000}"
BENCH_STREETS="${BENCH_STREETS:-2000}"
BENCH_RUNS="${BENCH_RUNS:-2}"
BENCH_QUERIES="${BENCH_QUERIES:-5}"
for v in BENCH_ROWS BENCH_STREETS BENCH_RUNS BENCH_QUERIES; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || qos_die "$v must be a positive integer, got '${!v}'"
done

COVERAGE_URL="http://127.0.0.1:${QOS_COVERAGE_PORT:-8082}"
# its metrics: on the management interface (QOS_COVERAGE_MANAGEMENT_PORT), never on the public port
COVERAGE_METRICS_URL="http://127.0.0.1:${QOS_COVERAGE_MANAGEMENT_PORT:-9082}"
TARGET_PERCENT=95
TARGET_FACTOR=1.5
AREA="BENCH-COVERAGE"
THRESHOLD_DBM=-85
BIN_METERS=100
# The campaign period; the generator writes timestamps inside it (+07:00).
PERIOD_START="2026-07-01"
PERIOD_END="2026-09-30"
# Bump when the generator changes, so that a stale cached file is not reused.
GENERATOR_VERSION=1

BENCH_CACHE="$QOS_CACHE/bench"
CSV_FILE="$BENCH_CACHE/coverage-samples-${BENCH_ROWS}-${BENCH_STREETS}-v${GENERATOR_VERSION}.csv"
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/coverage-ingest.XXXXXX")"

# State for the cleanup trap (and CAMPAIGNS, SAMPLER_PID of bench/lib.sh).
BENCH_SCHEMA_MADE=0
INVENTORY_MADE=0

# ---------------------------------------------------------------------------
# Cleanup, whatever the outcome
# ---------------------------------------------------------------------------

# cleanup: called by the trap of bench/lib.sh (after it stopped the sampler).
cleanup() {
    if ((${#CAMPAIGNS[@]} > 0)); then
        bench_info "deleting the ${#CAMPAIGNS[@]} benchmark campaign(s) and their rows from schema coverage"
        delete_campaigns coverage sample "${CAMPAIGNS[@]}" || qos_warn "could not delete campaigns ${CAMPAIGNS[*]}"
    fi
    if ((INVENTORY_MADE)); then
        bench_info "deleting the street inventory of area $AREA"
        db -c "DELETE FROM coverage.street WHERE area_code = '$AREA'" || qos_warn "could not delete the inventory of $AREA"
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

JAVA_HOME="$(qos_java_home)"
export JAVA_HOME
bench_info "JDK: $JAVA_HOME"

if ! bench_ready "$COVERAGE_URL"; then
    bench_info "coverage-service does not answer on $COVERAGE_URL: starting the stack (./qos up --no-demo)"
    bench_stack_up
    bench_ready "$COVERAGE_URL" || qos_die "coverage-service still does not answer on $COVERAGE_URL/q/health/ready"
    bench_info "stack started by this script: it stays up (./qos down stops it)"
fi
db_check
token >/dev/null

# ---------------------------------------------------------------------------
# 2. The CSV, generated once and cached; the area's inventory
# ---------------------------------------------------------------------------

# generate_csv ROWS STREETS: print a header and ROWS deterministic, realistic drive-test samples:
#   at         spread evenly over the 92 days of the period, 07:00-22:00 local time (+07:00)
#   lat, lon   along STREETS streets of an area of about 10 km x 10 km around Hanoi's centre
#              (21.00-21.09 N, 105.78-105.87 E); each street a straight segment of up to 1.5 km,
#              samples spread along it with about 5 m of GPS noise
#   signalDbm  -60 at the area's centre, falling with distance from it, +- 8 dB of fading, within -150..0
#   speedKmh   85 % in town (0-30), 15 % faster (30-60)
#   streetId   BS00001, ...; 2 % of samples off the streets (empty)
#   outdoor    true for 95 % of the samples
# The random numbers come from the Park-Miller generator, exact in double arithmetic, so
# that every awk (mawk, gawk, busybox) writes the same file.
generate_csv() {
    awk -v n="$1" -v streets="$2" 'BEGIN {
        seed = 20260701
        for (s = 1; s <= streets; s++) {
            lat0[s] = 21.00 + rnd() * 0.09; lon0[s] = 105.78 + rnd() * 0.09
            a = rnd() * 6.283185307; len = 0.002 + rnd() * 0.012
            dlat[s] = len * sin(a); dlon[s] = len * cos(a)
        }
        print "at,lat,lon,signalDbm,speedKmh,streetId,outdoor"
        for (i = 1; i <= n; i++) {
            day = int((i - 1) * 92 / n)
            if (day < 31) { month = 7; dom = day + 1 }
            else if (day < 62) { month = 8; dom = day - 30 }
            else { month = 9; dom = day - 61 }
            t = 7 * 3600 + int(rnd() * 15 * 3600)
            s = 1 + int(rnd() * streets)
            f = rnd()
            lat = lat0[s] + f * dlat[s] + (rnd() - 0.5) * 0.0001
            lon = lon0[s] + f * dlon[s] + (rnd() - 0.5) * 0.0001
            d = sqrt((lat - 21.045) ^ 2 + (lon - 105.825) ^ 2) / 0.045
            level = -60 - 40 * d + (rnd() + rnd() + rnd() - 1.5) * 10
            if (level < -150) level = -150
            if (level > 0) level = 0
            speed = rnd() < 0.85 ? rnd() * 30 : 30 + rnd() * 30
            street = rnd() < 0.02 ? "" : sprintf("BS%05d", s)
            printf "2026-%02d-%02dT%02d:%02d:%02d+07:00,%.6f,%.6f,%.1f,%.1f,%s,%s\n", month, dom,
                int(t / 3600), int(t % 3600 / 60), t % 60, lat, lon, level, speed, street,
                (rnd() < 0.95 ? "true" : "false")
        }
    }
    function rnd() {
        seed = (seed * 16807) % 2147483647
        return seed / 2147483647
    }'
}

bench_csv "$CSV_FILE" "$BENCH_ROWS" samples generate_csv "$BENCH_ROWS" "$BENCH_STREETS"

awk -v n="$BENCH_STREETS" 'BEGIN {
    print "streetId,name,lengthMeters"
    for (s = 1; s <= n; s++) printf "BS%05d,Bench street %d,%d\n", s, s, 200 + s % 1300
}' >"$WORK_DIR/streets.csv"
code="$(curl -sS --max-time 60 -o "$WORK_DIR/streets.json" -w '%{http_code}' -X PUT \
    -H "Authorization: Bearer $(token)" -H 'Content-Type: text/csv' --data-binary @"$WORK_DIR/streets.csv" \
    "$COVERAGE_URL/api/v1/coverage/areas/$AREA/streets")" || qos_die "putting the street inventory failed (curl)"
[[ $code == 200 ]] || qos_die "putting the street inventory answered HTTP $code: $(<"$WORK_DIR/streets.json")"
INVENTORY_MADE=1
bench_info "street inventory of $AREA: $BENCH_STREETS streets"

# ---------------------------------------------------------------------------
# The reference table: coverage.sample as migrated (LIKE ... INCLUDING ALL: columns, generated
# Web Mercator columns, checks, primary key; see bench_schema), with campaign_id and batch_id defaulted to constants, row_no numbered by an identity,
# and exclusion computed as the service computes it (profile: indoor first, then over 30 km/h),
# so that the CSV loads as is and the stored rows are the same.
# ---------------------------------------------------------------------------

BENCH_SCHEMA_MADE=1
bench_schema
db <<'SQL'
CREATE TABLE bench.sample (LIKE coverage.sample INCLUDING ALL);
ALTER TABLE bench.sample
    ALTER campaign_id SET DEFAULT '00000000-0000-0000-0000-00000000be01',
    ALTER batch_id SET DEFAULT '00000000-0000-0000-0000-00000000be02',
    ALTER row_no ADD GENERATED BY DEFAULT AS IDENTITY;
CALL bench.computed('bench.sample', 'exclusion',
    $$CASE WHEN NOT outdoor THEN 'INDOOR' WHEN speed_kmh > 30 THEN 'OVER_SPEED' END$$);
CALL bench.computed('bench.sample', 'merc_x', $$6378137.0 * radians(lon)$$);
CALL bench.computed('bench.sample', 'merc_y', $$6378137.0 * ln(tan(pi() / 4 + radians(lat) / 2))$$);
CALL bench.restore('coverage.sample', 'bench.sample');
SQL

# ---------------------------------------------------------------------------
# Measurements
# ---------------------------------------------------------------------------

# create_campaign TOKEN: print the id of a new campaign of the benchmark area over the CSV's period.
create_campaign() {
    post_campaign "$COVERAGE_URL/api/v1/coverage/campaigns" "$1" \
        "{\"operatorId\":\"ALPHA\",\"areaCode\":\"$AREA\",\"periodStart\":\"$PERIOD_START\",\"periodEnd\":\"$PERIOD_END\",\"thresholdDbm\":$THRESHOLD_DBM,\"binMeters\":$BIN_METERS}"
}

# json_number NAME FILE: the first number value of a (possibly nested) field NAME in FILE.
json_number() { grep -o "\"$1\":-\{0,1\}[0-9.]*" "$2" | head -n 1 | sed 's/.*://'; }

# result_numbers FILE: "total valid indoor overSpeed binsMeasured binsCovered inventory measuredStreets" of a
# result (an exclusion with no rows is left out of a result: it counts as 0).
result_numbers() {
    local f="$1" bins streets total valid indoor fast measured covered inventory streets_measured
    bins="$(grep -o '"bins":{[^}]*}' "$f" || true)"
    streets="$(grep -o '"streets":{[^}]*}' "$f" || true)"
    total="$(json_number total "$f" || true)"
    valid="$(json_number valid "$f" || true)"
    indoor="$(json_number INDOOR "$f" || true)"
    fast="$(json_number OVER_SPEED "$f" || true)"
    measured="$(sed -n 's/.*"measured":\([0-9]*\).*/\1/p' <<<"$bins")"
    covered="$(sed -n 's/.*"covered":\([0-9]*\).*/\1/p' <<<"$bins")"
    inventory="$(sed -n 's/.*"inventory":\([0-9]*\).*/\1/p' <<<"$streets")"
    streets_measured="$(sed -n 's/.*"measured":\([0-9]*\).*/\1/p' <<<"$streets")"
    printf '%s %s %s %s %s %s %s %s\n' "${total:-?}" "${valid:-?}" "${indoor:-0}" "${fast:-0}" "${measured:-?}" \
        "${covered:-?}" "${inventory:-?}" "${streets_measured:-?}"
}

# bare_sql ID: the same numbers as the result, straight from coverage.sample: the aggregates the
# service runs (row counts; bins by floor of the stored Web Mercator position, covered by the exact
# median; streets of the inventory with a valid sample), in one psql session, nothing else.
bare_sql() {
    db -At -F ' ' <<SQL
SELECT c.total, c.valid, c.indoor, c.over_speed, b.measured, b.covered, s.inventory, s.measured
  FROM (SELECT count(*) AS total,
               count(*) FILTER (WHERE exclusion IS NULL) AS valid,
               count(*) FILTER (WHERE exclusion = 'INDOOR') AS indoor,
               count(*) FILTER (WHERE exclusion = 'OVER_SPEED') AS over_speed
          FROM coverage.sample WHERE campaign_id = '$1') c,
       (SELECT count(*) AS measured, count(*) FILTER (WHERE median_dbm >= $THRESHOLD_DBM) AS covered
          FROM (SELECT (percentile_disc(0.5) WITHIN GROUP (ORDER BY signal_dbm)
                        + percentile_disc(0.5) WITHIN GROUP (ORDER BY signal_dbm DESC)) / 2 AS median_dbm
                  FROM coverage.sample
                 WHERE campaign_id = '$1' AND exclusion IS NULL
                 GROUP BY floor(merc_x / $BIN_METERS), floor(merc_y / $BIN_METERS)) bin) b,
       (SELECT (SELECT count(*) FROM coverage.street WHERE area_code = '$AREA') AS inventory,
               (SELECT count(*) FROM coverage.street t
                 WHERE t.area_code = '$AREA'
                   AND t.street_id IN (SELECT x.street_id FROM coverage.sample x
                                        WHERE x.campaign_id = '$1' AND x.exclusion IS NULL)) AS measured) s;
SQL
}

API_TIMES=()
DRY_TIMES=()
COPY_TIMES=()
RESULT_TIMES=()
SQL_TIMES=()
HEAP_PEAKS=()
read -r HEAP_BEFORE _ <<<"$(heap_used_bytes "$COVERAGE_METRICS_URL")" || true
HEAP_MAX="$(heap_max_bytes "$COVERAGE_METRICS_URL")"
NUMBERS=""

# result_runs N ID: time the result through the API and the bare SQL, BENCH_QUERIES times each.
result_runs() {
    local n="$1" id="$2" token t0 t1 code q api_numbers sql_numbers
    token="$(token)"
    # untimed warm-up of both (JIT, plans, the table's pages in shared buffers)
    curl -sS --max-time 600 -o "$WORK_DIR/result.json" -H "Authorization: Bearer $token" \
        "$COVERAGE_URL/api/v1/coverage/campaigns/$id/result" >/dev/null
    bare_sql "$id" >/dev/null
    for ((q = 1; q <= BENCH_QUERIES; q++)); do
        t0="$(now)"
        code="$(curl -sS --max-time 600 -o "$WORK_DIR/result.json" -w '%{http_code}' \
            -H "Authorization: Bearer $token" "$COVERAGE_URL/api/v1/coverage/campaigns/$id/result")" ||
            qos_die "the result request failed (curl)"
        t1="$(now)"
        [[ $code == 200 ]] || qos_die "the result answered HTTP $code: $(head -c 2000 "$WORK_DIR/result.json")"
        RESULT_TIMES+=("$(elapsed "$t0" "$t1")")
        t0="$(now)"
        sql_numbers="$(bare_sql "$id")"
        t1="$(now)"
        SQL_TIMES+=("$(elapsed "$t0" "$t1")")
    done
    api_numbers="$(result_numbers "$WORK_DIR/result.json")"
    [[ $api_numbers == "$sql_numbers" ]] ||
        qos_die "the API and the bare SQL disagree: API '$api_numbers', SQL '$sql_numbers'"
    NUMBERS="$sql_numbers"
    bench_info "run $n, result: API $(best "${RESULT_TIMES[@]: -$BENCH_QUERIES}") s, bare SQL $(best "${SQL_TIMES[@]: -$BENCH_QUERIES}") s (best of $BENCH_QUERIES); numbers: $sql_numbers"
    bench_info "run $n, result:  $(grep -o '"value":[^,]*' "$WORK_DIR/result.json" | head -n 1), $(grep -o '"verdict":"[A-Z_]*"' "$WORK_DIR/result.json")"
}

# api_run N: one timed upload of the whole CSV into a new campaign, then the result timings.
api_run() {
    local n="$1" token id t0 t1 code body accepted secs peak
    token="$(token)"
    id="$(create_campaign "$token")"
    CAMPAIGNS+=("$id")
    bench_info "run $n, API: uploading $CSV_MB MB to campaign $id"
    start_sampler "$WORK_DIR/heap.$n" "$COVERAGE_METRICS_URL"
    t0="$(now)"
    code="$(curl -sS --max-time 3600 -o "$WORK_DIR/upload.json" -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' -H 'Expect:' \
        --data-binary @"$CSV_FILE" "$COVERAGE_URL/api/v1/coverage/campaigns/$id/samples")" ||
        qos_die "the upload failed (curl)"
    t1="$(now)"
    stop_sampler
    body="$(<"$WORK_DIR/upload.json")"
    [[ $code == 200 ]] || qos_die "the upload answered HTTP $code: ${body:0:2000}"
    accepted="$(qos_json_field accepted <<<"$body")"
    [[ $accepted == "$BENCH_ROWS" ]] || qos_die "the upload accepted '${accepted}' rows, expected $BENCH_ROWS: $body"
    secs="$(elapsed "$t0" "$t1")"
    peak="$(max_of "$WORK_DIR/heap.$n")"
    API_TIMES+=("$secs")
    HEAP_PEAKS+=("$peak")
    bench_info "run $n, API:    $BENCH_ROWS rows in $secs s ($(rate "$BENCH_ROWS" "$secs") rows/s), peak heap $(mb "$peak") MB, answer $body"
    db -c 'ANALYZE coverage.sample'
    result_runs "$n" "$id"
    # Not timed: remove the rows so that every run starts from the same table.
    delete_campaigns coverage sample "$id"
    forget_campaign "$id"
}

# dry_run N: one timed dryRun upload of the whole CSV into a campaign of its own: received, every row
# checked and copied, then rolled back. It leaves out what a stored batch adds (its commit and the
# campaign's statistics: a first batch's counted as it streams and kept, a later batch's gathered again
# whole), so that the ingestion and the statistics are seen apart.
dry_run() {
    local n="$1" token id t0 t1 accepted secs
    token="$(token)"
    id="$(create_campaign "$token")"
    CAMPAIGNS+=("$id")
    t0="$(now)"
    accepted="$(upload_csv "$COVERAGE_URL/api/v1/coverage/campaigns/$id/samples?dryRun=true" "$token" "$CSV_FILE")"
    t1="$(now)"
    [[ $accepted == "$BENCH_ROWS" ]] || qos_die "the dryRun accepted '$accepted' rows, expected $BENCH_ROWS"
    secs="$(elapsed "$t0" "$t1")"
    DRY_TIMES+=("$secs")
    bench_info "run $n, API dryRun: $BENCH_ROWS rows checked and copied, rolled back, in $secs s"
    delete_campaigns coverage sample "$id"
    forget_campaign "$id"
}

# copy_run N: one timed psql \copy of the same file into bench.sample.
copy_run() {
    local n="$1" t0 t1 secs count
    db -c 'TRUNCATE bench.sample RESTART IDENTITY'
    bench_info "run $n, \\copy: loading the same file into bench.sample"
    t0="$(now)"
    db -c "\\copy bench.sample (at, lat, lon, signal_dbm, speed_kmh, street_id, outdoor) FROM '$CSV_FILE' WITH (FORMAT csv, HEADER true)"
    t1="$(now)"
    count="$(db -At -c 'SELECT count(*) FROM bench.sample')"
    [[ $count == "$BENCH_ROWS" ]] || qos_die "\\copy stored $count rows, expected $BENCH_ROWS"
    secs="$(elapsed "$t0" "$t1")"
    COPY_TIMES+=("$secs")
    bench_info "run $n, \\copy:  $BENCH_ROWS rows in $secs s ($(rate "$BENCH_ROWS" "$secs") rows/s)"
}

bench_info "$BENCH_RUNS round(s); in each, an API dryRun, the API upload and the result timings, then the \\copy reference"
for ((run = 1; run <= BENCH_RUNS; run++)); do
    dry_run "$run"
    api_run "$run"
    copy_run "$run"
done

# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------

API_BEST="$(best "${API_TIMES[@]}")"
COPY_BEST="$(best "${COPY_TIMES[@]}")"
RESULT_BEST="$(best "${RESULT_TIMES[@]}")"
SQL_BEST="$(best "${SQL_TIMES[@]}")"
HEAP_PEAK="$(printf '%s\n' "${HEAP_PEAKS[@]}" | sort -g | tail -n 1)"
PERCENT="$(percent "$COPY_BEST" "$API_BEST")"
DRY_BEST="$(best "${DRY_TIMES[@]}")"
DRY_PERCENT="$(percent "$COPY_BEST" "$DRY_BEST")"
FACTOR="$(ratio "$RESULT_BEST" "$SQL_BEST")"
if meets "$PERCENT" "$TARGET_PERCENT"; then INGEST_VERDICT="PASS"; else INGEST_VERDICT="BELOW TARGET"; fi
if awk -v f="$FACTOR" -v t="$TARGET_FACTOR" 'BEGIN { exit !(f <= t) }'; then RESULT_VERDICT="PASS"; else RESULT_VERDICT="ABOVE TARGET"; fi

echo
echo "Coverage drive-test ingestion: $BENCH_ROWS samples, CSV $CSV_MB MB ($CSV_BYTES bytes), $BENCH_STREETS streets, $BENCH_RUNS run(s) each, best counts"
printf '  %-24s %10s %10s %12s   %s\n' "" rows seconds rows/s "all runs (s)"
printf '  %-24s %10s %10s %12s   %s\n' "API (POST text/csv)" "$BENCH_ROWS" "$API_BEST" \
    "$(rate "$BENCH_ROWS" "$API_BEST")" "${API_TIMES[*]}"
printf '  %-24s %10s %10s %12s   %s\n' "psql \\copy (reference)" "$BENCH_ROWS" "$COPY_BEST" \
    "$(rate "$BENCH_ROWS" "$COPY_BEST")" "${COPY_TIMES[*]}"
printf '  %-24s %10s %10s %12s   %s\n' "API dryRun (no stats)" "$BENCH_ROWS" "$DRY_BEST" \
    "$(rate "$BENCH_ROWS" "$DRY_BEST")" "${DRY_TIMES[*]}"
printf '  %-24s %s %%  (target >= %s %%)  %s\n' "API / \\copy" "$PERCENT" "$TARGET_PERCENT" "$INGEST_VERDICT"
printf '  %-24s %s %%  (rows received, checked and copied, rolled back; a stored upload adds its commit\n' \
    "API dryRun / \\copy" "$DRY_PERCENT"
printf '  %-24s %s\n' "" "and its statistics: a first batch's counted as it streams, a later one's gathered again)"
printf '  %-24s peak %s MB used during the uploads (before: %s MB; max heap: %s MB) for a %s MB body\n' \
    "service heap" "$(mb "$HEAP_PEAK")" "$(mb "${HEAP_BEFORE:-0}")" "$(mb "${HEAP_MAX:-0}")" "$CSV_MB"
echo
echo "Coverage result at $BENCH_ROWS samples (bins of $BIN_METERS m, threshold $THRESHOLD_DBM dBm), best of $((BENCH_RUNS * BENCH_QUERIES)) each"
echo "  numbers (total valid indoor overSpeed binsMeasured binsCovered streets measuredStreets): $NUMBERS"
printf '  %-24s %10s s   all: %s\n' "API GET .../result" "$RESULT_BEST" "${RESULT_TIMES[*]}"
printf '  %-24s %10s s   all: %s\n' "bare SQL (psql)" "$SQL_BEST" "${SQL_TIMES[*]}"
printf '  %-24s %sx  (target <= %sx)  %s\n' "API / bare SQL" "$FACTOR" "$TARGET_FACTOR" "$RESULT_VERDICT"
echo
