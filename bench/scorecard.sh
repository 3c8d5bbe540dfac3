#!/usr/bin/env bash
#
# bench/scorecard.sh: does a scorecard cost the same whether its quarter holds 1x or 10x the rows (issue 16)?
#
# A measurement, not a test: it exits 0 whatever the figures are, and non-zero only when something fails.
#
#   1. Uses the running stack (./qos up --no-demo is run when the gateway does not answer).
#   2. Creates, for operator BENCH_OPERATOR and the quarter BENCH_YEAR Q BENCH_QUARTER, one open campaign of each
#      measurement family: voice (OBJECTIVE), coverage (its area's street inventory put first) and billing (test
#      calls and charging records), and loads them with 1x rows through the services' upload APIs:
#      BENCH_CALLS objective calls, BENCH_CALLS / 5 drive-test samples, BENCH_CALLS / 50 test calls and their records.
#   3. Measures GET /api/v1/scorecards through the gateway (after 50 not counted): BENCH_SEQUENTIAL requests one
#      after the other, then
#      BENCH_CONCURRENCY clients of BENCH_SEQUENTIAL / 2 requests each at once; p50 and p99 of each (curl's total time).
#   4. For each further scale of BENCH_SCALES (default "1 10"), adds rows to the same campaigns until they hold that
#      multiple of the 1x rows, and measures again: one run gives the latency against the rows.
#   5. Prints a line per scale with its p50 against 1x; acceptance (issue 16): the 10x p50 within 1.5x of the 1x p50
#      (when 10 is among the scales). Every
#      family must be OK in every scorecard (an UNAVAILABLE family is cheaper: the run says how many were not).
#   6. Deletes its campaigns with their rows, batches and statistics (and the bench area's street inventory).
#
# Environment (all optional):
#   BENCH_CALLS (100000)        1x objective calls (10x: ten times as many); the other families follow (see 2.)
#   BENCH_SEQUENTIAL (200)      sequential scorecards per measurement; BENCH_CONCURRENCY (8) concurrent clients
#   BENCH_SCALES ("1 10")      the multiples of BENCH_CALLS measured, increasing, starting with 1 (e.g. "1 3 10 30")
#   BENCH_OPERATOR (ALPHA), BENCH_YEAR (2026), BENCH_QUARTER (3)
#   QOS_GATEWAY_PORT (8080), QOS_VOICE_PORT (8081), QOS_COVERAGE_PORT (8082), QOS_BILLING_PORT (8083),
#   QOS_KEYCLOAK_PORT (8180), QOS_DB_URL, QOS_DB_USER, QOS_DB_PASSWORD (to delete the campaigns afterwards)
#
# Needs: bash 5, curl, psql, awk.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$BENCH_DIR/lib.sh"

BENCH_CALLS="${BENCH_CALLS:-100000}"
BENCH_SEQUENTIAL="${BENCH_SEQUENTIAL:-200}"
BENCH_CONCURRENCY="${BENCH_CONCURRENCY:-8}"
BENCH_OPERATOR="${BENCH_OPERATOR:-ALPHA}"
BENCH_YEAR="${BENCH_YEAR:-2026}"
BENCH_QUARTER="${BENCH_QUARTER:-3}"
BENCH_SCALES="${BENCH_SCALES:-1 10}"
for v in BENCH_CALLS BENCH_SEQUENTIAL BENCH_CONCURRENCY BENCH_YEAR; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || qos_die "$v must be a positive integer, got '${!v}'"
done
[[ $BENCH_QUARTER == [1-4] ]] || qos_die "BENCH_QUARTER must be 1 to 4, got '$BENCH_QUARTER'"
[[ $BENCH_SCALES =~ ^1( +[0-9]+)*$ ]] || qos_die "BENCH_SCALES must start with 1 and list increasing multiples, got '$BENCH_SCALES'"
previous=0
for scale in $BENCH_SCALES; do
    ((10#$scale > previous)) || qos_die "BENCH_SCALES must increase, got '$BENCH_SCALES'"
    previous=$((10#$scale))
done
((BENCH_CALLS >= 500)) || qos_die "BENCH_CALLS must be at least 500"

GATEWAY_URL="http://127.0.0.1:${QOS_GATEWAY_PORT:-8080}"
VOICE_URL="http://127.0.0.1:${QOS_VOICE_PORT:-8081}"
COVERAGE_URL="http://127.0.0.1:${QOS_COVERAGE_PORT:-8082}"
BILLING_URL="http://127.0.0.1:${QOS_BILLING_PORT:-8083}"
FROM="$(quarter_start "$BENCH_YEAR" "$BENCH_QUARTER")"
TO="$(quarter_end "$BENCH_YEAR" "$BENCH_QUARTER")"
SCORECARD_URL="$GATEWAY_URL/api/v1/scorecards?operatorId=$BENCH_OPERATOR&from=$FROM&to=$TO"
AREA="BENCH-SCORECARD"
TARGET_RATIO=1.5
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/scorecard-bench.XXXXXX")"

VOICE_IDS=() COVERAGE_IDS=() BILLING_IDS=()

# cleanup: called by the trap of bench/lib.sh: the benchmark's campaigns, with everything of theirs.
cleanup() { scorecard_cleanup; }
bench_trap


scorecard_setup

# ---------------------------------------------------------------------------
# Campaigns and rows
# ---------------------------------------------------------------------------


VOICE_IDS+=("$(post_campaign "$VOICE_URL/api/v1/voice/campaigns" "$TOKEN" \
    "{\"operatorId\":\"$BENCH_OPERATOR\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\",\"periodStart\":\"$FROM\",\"periodEnd\":\"$TO\"}")")
COVERAGE_IDS+=("$(post_campaign "$COVERAGE_URL/api/v1/coverage/campaigns" "$TOKEN" \
    "{\"operatorId\":\"$BENCH_OPERATOR\",\"areaCode\":\"$AREA\",\"periodStart\":\"$FROM\",\"periodEnd\":\"$TO\",\"thresholdDbm\":-90,\"binMeters\":100}")")
BILLING_IDS+=("$(post_campaign "$BILLING_URL/api/v1/billing/campaigns" "$TOKEN" \
    "{\"operatorId\":\"$BENCH_OPERATOR\",\"periodStart\":\"$FROM\",\"periodEnd\":\"$TO\"}")")
bench_info "campaigns of $BENCH_OPERATOR, $FROM to $TO: voice ${VOICE_IDS[0]}, coverage ${COVERAGE_IDS[0]}, billing ${BILLING_IDS[0]}"

# load FIRST COUNT: objective calls FIRST .. FIRST+COUNT-1 and a fifth / a fiftieth as many of the others, uploaded
# in files of at most 500,000 rows.
load() {
    local first="$1" count="$2" chunk start n t0 t1
    t0="$(now)"
    for ((start = first; start < first + count; start += 500000)); do
        n=$((first + count - start < 500000 ? first + count - start : 500000))
        generate_quarter_calls "$start" "$n" "$BENCH_YEAR" "$BENCH_QUARTER" >"$WORK_DIR/calls.csv"
        chunk="$(upload_csv "$VOICE_URL/api/v1/voice/campaigns/${VOICE_IDS[0]}/samples" "$(token)" "$WORK_DIR/calls.csv")"
        ((chunk == n)) || qos_die "voice accepted $chunk of $n"
    done
    generate_quarter_samples $((first / 5)) $((count / 5)) "$BENCH_YEAR" "$BENCH_QUARTER" >"$WORK_DIR/samples.csv"
    upload_csv "$COVERAGE_URL/api/v1/coverage/campaigns/${COVERAGE_IDS[0]}/samples" "$(token)" "$WORK_DIR/samples.csv" >/dev/null
    generate_quarter_billing calls $((first / 50)) $((count / 50)) "$BENCH_YEAR" "$BENCH_QUARTER" >"$WORK_DIR/bcalls.csv"
    upload_csv "$BILLING_URL/api/v1/billing/campaigns/${BILLING_IDS[0]}/test-calls" "$(token)" "$WORK_DIR/bcalls.csv" >/dev/null
    generate_quarter_billing records $((first / 50)) $((count / 50)) "$BENCH_YEAR" "$BENCH_QUARTER" >"$WORK_DIR/brecords.csv"
    upload_csv "$BILLING_URL/api/v1/billing/campaigns/${BILLING_IDS[0]}/charging-records" "$(token)" "$WORK_DIR/brecords.csv" >/dev/null
    t1="$(now)"
    bench_info "loaded $count objective calls, $((count / 5)) samples, $((count / 50)) test calls and their records in $(elapsed "$t0" "$t1") s"
}

# measure LABEL: sequential then concurrent scorecards; sets SEQ_P50 SEQ_P99 CON_P50 CON_P99 (ms) and NOT_OK.
measure() {
    local label="$1" c token
    token="$(token)"
    # warm-up, not counted: the services' JIT compiles the read path (the 1x run would otherwise pay it)
    scorecards "$SCORECARD_URL" "$token" "$WORK_DIR/warm" 50
    scorecards "$SCORECARD_URL" "$token" "$WORK_DIR/seq.$label.raw" "$BENCH_SEQUENTIAL"
    scorecard_figures "$WORK_DIR/seq.$label.raw" >"$WORK_DIR/seq.$label"
    for ((c = 0; c < BENCH_CONCURRENCY; c++)); do
        scorecards "$SCORECARD_URL" "$token" "$WORK_DIR/con.$label.raw.$c" $((BENCH_SEQUENTIAL / 2)) &
    done
    wait
    scorecard_figures "$WORK_DIR"/con."$label".raw.* >"$WORK_DIR/con.$label"
    cut -d ' ' -f 1 "$WORK_DIR/seq.$label" >"$WORK_DIR/seq.$label.t"
    cut -d ' ' -f 1 "$WORK_DIR/con.$label" >"$WORK_DIR/con.$label.t"
    SEQ_P50="$(ms "$(percentile 50 "$WORK_DIR/seq.$label.t")")" SEQ_P99="$(ms "$(percentile 99 "$WORK_DIR/seq.$label.t")")"
    CON_P50="$(ms "$(percentile 50 "$WORK_DIR/con.$label.t")")" CON_P99="$(ms "$(percentile 99 "$WORK_DIR/con.$label.t")")"
    NOT_OK="$(cat "$WORK_DIR/seq.$label" "$WORK_DIR/con.$label" | awk '$2 != 200 || $3 != 1' | wc -l)"
    bench_info "$label: sequential p50 $SEQ_P50 ms, p99 $SEQ_P99 ms; $BENCH_CONCURRENCY concurrent p50 $CON_P50 ms," \
        "p99 $CON_P99 ms; scorecards not 200 with every family OK: $NOT_OK of $(cat "$WORK_DIR/seq.$label" "$WORK_DIR/con.$label" | wc -l)"
}

# Each scale in turn: the campaigns grow to SCALE x BENCH_CALLS calls (the rows of the scales before stay), then the
# scorecards are measured; so one run gives the latency against the rows (a table), and the acceptance ratio 10x / 1x.
LOADED=0
declare -A FIGURES
for scale in $BENCH_SCALES; do
    load $((LOADED + 1)) $((scale * BENCH_CALLS - LOADED))
    LOADED=$((scale * BENCH_CALLS))
    measure "${scale}x"
    FIGURES[$scale]="$SEQ_P50 $SEQ_P99 $CON_P50 $CON_P99 $NOT_OK"
done

printf '\nScorecard of %s, %s to %s, through the gateway (curl total time, ms)\n' "$BENCH_OPERATOR" "$FROM" "$TO"
printf '%-34s %10s %10s %14s %14s %8s %16s\n' "rows in the quarter's campaigns" "seq p50" "seq p99" "conc. p50" "conc. p99" \
    "not OK" "seq p50 / 1x"
read -r -a S1 <<<"${FIGURES[1]}"
for scale in $BENCH_SCALES; do
    read -r -a S <<<"${FIGURES[$scale]}"
    printf '%-34s %10s %10s %14s %14s %8s %16s\n' "${scale}x: $((scale * BENCH_CALLS)) calls" "${S[@]}" "$(ratio "${S[0]}" "${S1[0]}")"
done
if [[ -n ${FIGURES[10]:-} ]]; then
    read -r -a S10 <<<"${FIGURES[10]}"
    RATIO="$(ratio "${S10[0]}" "${S1[0]}")"
    VERDICT="BELOW TARGET"
    meets "$TARGET_RATIO" "$RATIO" && VERDICT="PASS"
    printf 'acceptance: sequential p50 at 10x within %sx of 1x: %s (%s)\n' "$TARGET_RATIO" "$VERDICT" "$RATIO"
fi
