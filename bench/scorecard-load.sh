#!/usr/bin/env bash
#
# bench/scorecard-load.sh: do scorecards stay whole under load (issue 16's acceptance)? Twelve readers of scorecards
# (two operators, three quarters, two readers each) while one operator uploads 200,000-row files, for BENCH_SECONDS.
#
# A measurement, not a test: it exits 0 whatever the figures are, and non-zero only when something fails.
#
#   1. Uses the running stack (./qos up --no-demo is run when the gateway does not answer).
#   2. For each of BENCH_OPERATORS and each of the quarters 1-3 of BENCH_YEAR: one open campaign of each measurement
#      family with BENCH_SEED_CALLS objective calls, a fifth as many drive-test samples, a fiftieth as many test
#      calls and their charging records (the generators of bench/lib.sh).
#   3. For BENCH_SECONDS: 12 readers, each looping GET /api/v1/scorecards through the gateway for its operator and
#      quarter; meanwhile the first operator uploads BENCH_UPLOAD_ROWS-row files one after the other, alternately
#      objective calls and drive-test samples, into campaigns of its third quarter (a new file of fresh rows each time).
#   4. Prints the scorecards answered, the share of them with HTTP 200 and every family OK (target >= 99 %), p50 and
#      p99 (curl's total time), and the uploads done.
#   5. Deletes its campaigns with their rows, batches and statistics.
#
# Environment (all optional):
#   BENCH_SECONDS (60), BENCH_UPLOAD_ROWS (200000), BENCH_SEED_CALLS (20000), BENCH_YEAR (2026),
#   BENCH_OPERATORS ("ALPHA BETA": two operators, the first uploads)
#   QOS_GATEWAY_PORT (8080), QOS_VOICE_PORT (8081), QOS_COVERAGE_PORT (8082), QOS_BILLING_PORT (8083),
#   QOS_KEYCLOAK_PORT (8180), QOS_DB_URL, QOS_DB_USER, QOS_DB_PASSWORD (to delete the campaigns afterwards)
#
# Needs: bash 5, curl, psql, awk.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$BENCH_DIR/lib.sh"

BENCH_SECONDS="${BENCH_SECONDS:-60}"
BENCH_UPLOAD_ROWS="${BENCH_UPLOAD_ROWS:-200000}"
BENCH_SEED_CALLS="${BENCH_SEED_CALLS:-20000}"
BENCH_YEAR="${BENCH_YEAR:-2026}"
read -r -a OPERATORS <<<"${BENCH_OPERATORS:-ALPHA BETA}"
for v in BENCH_SECONDS BENCH_UPLOAD_ROWS BENCH_SEED_CALLS BENCH_YEAR; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || qos_die "$v must be a positive integer, got '${!v}'"
done
((${#OPERATORS[@]} == 2)) || qos_die "BENCH_OPERATORS must name two operators"

GATEWAY_URL="http://127.0.0.1:${QOS_GATEWAY_PORT:-8080}"
VOICE_URL="http://127.0.0.1:${QOS_VOICE_PORT:-8081}"
COVERAGE_URL="http://127.0.0.1:${QOS_COVERAGE_PORT:-8082}"
BILLING_URL="http://127.0.0.1:${QOS_BILLING_PORT:-8083}"
AREA="BENCH-LOAD"
TARGET_PERCENT=99
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/scorecard-load.XXXXXX")"

VOICE_IDS=() COVERAGE_IDS=() BILLING_IDS=()
READER_PIDS=() UPLOADER_PID=""

cleanup() {
    local pid
    for pid in "${READER_PIDS[@]}" $UPLOADER_PID; do
        kill "$pid" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    scorecard_cleanup
}
bench_trap

scorecard_setup


# seed OPERATOR Q: one campaign of each family in the quarter, with BENCH_SEED_CALLS calls and the rest. Sets the
# ids of its voice and coverage campaigns in SEED_VOICE and SEED_COVERAGE.
seed() {
    local op="$1" q="$2" from to voice coverage billing
    from="$(quarter_start "$BENCH_YEAR" "$q")" to="$(quarter_end "$BENCH_YEAR" "$q")"
    voice="$(post_campaign "$VOICE_URL/api/v1/voice/campaigns" "$TOKEN" \
        "{\"operatorId\":\"$op\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\",\"periodStart\":\"$from\",\"periodEnd\":\"$to\"}")"
    VOICE_IDS+=("$voice")
    coverage="$(post_campaign "$COVERAGE_URL/api/v1/coverage/campaigns" "$TOKEN" \
        "{\"operatorId\":\"$op\",\"areaCode\":\"$AREA\",\"periodStart\":\"$from\",\"periodEnd\":\"$to\",\"thresholdDbm\":-90,\"binMeters\":100}")"
    COVERAGE_IDS+=("$coverage")
    billing="$(post_campaign "$BILLING_URL/api/v1/billing/campaigns" "$TOKEN" \
        "{\"operatorId\":\"$op\",\"periodStart\":\"$from\",\"periodEnd\":\"$to\"}")"
    BILLING_IDS+=("$billing")
    generate_quarter_calls 1 "$BENCH_SEED_CALLS" "$BENCH_YEAR" "$q" >"$WORK_DIR/calls.csv"
    upload_csv "$VOICE_URL/api/v1/voice/campaigns/$voice/samples" "$TOKEN" "$WORK_DIR/calls.csv" >/dev/null
    generate_quarter_samples 1 $((BENCH_SEED_CALLS / 5)) "$BENCH_YEAR" "$q" >"$WORK_DIR/samples.csv"
    upload_csv "$COVERAGE_URL/api/v1/coverage/campaigns/$coverage/samples" "$TOKEN" "$WORK_DIR/samples.csv" >/dev/null
    generate_quarter_billing calls 1 $((BENCH_SEED_CALLS / 50)) "$BENCH_YEAR" "$q" >"$WORK_DIR/bcalls.csv"
    upload_csv "$BILLING_URL/api/v1/billing/campaigns/$billing/test-calls" "$TOKEN" "$WORK_DIR/bcalls.csv" >/dev/null
    generate_quarter_billing records 1 $((BENCH_SEED_CALLS / 50)) "$BENCH_YEAR" "$q" >"$WORK_DIR/brecords.csv"
    upload_csv "$BILLING_URL/api/v1/billing/campaigns/$billing/charging-records" "$TOKEN" "$WORK_DIR/brecords.csv" >/dev/null
    SEED_VOICE="$voice" SEED_COVERAGE="$coverage"
}

for op in "${OPERATORS[@]}"; do
    for q in 1 2 3; do
        seed "$op" "$q"
        bench_info "seeded $op, quarter $q of $BENCH_YEAR"
    done
done
# the uploads go to the first operator's third quarter (the last seeded for it: its campaigns)
UPLOAD_VOICE="${VOICE_IDS[2]}" UPLOAD_COVERAGE="${COVERAGE_IDS[2]}"

# the upload files, generated before the clock starts (fresh ids after the seeded ones, per file)
FILES=4
for ((f = 0; f < FILES; f++)); do
    generate_quarter_calls $((BENCH_SEED_CALLS + 1 + f * BENCH_UPLOAD_ROWS)) "$BENCH_UPLOAD_ROWS" "$BENCH_YEAR" 3 >"$WORK_DIR/up-calls.$f.csv"
    generate_quarter_samples $((BENCH_SEED_CALLS + 1 + f * BENCH_UPLOAD_ROWS)) "$BENCH_UPLOAD_ROWS" "$BENCH_YEAR" 3 >"$WORK_DIR/up-samples.$f.csv"
done

# uploader: alternately calls and samples, one file after the other, until the end; then as many more files are
# needed as the run takes (fresh ids past the pregenerated ones).
uploader() {
    local f=0 end="$1" token
    while ((EPOCHSECONDS < end)); do
        token="$(token)"
        if ((f % 2 == 0)); then
            [[ -s $WORK_DIR/up-calls.$((f / 2 % FILES)).csv && $((f / 2)) -lt $FILES ]] ||
                generate_quarter_calls $((BENCH_SEED_CALLS + 1 + f / 2 * BENCH_UPLOAD_ROWS)) "$BENCH_UPLOAD_ROWS" "$BENCH_YEAR" 3 >"$WORK_DIR/up-calls.$((f / 2 % FILES)).csv"
            upload_csv "$VOICE_URL/api/v1/voice/campaigns/$UPLOAD_VOICE/samples" "$token" "$WORK_DIR/up-calls.$((f / 2 % FILES)).csv" >/dev/null
            echo "calls $(date +%s)" >>"$WORK_DIR/uploads"
        else
            upload_csv "$COVERAGE_URL/api/v1/coverage/campaigns/$UPLOAD_COVERAGE/samples" "$token" "$WORK_DIR/up-samples.$((f / 2 % FILES)).csv" >/dev/null
            echo "samples $(date +%s)" >>"$WORK_DIR/uploads"
        fi
        f=$((f + 1))
    done
}

# reader N OPERATOR Q END: scorecards of OPERATOR's quarter Q until END.
reader() {
    local n="$1" op="$2" q="$3" end="$4"
    scorecards "$GATEWAY_URL/api/v1/scorecards?operatorId=$op&from=$(quarter_start "$BENCH_YEAR" "$q")&to=$(quarter_end "$BENCH_YEAR" "$q")" \
        "$(token)" "$WORK_DIR/reader.$n" "until:$end"
}

: >"$WORK_DIR/uploads"
END=$(($(date +%s) + BENCH_SECONDS))
bench_info "${BENCH_SECONDS}s: 12 scorecard readers; ${OPERATORS[0]} uploads $BENCH_UPLOAD_ROWS-row files"
uploader "$END" &
UPLOADER_PID=$!
n=0
for op in "${OPERATORS[@]}"; do
    for q in 1 2 3; do
        for r in 1 2; do
            reader "$n" "$op" "$q" "$END" &
            READER_PIDS+=($!)
            n=$((n + 1))
        done
    done
done
for pid in "${READER_PIDS[@]}"; do
    wait "$pid"
done
READER_PIDS=()
bench_info "readers done; waiting for the upload in progress"
wait "$UPLOADER_PID" || qos_die "the uploader failed"
UPLOADER_PID=""

scorecard_figures "$WORK_DIR"/reader.* >"$WORK_DIR/all"
TOTAL="$(wc -l <"$WORK_DIR/all")"
WHOLE="$(awk '$2 == 200 && $3 == 1' "$WORK_DIR/all" | wc -l)"
cut -d ' ' -f 1 "$WORK_DIR/all" >"$WORK_DIR/all.t"
SHARE="$(percent "$WHOLE" "$TOTAL")"
VERDICT="BELOW TARGET"
meets "$SHARE" "$TARGET_PERCENT" && VERDICT="PASS"
printf '\nScorecards under load: 12 readers (%s, quarters 1-3 of %s) for %ss while %s uploads %s-row files\n' \
    "${OPERATORS[*]}" "$BENCH_YEAR" "$BENCH_SECONDS" "${OPERATORS[0]}" "$BENCH_UPLOAD_ROWS"
printf 'scorecards answered:          %s\n' "$TOTAL"
printf 'HTTP 200, every family OK:    %s (%s %%; target >= %s %%: %s)\n' "$WHOLE" "$SHARE" "$TARGET_PERCENT" "$VERDICT"
printf 'latency p50 / p99:            %s ms / %s ms\n' "$(ms "$(percentile 50 "$WORK_DIR/all.t")")" "$(ms "$(percentile 99 "$WORK_DIR/all.t")")"
printf 'uploads done:                 %s of calls, %s of samples (%s rows each)\n' \
    "$(grep -c '^calls' "$WORK_DIR/uploads" || true)" "$(grep -c '^samples' "$WORK_DIR/uploads" || true)" "$BENCH_UPLOAD_ROWS"
