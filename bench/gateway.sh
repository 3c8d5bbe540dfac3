#!/usr/bin/env bash
#
# bench/gateway.sh: what does the gateway cost? The same requests through the gateway (port 8080) and
# straight to the voice service (8081), in the same run, plus scorecards per second.
#
# A measurement, not a test: it exits 0 whatever the figures are, and non-zero only when something fails
# (stack down, a request refused, wrong row count, ...).
#
#   1. Uses the running stack (./qos up --no-demo is run when the gateway or the voice service does not answer).
#   2. GET /api/v1/voice/compliance with wrk (installed from Debian's packages when missing and root):
#      a warm-up of each (BENCH_WARMUP), then BENCH_SECONDS direct, then BENCH_ROUNDS rounds of BENCH_SECONDS through nginx
#      (Debian's nginx-light, installed the same way, started by this script on BENCH_NGINX_PORT as a plain reverse
#      proxy with keep-alive connections to the same service, and stopped at the end) and through the gateway, in
#      alternating order (a drift of the machine's load weighs on both alike; their totals are compared);
#      requests/s and p99 of each, and the CPU time per request of the service, of nginx and of the gateway (from
#      /proc, their user + system time over the runs); targets: gateway >= 90 % of nginx's throughput (issue 16),
#      >= 70 % of direct.
#   3. GET /api/v1/scorecards through the gateway with wrk: scorecards/s and p99 (and the families' status of
#      one scorecard, so that an UNAVAILABLE family is visible next to the figure).
#   4. A BENCH_ROWS-row objective CSV (the generator and cache of bench/voice-ingest.sh), uploaded with curl
#      into a new campaign straight to the service, then through the gateway, BENCH_RUNS rounds; the best of
#      each counts; target: gateway >= 80 % of direct. The gateway's heap is sampled every 0.5 s from its
#      /q/metrics during its uploads (a body held in memory would show). The campaigns are deleted afterwards.
#
# Environment (all optional):
#   BENCH_SECONDS (15)      duration of each wrk run
#   BENCH_ROUNDS (3)        alternating rounds of nginx and the gateway
#   BENCH_WARMUP (45)       seconds of each warm-up run (not counted)
#   BENCH_CONNECTIONS (16)  wrk connections; BENCH_THREADS (2) wrk threads
#   BENCH_ROWS (1000000)    rows of the CSV; BENCH_RUNS (2) upload rounds; BENCH_UPLOAD (1): 0 skips step 4
#   BENCH_NGINX_PORT (8089) where the reference nginx listens
#   QOS_GATEWAY_PORT (8080), QOS_VOICE_PORT (8081), QOS_KEYCLOAK_PORT (8180), QOS_CACHE (~/.cache/qos)
#   QOS_DB_URL, QOS_DB_USER, QOS_DB_PASSWORD   the voice service's database, to delete the benchmark campaigns
#
# Needs: bash 5, curl, wrk, nginx, psql, awk.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$BENCH_DIR/lib.sh"

BENCH_SECONDS="${BENCH_SECONDS:-15}"
BENCH_CONNECTIONS="${BENCH_CONNECTIONS:-16}"
BENCH_THREADS="${BENCH_THREADS:-2}"
BENCH_ROUNDS="${BENCH_ROUNDS:-3}"
BENCH_WARMUP="${BENCH_WARMUP:-45}"
BENCH_ROWS="${BENCH_ROWS:-1000000}"
BENCH_RUNS="${BENCH_RUNS:-2}"
BENCH_UPLOAD="${BENCH_UPLOAD:-1}"
BENCH_NGINX_PORT="${BENCH_NGINX_PORT:-8089}"
for v in BENCH_SECONDS BENCH_CONNECTIONS BENCH_THREADS BENCH_ROWS BENCH_RUNS BENCH_ROUNDS BENCH_WARMUP BENCH_NGINX_PORT; do
    [[ ${!v} =~ ^[1-9][0-9]*$ ]] || qos_die "$v must be a positive integer, got '${!v}'"
done
[[ $BENCH_UPLOAD == [01] ]] || qos_die "BENCH_UPLOAD must be 0 or 1, got '$BENCH_UPLOAD'"

GATEWAY_URL="http://127.0.0.1:${QOS_GATEWAY_PORT:-8080}"
# its metrics: on the management interface (QOS_GATEWAY_MANAGEMENT_PORT), never on the public port
GATEWAY_METRICS_URL="http://127.0.0.1:${QOS_GATEWAY_MANAGEMENT_PORT:-9080}"
VOICE_URL="http://127.0.0.1:${QOS_VOICE_PORT:-8081}"
# PERIOD_START and PERIOD_END: the period of the objective CSV (bench/lib.sh).
COMPLIANCE_PATH="/api/v1/voice/compliance?operatorId=ALPHA&from=$PERIOD_START&to=$PERIOD_END"
SCORECARD_PATH="/api/v1/scorecards?operatorId=ALPHA&from=$PERIOD_START&to=$PERIOD_END"
GET_TARGET_PERCENT=70
NGINX_TARGET_PERCENT=90
NGINX_URL="http://127.0.0.1:$BENCH_NGINX_PORT"
UPLOAD_TARGET_PERCENT=80
# The CSV of bench/voice-ingest.sh: same generator, same cache file.
GENERATOR_VERSION=1
BENCH_CACHE="$QOS_CACHE/bench"
CSV_FILE="$BENCH_CACHE/voice-objective-${BENCH_ROWS}-v${GENERATOR_VERSION}.csv"
WORK_DIR="$(mktemp -d "${TMPDIR:-/tmp}/gateway-bench.XXXXXX")"

# cleanup: called by the trap of bench/lib.sh (after it stopped the sampler), to delete the benchmark campaigns
# (CAMPAIGNS of bench/lib.sh) from the voice service's database.
cleanup() {
    if [[ -f $WORK_DIR/nginx/nginx.pid ]]; then
        nginx -p "$WORK_DIR/nginx" -c nginx.conf -s stop 2>/dev/null || true
    fi
    if ((${#CAMPAIGNS[@]} > 0)); then
        bench_info "deleting the ${#CAMPAIGNS[@]} benchmark campaign(s) and their rows from schema voice"
        delete_voice_campaigns "${CAMPAIGNS[@]}" || qos_warn "could not delete campaigns ${CAMPAIGNS[*]}"
    fi
}
bench_trap

# ---------------------------------------------------------------------------
# 1. Tools, the stack and a token
# ---------------------------------------------------------------------------

bench_need curl awk
qos_need_cmd wrk
qos_need_cmd nginx nginx-light
if ((BENCH_UPLOAD)); then
    command -v psql >/dev/null 2>&1 || qos_die "'psql' is required (to delete the benchmark campaigns); BENCH_UPLOAD=0 skips the uploads"
fi

if ! bench_ready "$GATEWAY_URL" || ! bench_ready "$VOICE_URL"; then
    bench_info "the gateway ($GATEWAY_URL) or the voice service ($VOICE_URL) does not answer: starting the stack (./qos up --no-demo)"
    bench_stack_up
    bench_ready "$GATEWAY_URL" || qos_die "the gateway still does not answer on $GATEWAY_URL/q/health/ready"
    bench_ready "$VOICE_URL" || qos_die "voice-quality-service still does not answer on $VOICE_URL/q/health/ready"
    bench_info "stack started by this script: it stays up (./qos down stops it)"
fi

# The reference: nginx as a plain reverse proxy in front of the same voice service, keep-alive to it, as many
# workers as CPUs, no access log (the gateway keeps none either).
mkdir -p "$WORK_DIR/nginx/logs"
cat >"$WORK_DIR/nginx/nginx.conf" <<NGINX
worker_processes auto;
pid $WORK_DIR/nginx/nginx.pid;
error_log $WORK_DIR/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $WORK_DIR/nginx/body;
    proxy_temp_path $WORK_DIR/nginx/proxy;
    upstream voice { server ${VOICE_URL#http://}; keepalive 64; }
    server {
        listen 127.0.0.1:$BENCH_NGINX_PORT;
        location / { proxy_pass http://voice; proxy_http_version 1.1; proxy_set_header Connection ""; }
    }
}
NGINX
nginx -p "$WORK_DIR/nginx" -c nginx.conf || qos_die "nginx did not start on port $BENCH_NGINX_PORT (in use?)"
bench_ready "$NGINX_URL" || qos_die "nginx on $NGINX_URL does not reach the voice service"

# The processes whose CPU time per request is shown: the service, nginx's workers, the gateway.
VOICE_PID="$(cat "$QOS_RUN_DIR/voice-quality-service.pid" 2>/dev/null || true)"
GATEWAY_PID="$(cat "$QOS_RUN_DIR/gateway.pid" 2>/dev/null || true)"
nginx_pids() { pgrep -P "$(cat "$WORK_DIR/nginx/nginx.pid")" | tr '\n' ' '; }

# cpu_ticks PID...: the user + system clock ticks the processes have used so far (0 for one that is gone).
cpu_ticks() {
    local pid sum=0 stat
    for pid in "$@"; do
        stat="$(cat "/proc/$pid/stat" 2>/dev/null)" || continue
        stat="${stat##*) }"
        read -r -a fields <<<"$stat"
        sum=$((sum + fields[11] + fields[12]))
    done
    echo "$sum"
}
CLK_TCK="$(getconf CLK_TCK)"
# cpu_ms TICKS REQUESTS: milliseconds of CPU per request.
cpu_ms() { awk -v t="$1" -v n="$2" -v hz="$CLK_TCK" 'BEGIN { printf "%.3f", (n > 0 ? t * 1000 / hz / n : 0) }'; }

# check_get URL TOKEN: one request must answer 200 before it is measured.
check_get() {
    local code
    code="$(curl -sS --max-time 30 -o "$WORK_DIR/check.json" -w '%{http_code}' -H "Authorization: Bearer $2" "$1")" ||
        qos_die "GET $1 failed (curl)"
    [[ $code == 200 ]] || qos_die "GET $1 answered HTTP $code: $(head -c 2000 "$WORK_DIR/check.json")"
}

# ---------------------------------------------------------------------------
# wrk runs
# ---------------------------------------------------------------------------

# to_ms VALUE: a wrk latency (850.00us, 12.34ms, 1.20s, 2.00m) in milliseconds.
to_ms() {
    awk -v v="$1" 'BEGIN {
        n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
        if (u == "us") n /= 1000; else if (u == "s") n *= 1000; else if (u == "m") n *= 60000
        printf "%.2f", n }'
}

# run_wrk LABEL URL SECONDS [PROXY_PID...]: sets WRK_RPS, WRK_P99_MS, WRK_REQUESTS, and SERVICE_CPU_MS and
# PROXY_CPU_MS (CPU per request of the voice service and of the proxy's processes); fails on socket errors or
# non-2xx answers.
run_wrk() {
    local label="$1" url="$2" seconds="$3" out token service0 proxy0
    shift 3
    token="$(token)"
    check_get "$url" "$token"
    out="$WORK_DIR/wrk.$label.txt"
    service0="$(cpu_ticks $VOICE_PID)" proxy0="$(cpu_ticks "$@")"
    wrk -t "$BENCH_THREADS" -c "$BENCH_CONNECTIONS" -d "${seconds}s" --latency --timeout 10s \
        -H "Authorization: Bearer $token" "$url" >"$out" 2>&1 || qos_die "wrk failed for $label: $(cat "$out")"
    SERVICE_TICKS=$(($(cpu_ticks $VOICE_PID) - service0)) PROXY_TICKS=$(($(cpu_ticks "$@") - proxy0))
    if grep -q 'Non-2xx or 3xx responses' "$out"; then
        qos_die "$label: some answers were not 2xx: $(grep 'Non-2xx' "$out")"
    fi
    if grep -q 'Socket errors' "$out"; then
        qos_warn "$label: $(grep 'Socket errors' "$out")"
    fi
    WRK_RPS="$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")"
    WRK_P99_MS="$(to_ms "$(awk '$1 == "99%" { print $2 }' "$out")")"
    WRK_REQUESTS="$(awk '/requests in/ { print $1 }' "$out")"
    [[ -n $WRK_RPS ]] || qos_die "$label: no Requests/sec in the output of wrk: $(cat "$out")"
    SERVICE_CPU_MS="$(cpu_ms "$SERVICE_TICKS" "$WRK_REQUESTS")" PROXY_CPU_MS="$(cpu_ms "$PROXY_TICKS" "$WRK_REQUESTS")"
}

LOAD_AT_START="$(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo '?')"

# The JVMs' JIT needs the first minute or so after a restart: on a gateway started 4 min before (its only traffic
# this warm-up at 15 s), three rounds gave 71.9, 64.0 and 85.9 % of nginx at 0.101 ms of gateway CPU per request,
# and the same run again right after 86.5, 105.9 and 88.7 % at 0.070 ms. Hence BENCH_WARMUP seconds of each.
bench_info "warm-up: ${BENCH_WARMUP}s of GET compliance direct, through nginx and through the gateway, ${BENCH_WARMUP}s of scorecards (not counted)"
run_wrk warm-direct "$VOICE_URL$COMPLIANCE_PATH" "$BENCH_WARMUP"
run_wrk warm-nginx "$NGINX_URL$COMPLIANCE_PATH" "$BENCH_WARMUP"
run_wrk warm-gateway "$GATEWAY_URL$COMPLIANCE_PATH" "$BENCH_WARMUP"
run_wrk warm-scorecards "$GATEWAY_URL$SCORECARD_PATH" "$BENCH_WARMUP"

bench_info "GET /api/v1/voice/compliance straight to the service, ${BENCH_SECONDS}s"
run_wrk direct "$VOICE_URL$COMPLIANCE_PATH" "$BENCH_SECONDS"
DIRECT_RPS="$WRK_RPS" DIRECT_P99="$WRK_P99_MS" DIRECT_N="$WRK_REQUESTS" DIRECT_SERVICE_CPU="$SERVICE_CPU_MS"
# nginx and the gateway in alternating rounds (nginx first in odd rounds, the gateway first in even ones), so that
# a change of the machine's load during the run weighs on both alike; the totals of all rounds are compared.
declare -A PROXY_N=([nginx]=0 [gateway]=0) PROXY_SERVICE_TICKS=([nginx]=0 [gateway]=0) PROXY_OWN_TICKS=([nginx]=0 [gateway]=0)
declare -A PROXY_P99=([nginx]=0 [gateway]=0) ROUND_RPS=()
# proxy_round NAME ROUND: one wrk run through nginx or the gateway, added to its totals.
proxy_round() {
    local name="$1" round="$2"
    if [[ $name == nginx ]]; then
        # shellcheck disable=SC2046 # one argument per worker pid
        run_wrk "nginx.$round" "$NGINX_URL$COMPLIANCE_PATH" "$BENCH_SECONDS" $(nginx_pids)
    else
        run_wrk "gateway.$round" "$GATEWAY_URL$COMPLIANCE_PATH" "$BENCH_SECONDS" $GATEWAY_PID
    fi
    PROXY_N[$name]=$((PROXY_N[$name] + WRK_REQUESTS))
    PROXY_SERVICE_TICKS[$name]=$((PROXY_SERVICE_TICKS[$name] + SERVICE_TICKS))
    PROXY_OWN_TICKS[$name]=$((PROXY_OWN_TICKS[$name] + PROXY_TICKS))
    PROXY_P99[$name]="$(printf '%s\n' "${PROXY_P99[$name]}" "$WRK_P99_MS" | sort -g | tail -n 1)"
    ROUND_RPS[$name.$round]="$WRK_RPS"
}
bench_info "GET /api/v1/voice/compliance through nginx and through the gateway, $BENCH_ROUNDS alternating round(s) of ${BENCH_SECONDS}s each"
for ((round = 1; round <= BENCH_ROUNDS; round++)); do
    if ((round % 2)); then
        proxy_round nginx "$round"
        proxy_round gateway "$round"
    else
        proxy_round gateway "$round"
        proxy_round nginx "$round"
    fi
    bench_info "round $round: nginx ${ROUND_RPS[nginx.$round]} req/s, gateway ${ROUND_RPS[gateway.$round]} req/s" \
        "($(percent "${ROUND_RPS[gateway.$round]}" "${ROUND_RPS[nginx.$round]}") %)"
done
PROXY_SECONDS=$((BENCH_ROUNDS * BENCH_SECONDS))
NGINX_N="${PROXY_N[nginx]}" GATEWAY_N="${PROXY_N[gateway]}"
NGINX_RPS="$(rate "$NGINX_N" "$PROXY_SECONDS")" GATEWAY_RPS="$(rate "$GATEWAY_N" "$PROXY_SECONDS")"
NGINX_P99="${PROXY_P99[nginx]}" GATEWAY_P99="${PROXY_P99[gateway]}"
NGINX_SERVICE_CPU="$(cpu_ms "${PROXY_SERVICE_TICKS[nginx]}" "$NGINX_N")" NGINX_CPU="$(cpu_ms "${PROXY_OWN_TICKS[nginx]}" "$NGINX_N")"
GATEWAY_SERVICE_CPU="$(cpu_ms "${PROXY_SERVICE_TICKS[gateway]}" "$GATEWAY_N")" GATEWAY_CPU="$(cpu_ms "${PROXY_OWN_TICKS[gateway]}" "$GATEWAY_N")"
bench_info "GET /api/v1/scorecards through the gateway, ${BENCH_SECONDS}s"
run_wrk scorecards "$GATEWAY_URL$SCORECARD_PATH" "$BENCH_SECONDS"
SCORE_RPS="$WRK_RPS" SCORE_P99="$WRK_P99_MS" SCORE_N="$WRK_REQUESTS"
# what a scorecard looked like during the run (an UNAVAILABLE family makes scorecards cheaper: say so)
SCORE_SHAPE="$(curl -sS --max-time 10 -H "Authorization: Bearer $(token)" "$GATEWAY_URL$SCORECARD_PATH" |
    grep -o '"\(overall\|status\)":"[A-Z]*"' | tr '\n' ' ' || true)"

GET_PERCENT="$(percent "$GATEWAY_RPS" "$DIRECT_RPS")"
GET_VERDICT="BELOW TARGET"
meets "$GET_PERCENT" "$GET_TARGET_PERCENT" && GET_VERDICT="PASS"
NGINX_PERCENT="$(percent "$GATEWAY_RPS" "$NGINX_RPS")"
NGINX_VERDICT="BELOW TARGET"
meets "$NGINX_PERCENT" "$NGINX_TARGET_PERCENT" && NGINX_VERDICT="PASS"

# ---------------------------------------------------------------------------
# Uploads
# ---------------------------------------------------------------------------

# upload LABEL BASE: one timed upload of the whole CSV into a new campaign through BASE. Sets UPLOAD_SECS and
# UPLOAD_PEAK (the gateway's peak heap during the upload).
upload() {
    local label="$1" base="$2" token id t0 t1 code body accepted
    token="$(token)"
    id="$(create_voice_campaign "$base" "$token")"
    CAMPAIGNS+=("$id")
    start_sampler "$WORK_DIR/heap.$label" "$GATEWAY_METRICS_URL"
    t0="$(now)"
    code="$(curl -sS --max-time 3600 -o "$WORK_DIR/upload.json" -w '%{http_code}' -X POST \
        -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' -H 'Expect:' \
        --data-binary @"$CSV_FILE" "$base/api/v1/voice/campaigns/$id/samples")" || qos_die "$label: the upload failed (curl)"
    t1="$(now)"
    stop_sampler
    body="$(<"$WORK_DIR/upload.json")"
    [[ $code == 200 ]] || qos_die "$label: the upload answered HTTP $code: ${body:0:2000}"
    accepted="$(qos_json_field accepted <<<"$body")"
    [[ $accepted == "$BENCH_ROWS" ]] || qos_die "$label: accepted '${accepted}' rows, expected $BENCH_ROWS: $body"
    UPLOAD_SECS="$(elapsed "$t0" "$t1")"
    UPLOAD_PEAK="$(max_of "$WORK_DIR/heap.$label")"
    bench_info "$label: $BENCH_ROWS rows in $UPLOAD_SECS s ($(rate "$BENCH_ROWS" "$UPLOAD_SECS") rows/s), gateway heap peak $(mb "$UPLOAD_PEAK") MB"
    delete_voice_campaigns "$id"
    forget_campaign "$id"
}

DIRECT_TIMES=()
GATEWAY_TIMES=()
GATEWAY_PEAKS=()
DIRECT_PEAKS=()
if ((BENCH_UPLOAD)); then
    db_check
    bench_csv "$CSV_FILE" "$BENCH_ROWS" rows generate_objective_csv "$BENCH_ROWS"
    GATEWAY_HEAP_MAX="$(heap_max_bytes "$GATEWAY_METRICS_URL")"
    bench_info "$BENCH_RUNS round(s) of uploads ($CSV_MB MB): straight to the service, then through the gateway"
    for ((run = 1; run <= BENCH_RUNS; run++)); do
        upload "run $run, direct" "$VOICE_URL"
        DIRECT_TIMES+=("$UPLOAD_SECS")
        DIRECT_PEAKS+=("$UPLOAD_PEAK")
        upload "run $run, gateway" "$GATEWAY_URL"
        GATEWAY_TIMES+=("$UPLOAD_SECS")
        GATEWAY_PEAKS+=("$UPLOAD_PEAK")
    done
fi

# ---------------------------------------------------------------------------
# Results
# ---------------------------------------------------------------------------

row() { printf '  %-40s %10s %10s %10s   %s\n' "$@"; }
echo
echo "Gateway benchmark ($(nproc) CPUs, load average at start $LOAD_AT_START; wrk -t$BENCH_THREADS -c$BENCH_CONNECTIONS, ${BENCH_SECONDS}s per run)"
echo "  (nginx and the gateway: $BENCH_ROUNDS alternating rounds, totals; p99: the worst round's)"
row "" requests "req/s" "p99 ms" "CPU ms per request: service, proxy"
row "GET voice/compliance, direct" "$DIRECT_N" "$DIRECT_RPS" "$DIRECT_P99" "$DIRECT_SERVICE_CPU, -"
row "GET voice/compliance, through nginx" "$NGINX_N" "$NGINX_RPS" "$NGINX_P99" "$NGINX_SERVICE_CPU, $NGINX_CPU"
row "GET voice/compliance, through gateway" "$GATEWAY_N" "$GATEWAY_RPS" "$GATEWAY_P99" "$GATEWAY_SERVICE_CPU, ${GATEWAY_PID:+$GATEWAY_CPU}"
printf '  %-40s %s %%   target >= %s %%   %s\n' "gateway / nginx throughput" "$NGINX_PERCENT" "$NGINX_TARGET_PERCENT" "$NGINX_VERDICT"
printf '  %-40s %s %%   target >= %s %%   %s\n' "gateway / direct throughput" "$GET_PERCENT" "$GET_TARGET_PERCENT" "$GET_VERDICT"
row "GET scorecards (ALPHA), gateway" "$SCORE_N" "$SCORE_RPS" "$SCORE_P99" "$SCORE_SHAPE"
if ((BENCH_UPLOAD)); then
    DIRECT_BEST="$(best "${DIRECT_TIMES[@]}")"
    GATEWAY_BEST="$(best "${GATEWAY_TIMES[@]}")"
    UPLOAD_PERCENT="$(percent "$DIRECT_BEST" "$GATEWAY_BEST")"
    UPLOAD_VERDICT="BELOW TARGET"
    meets "$UPLOAD_PERCENT" "$UPLOAD_TARGET_PERCENT" && UPLOAD_VERDICT="PASS"
    PEAK="$(printf '%s\n' "${GATEWAY_PEAKS[@]}" | sort -g | tail -n 1)"
    IDLE_PEAK="$(printf '%s\n' "${DIRECT_PEAKS[@]}" | sort -g | tail -n 1)"
    echo
    echo "Upload of $BENCH_ROWS objective calls, CSV $CSV_MB MB; best of $BENCH_RUNS run(s) each"
    row "" rows seconds "rows/s" "all runs (s)"
    row "POST text/csv, direct" "$BENCH_ROWS" "$DIRECT_BEST" "$(rate "$BENCH_ROWS" "$DIRECT_BEST")" "${DIRECT_TIMES[*]}"
    row "POST text/csv, through gateway" "$BENCH_ROWS" "$GATEWAY_BEST" "$(rate "$BENCH_ROWS" "$GATEWAY_BEST")" "${GATEWAY_TIMES[*]}"
    printf '  %-40s %s %%   target >= %s %%   %s\n' "gateway / direct rate" "$UPLOAD_PERCENT" "$UPLOAD_TARGET_PERCENT" "$UPLOAD_VERDICT"
    printf '  %-40s %s MB peak used (max %s MB), next to a body of %s MB;\n' "gateway heap during its uploads" \
        "$(mb "$PEAK")" "$(mb "${GATEWAY_HEAP_MAX:-0}")" "$CSV_MB"
    printf '  %-40s %s MB peak while the uploads went straight to the service (the gateway idle)\n' "" "$(mb "$IDLE_PEAK")"
fi
echo
