#!/usr/bin/env bash
#
# scripts/demo-data.sh: load demo data into a running stack. `./qos up` runs it
# (not with --no-demo) once every service is ready; it can also be run by hand.
#
# Input, from the environment (./qos up exports them; defaults are the local ports):
#   QOS_OIDC_URL      the realm, e.g. http://127.0.0.1:8180/realms/qos
#   QOS_GATEWAY_URL   the gateway, when the stack has one (preferred for API calls)
#   QOS_VOICE_URL, QOS_COVERAGE_URL, QOS_BILLING_URL, QOS_COMPLAINTS_URL
#                     each service, set only when its module is present
#
# It must be safe to run again on a stack that already has the demo data.
set -euo pipefail

# The realm given by the caller wins over scripts/lib.sh's default (from QOS_KEYCLOAK_PORT).
DEMO_OIDC_URL="${QOS_OIDC_URL:-}"
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
QOS_OIDC_URL="${DEMO_OIDC_URL:-$QOS_OIDC_URL}"

log() { printf 'demo-data: %s\n' "$*" >&2; }

# api_base FAMILY_URL: where to send API calls: the gateway when there is one,
# else the service itself.
api_base() { printf '%s\n' "${QOS_GATEWAY_URL:-$1}"; }

# user_token USER: password grant on the public client qos-cli (password = user name).
user_token() { qos_token "$1" "$1"; }

# system_token CLIENT: client-credentials grant of alpha-system / beta-system (demo secrets).
system_token() { qos_client_token "$1" "$1-secret"; }

# api METHOD URL TOKEN [JSON_BODY]: call the API, print the response body; fails
# (showing the body) on an HTTP error.
api() {
    local method="$1" url="$2" token="$3" body="${4:-}" out code
    local args=(-sS -X "$method" -H "Authorization: Bearer $token" -H 'Accept: application/json'
        -o - -w '\n%{http_code}')
    if [[ -n $body ]]; then
        args+=(-H 'Content-Type: application/json' --data-binary "$body")
    fi
    out="$(curl "${args[@]}" "$url")"
    code="${out##*$'\n'}"
    out="${out%$'\n'*}"
    if [[ $code != 2* ]]; then
        log "$method $url answered $code: $out"
        return 1
    fi
    printf '%s\n' "$out"
}

# upload_csv URL TOKEN KEY: POST the CSV on stdin as a batch (Idempotency-Key KEY), print the answer.
upload_csv() {
    local url="$1" token="$2" key="$3" out code
    out="$(curl -sS -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
        -H "Idempotency-Key: $key" --data-binary @- -o - -w '\n%{http_code}' "$url")"
    code="${out##*$'\n'}"
    out="${out%$'\n'*}"
    if [[ $code != 2* ]]; then
        log "POST $url answered $code: $out"
        return 1
    fi
    printf '%s\n' "$out"
}

# objective_csv PREFIX ROWS GOOD OVER_SPEED OFF_NET [MONTH]: deterministic objective calls on days 1-30 of MONTH
# (YYYY-MM, default 2026-05); the first GOOD valid calls score 3.0 to 4.4, the other valid ones 1.6 to 2.9; then
# OVER_SPEED calls above 30 km/h and OFF_NET calls.
objective_csv() {
    awk -v p="$1" -v n="$2" -v good="$3" -v fast="$4" -v off="$5" -v month="${6:-2026-05}" 'BEGIN {
        print "callId,startedAt,score,speedKmh,onNet"
        for (i = 0; i < n + fast + off; i++) {
            day = 1 + i % 30; hour = 8 + i % 12
            t = sprintf("%s-%02dT%02d:%02d:00+07:00", month, day, hour, i % 60)
            if (i < good)      { score = 3.0 + (i % 15) / 10; speed = i % 31; net = "true" }
            else if (i < n)    { score = 1.6 + (i % 14) / 10; speed = i % 31; net = "true" }
            else if (i < n + fast) { score = 3.5; speed = 31 + i % 40; net = "true" }
            else               { score = 3.9; speed = 5; net = "false" }
            printf "%s%06d,%s,%.1f,%d,%s\n", p, i, t, score, speed, net
        }
    }'
}

# Voice quality (clause 3.4): ALPHA passes (objective calls, customer survey), BETA fails (objective calls,
# expert panel). Loaded once: a stack that already has campaigns in the demo period is left as it is.
load_voice_demo() {
    local base campaigns count id
    base="$(api_base "$QOS_VOICE_URL")/api/v1/voice"
    count="$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $REGULATOR_TOKEN" \
        "$base/campaigns?from=2026-04-01&to=2026-06-30&size=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')"
    if [[ ${count:-0} -gt 0 ]]; then
        log "voice: demo campaigns already present ($count in 2026-Q2), left as they are"
        return 0
    fi
    campaigns="$base/campaigns"

    # ALPHA, objective: 1,150 valid calls of which 1,092 score >= 3 (95 %); 40 over 30 km/h, 10 off-net
    id="$(api POST "$campaigns" "$ALPHA_TOKEN" '{"operatorId":"ALPHA","areaCode":"HN","method":"OBJECTIVE","periodStart":"2026-04-01","periodEnd":"2026-06-30","instrument":"P.862.1"}' | qos_json_field id)"
    objective_csv A 1150 1092 40 10 | upload_csv "$campaigns/$id/samples" "$ALPHA_SYSTEM_TOKEN" demo-alpha-objective >/dev/null
    log "voice: ALPHA objective campaign $id"

    # BETA, objective: 1,050 valid calls of which 903 score >= 3 (86 %): a FAIL
    id="$(api POST "$campaigns" "$BETA_TOKEN" '{"operatorId":"BETA","areaCode":"HN","method":"OBJECTIVE","periodStart":"2026-04-01","periodEnd":"2026-06-30","instrument":"P.862.1"}' | qos_json_field id)"
    objective_csv B 1050 903 30 20 | upload_csv "$campaigns/$id/samples" "$BETA_SYSTEM_TOKEN" demo-beta-objective >/dev/null
    log "voice: BETA objective campaign $id"

    # ALPHA, customer survey of 20,000 subscribers (minimum ceil(1 %) = 200): 210 forms, 196 score >= 3
    id="$(api POST "$campaigns" "$ALPHA_TOKEN" '{"operatorId":"ALPHA","areaCode":"HCM","method":"CUSTOMER_SURVEY","periodStart":"2026-04-01","periodEnd":"2026-06-30","subscriberCount":20000}' | qos_json_field id)"
    awk 'BEGIN {
        split("MAIL EMAIL FAX PHONE", ch, " "); split("NOISE ECHO LOW_VOLUME DROPPED DISTORTION", rs, " ")
        print "respondentId,channel,handsetModel,usageMonths,score,reasons"
        for (i = 0; i < 210; i++) {
            score = i < 196 ? 3 + i % 3 : 1 + i % 2
            reasons = score <= 3 ? rs[1 + i % 5] : ""
            if (score == 3 && i % 4 == 0) reasons = ""
            printf "R%05d,%s,PHS-%d,%d,%d,%s\n", i, ch[1 + i % 4], 100 + i % 7, 1 + i % 48, score, reasons
        }
    }' | upload_csv "$campaigns/$id/samples" "$ALPHA_TOKEN" demo-alpha-survey >/dev/null
    log "voice: ALPHA survey campaign $id"

    # BETA, expert panel run by the regulator: 32 experts, 2 after too few calls; 26 of 30 valid score >= 3
    id="$(api POST "$campaigns" "$REGULATOR_TOKEN" '{"operatorId":"BETA","areaCode":"HCM","method":"EXPERT_PANEL","periodStart":"2026-04-01","periodEnd":"2026-06-30"}' | qos_json_field id)"
    awk 'BEGIN {
        print "expertId,successfulCalls,score"
        for (i = 0; i < 32; i++) printf "X%02d,%d,%d\n", i, i < 30 ? 30 + i : 12, i < 26 ? 3 + i % 3 : 2
    }' | upload_csv "$campaigns/$id/samples" "$REGULATOR_TOKEN" demo-beta-experts >/dev/null
    log "voice: BETA expert-panel campaign $id"
}

# Voice trend (clause 3.4): objective-call campaigns of the two quarters before the demo quarter, so that a trend
# of voice.quality has three periods for both operators: ALPHA improves (91.0 % in 2025-Q4, 93.0 % in 2026-Q1,
# then the 95.0 % of 2026-Q2), BETA declines (91.0 %, 88.5 %, then 86.0 %). Each quarter is loaded once: a quarter
# that already has voice campaigns is left as it is. The 2026-Q2 campaigns above are not touched.
load_voice_trend_demo() {
    local campaigns quarter from to month count id alpha_valid alpha_good beta_valid beta_good
    campaigns="$(api_base "$QOS_VOICE_URL")/api/v1/voice/campaigns"
    # QUARTER FROM TO MONTH-OF-THE-CALLS  ALPHA: VALID GOOD  BETA: VALID GOOD
    while read -r quarter from to month alpha_valid alpha_good beta_valid beta_good; do
        count="$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $REGULATOR_TOKEN" \
            "$campaigns?from=$from&to=$to&size=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')"
        if [[ ${count:-0} -gt 0 ]]; then
            log "voice: demo campaigns of $quarter already present ($count), left as they are"
            continue
        fi
        id="$(api POST "$campaigns" "$ALPHA_TOKEN" "{\"operatorId\":\"ALPHA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\",\"periodStart\":\"$from\",\"periodEnd\":\"$to\",\"instrument\":\"P.862.1\"}" | qos_json_field id)"
        objective_csv "A$quarter-" "$alpha_valid" "$alpha_good" 20 5 "$month" |
            upload_csv "$campaigns/$id/samples" "$ALPHA_SYSTEM_TOKEN" "demo-alpha-objective-$quarter" >/dev/null
        id="$(api POST "$campaigns" "$BETA_TOKEN" "{\"operatorId\":\"BETA\",\"areaCode\":\"HN\",\"method\":\"OBJECTIVE\",\"periodStart\":\"$from\",\"periodEnd\":\"$to\",\"instrument\":\"P.862.1\"}" | qos_json_field id)"
        objective_csv "B$quarter-" "$beta_valid" "$beta_good" 20 5 "$month" |
            upload_csv "$campaigns/$id/samples" "$BETA_SYSTEM_TOKEN" "demo-beta-objective-$quarter" >/dev/null
        log "voice: ALPHA and BETA objective campaigns of $quarter ($alpha_good of $alpha_valid, $beta_good of $beta_valid score >= 3)"
    done <<'PERIODS'
2025-Q4 2025-10-01 2025-12-31 2025-11 1000 910 1000 910
2026-Q1 2026-01-01 2026-03-31 2026-03 1100 1023 1000 885
PERIODS
}

# coverage_demo_csv: deterministic drive-test samples of ALPHA in Hanoi (area HN). A block of 20 x 10 bins of
# 100 m in Web Mercator (EPSG:3857), starting at the bin of Hoan Kiem lake (117836, 23952); three valid samples
# per bin, at 1/4, 1/2 and 3/4 of its diagonal, each on one of the streets HN-S001..HN-S030. A covered bin has
# -70, -78, -88 dBm (median -78); the 12 bins with index % 17 == 5 have -90, -95, -80 (median -90): 188 of 200
# covered at -85 dBm. Every 10th bin adds an indoor sample (-40 dBm, street HN-S035) and every 25th one at
# 45 km/h (-40 dBm, street HN-S036): excluded, so they neither lift a bin nor measure a street.
coverage_demo_csv() {
    awk 'BEGIN {
        R = 6378137; PI = atan2(0, -1); b = 100; bx0 = 117836; by0 = 23952
        print "at,lat,lon,signalDbm,speedKmh,streetId,outdoor"
        for (i = 0; i < 200; i++) {
            c = i % 20; r = int(i / 20)
            street = sprintf("HN-S%03d", 1 + i % 30)
            bad = (i % 17 == 5)
            split(bad ? "-90 -95 -80" : "-70 -78 -88", level, " ")
            day = 1 + i % 28; month = 4 + i % 3
            for (k = 1; k <= 3; k++) {
                f = k / 4
                emit(bx0 + c + f, by0 + r + f, level[k], (i * 7 + k) % 31, street, "true", month, day, k)
            }
            if (i % 10 == 0) emit(bx0 + c + 0.5, by0 + r + 0.5, -40, 0, "HN-S035", "false", month, day, 4)
            if (i % 25 == 0) emit(bx0 + c + 0.5, by0 + r + 0.5, -40, 45, "HN-S036", "true", month, day, 5)
        }
    }
    # emit GX GY ...: a sample at grid position (GX, GY) in bin units, inverse-projected to [lat, lon].
    function emit(gx, gy, dbm, speed, street, outdoor, month, day, k,    x, y, lat, lon) {
        x = gx * b; y = gy * b
        lon = x / R * 180 / PI
        lat = (2 * atan2(exp(y / R), 1) - PI / 2) * 180 / PI
        printf "2026-%02d-%02dT%02d:%02d:00+07:00,%.9f,%.9f,%s,%s,%s,%s\n", month, day, 8 + k, (gx * 7) % 60, lat, lon,
            dbm, speed, street, outdoor
    }'
}

# Outdoor coverage (clause 3.5): the street inventory of Hanoi (HN, 40 streets) and ALPHA's drive test over
# 2026-Q2 at -85 dBm and 100 m bins: 188 of 200 bins covered (0.94 > 0.90, PASS, not conclusive: the interval
# reaches below 0.90), 30 of 40 streets measured (0.75 >= 0.5), 628 samples of which 20 INDOOR and 8 OVER_SPEED.
# Loaded once: a stack that already has coverage campaigns in the demo period is left as it is.
load_coverage_demo() {
    local base campaigns count id streets i out
    base="$(api_base "$QOS_COVERAGE_URL")/api/v1/coverage"
    count="$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $REGULATOR_TOKEN" \
        "$base/campaigns?from=2026-04-01&to=2026-06-30&size=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')"
    if [[ ${count:-0} -gt 0 ]]; then
        log "coverage: demo campaigns already present ($count in 2026-Q2), left as they are"
        return 0
    fi
    campaigns="$base/campaigns"

    streets="streetId,name,lengthMeters"
    for ((i = 1; i <= 40; i++)); do
        streets+=$'\n'"$(printf 'HN-S%03d,Demo street %d,%d' "$i" "$i" $((300 + 25 * i)))"
    done
    out="$(curl -sS -X PUT -H "Authorization: Bearer $REGULATOR_TOKEN" -H 'Content-Type: text/csv' \
        --data-binary "$streets" -o - -w '\n%{http_code}' "$base/areas/HN/streets")"
    if [[ ${out##*$'\n'} != 2* ]]; then
        log "PUT $base/areas/HN/streets answered ${out##*$'\n'}: ${out%$'\n'*}"
        return 1
    fi
    log "coverage: street inventory of HN (40 streets)"

    id="$(api POST "$campaigns" "$ALPHA_TOKEN" '{"operatorId":"ALPHA","areaCode":"HN","periodStart":"2026-04-01","periodEnd":"2026-06-30","thresholdDbm":-85,"binMeters":100}' | qos_json_field id)"
    coverage_demo_csv | upload_csv "$campaigns/$id/samples" "$ALPHA_SYSTEM_TOKEN" demo-alpha-drive-test >/dev/null
    log "coverage: ALPHA drive-test campaign $id (result: $campaigns/$id/result, map: $campaigns/$id/map)"
}

# demo_time EPOCH: the instant EPOCH as an ISO-8601 timestamp in +07:00.
demo_time() { date -u -d "@$(($1 + 7 * 3600))" +%Y-%m-%dT%H:%M:%S+07:00; }

# demo_complaint BASE TOKEN OPERATOR N CATEGORY RECEIVED_EPOCH ANSWER_AFTER_SECONDS|- [CHANNEL]: one complaint of
# 2026-Q2 and, unless the delay is '-', its written answer that many seconds after receipt. The channel defaults to
# one of the six in turn (only LETTER, EMAIL, FAX and WEB count for the complaint rate, clause 3.8.2).
demo_complaint() {
    local base="$1" token="$2" operator="$3" n="$4" category="$5" received="$6" after="$7" channel="${8:-}" channels id
    channels=(LETTER EMAIL FAX PHONE WEB IN_PERSON)
    channel="${channel:-${channels[n % 6]}}"
    id="$(api POST "$base" "$token" "{\"operatorId\":\"$operator\",\"customerRef\":\"DEMO-$operator-$n\",\"channel\":\"$channel\",\"category\":\"$category\",\"receivedAt\":\"$(demo_time "$received")\",\"subject\":\"Demo complaint $n\"}" | qos_json_field id)"
    if [[ $after != - ]]; then
        api POST "$base/$id/responses" "$token" "{\"respondedAt\":\"$(demo_time $((received + after)))\",\"written\":true,\"summary\":\"Demo answer $n\"}" >/dev/null
    fi
}

# Complaints and customer support (clauses 3.8, 3.9), period 2026-04-01 to 2026-06-30 (91 days): ALPHA complies
# (every complaint answered in writing within 48 h, some at exactly 48 h; 12 service-quality complaints, 8 of them
# written, among 120,000 customers = 0.027 per 100 per year; no support-line outage, and its support-call log shows
# the line answering, so availability is PASS on evidence), BETA does not (complaints answered 1 s or hours late and
# some still open; 70 service-quality complaints, 63 written and 7 by telephone, among 20,000 customers = 1.26 per
# 100 per year; two overlapping outages). Both upload a support-call log (the evidence of the line's availability,
# and the informative share answered within 60 s).
# Loaded once: a stack that already has ALPHA complaints received in the period is left as it is.
load_complaints_demo() {
    local base count start day=86400 i received after category channel written
    base="$(api_base "$QOS_COMPLAINTS_URL")/api/v1/complaints"
    count="$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $REGULATOR_TOKEN" \
        "$base?operatorId=ALPHA&from=2026-04-01&to=2026-06-30&size=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')"
    if [[ ${count:-0} -gt 0 ]]; then
        log "complaints: demo complaints already present ($count of ALPHA in 2026-Q2), left as they are"
        return 0
    fi
    start="$(date -u -d '2026-03-31T17:00:00Z' +%s)" # 2026-04-01T00:00+07:00

    api POST "$base/subscriber-counts" "$ALPHA_TOKEN" '{"operatorId":"ALPHA","asOf":"2026-03-31","count":118000}' >/dev/null
    api POST "$base/subscriber-counts" "$ALPHA_TOKEN" '{"operatorId":"ALPHA","asOf":"2026-06-30","count":120000}' >/dev/null
    api POST "$base/subscriber-counts" "$BETA_TOKEN" '{"operatorId":"BETA","asOf":"2026-06-30","count":20000}' >/dev/null

    # ALPHA: 30 complaints, one every 3 days from 08:00 + i min, 12 about service quality; answers after 2 h to 48 h
    for ((i = 0; i < 30; i++)); do
        received=$((start + i * 3 * day + 8 * 3600 + i * 60))
        category=$([[ $((i % 5)) -lt 2 ]] && echo SERVICE_QUALITY || ([[ $((i % 2)) -eq 0 ]] && echo BILLING || echo OTHER))
        after=$([[ $((i % 4)) -eq 0 ]] && echo $((48 * 3600)) || echo $(((2 + i % 40) * 3600)))
        demo_complaint "$base" "$ALPHA_SYSTEM_TOKEN" ALPHA "$i" "$category" "$received" "$after"
    done
    log "complaints: ALPHA 30 complaints, all answered within 48 h"

    # BETA: 90 complaints, 70 about service quality; every 10th answered 1 s late, every 10th (+5) 3 h late,
    # every 15th left open (now overdue); every 10th (+3) by telephone, the others written
    written=(LETTER EMAIL FAX WEB)
    for ((i = 0; i < 90; i++)); do
        received=$((start + (i % 88) * day + 9 * 3600 + i * 37))
        category=$([[ $i -lt 70 ]] && echo SERVICE_QUALITY || echo BILLING)
        channel=$([[ $((i % 10)) -eq 3 ]] && echo PHONE || echo "${written[i % 4]}")
        if ((i % 15 == 7)); then
            after=-
        elif ((i % 10 == 0)); then
            after=$((48 * 3600 + 1))
        elif ((i % 10 == 5)); then
            after=$((51 * 3600))
        else
            after=$(((1 + i % 30) * 3600))
        fi
        demo_complaint "$base" "$BETA_SYSTEM_TOKEN" BETA "$i" "$category" "$received" "$after" "$channel"
    done
    log "complaints: BETA 90 complaints, some answered late and some left open"

    # BETA's support line was down twice, overlapping: 2026-05-10 02:00-04:00 and 03:00-05:30 (3 h 30 min merged)
    api POST "$base/support-outages" "$BETA_TOKEN" '{"operatorId":"BETA","startedAt":"2026-05-10T02:00:00+07:00","endedAt":"2026-05-10T04:00:00+07:00","cause":"PBX failure"}' >/dev/null
    api POST "$base/support-outages" "$BETA_TOKEN" '{"operatorId":"BETA","startedAt":"2026-05-10T03:00:00+07:00","endedAt":"2026-05-10T05:30:00+07:00","cause":"Power cut"}' >/dev/null

    # support-call logs: ALPHA answers 180 of 200 calls within 60 s, BETA 60 of 120 (10 abandoned)
    {
        echo "callId,at,answeredAfterSeconds"
        for ((i = 0; i < 200; i++)); do
            echo "A-SC-$i,$(demo_time $((start + 7 * 3600 + i * 39000))),$((i < 180 ? 5 + i % 56 : 61 + i % 200))"
        done
    } | upload_csv "$base/support-calls" "$ALPHA_SYSTEM_TOKEN" demo-alpha-support-calls >/dev/null
    {
        echo "callId,at,answeredAfterSeconds"
        for ((i = 0; i < 120; i++)); do
            if ((i < 110)); then
                echo "B-SC-$i,$(demo_time $((start + 7 * 3600 + i * 65000))),$((i < 60 ? 10 + i % 50 : 75 + i % 300))"
            else
                echo "B-SC-$i,$(demo_time $((start + 7 * 3600 + i * 65000))),"
            fi
        done
    } | upload_csv "$base/support-calls" "$BETA_SYSTEM_TOKEN" demo-beta-support-calls >/dev/null
    log "complaints: support outages and support-call logs loaded"
}

# billing_calls_csv / billing_records_csv: the test-call demo of 2026-06 (clause 3.6). 1,200 calls of 60-360 s,
# 300 per direction, and 20 calls outside 60-360 s (excluded); the switch's clock is 4 s ahead of the equipment's.
# The equipment logs milliseconds (calls shorter than 360 s carry a fraction of a second), the switch charges the
# whole seconds, within the tolerance of 1 s.
# Call 10's record is 5 s too long (WRONG_DURATION), call 20's names another callee (WRONG_NUMBER), call 30 has no
# record (NOT_CHARGED) and call 40 has a second record (PHANTOM).
billing_calls_csv() {
    awk 'BEGIN {
        split("ON_NET OTHER_PHS PSTN MOBILE", dir, " ")
        print "callId,caller,callee,direction,startedAt,durationSeconds"
        for (i = 0; i < 1220; i++) {
            s = 8 * 3600 + (i % 100) * 360
            t = sprintf("2026-06-%02dT%02d:%02d:00+07:00", 1 + int(i / 100), int(s / 3600), int(s % 3600 / 60))
            d = i < 1200 ? 60 + (i * 7) % 301 : (i % 2 ? 30 : 400)
            ms = i < 1200 && d < 360 ? (i * 37) % 1000 : 0
            printf "DEMO-C%04d,+84 24 38%06d,09%08d,%s,%s,%d.%03d\n", i, i % 50, i, dir[1 + i % 4], t, d, ms
        }
    }'
}
billing_records_csv() {
    awk 'BEGIN {
        print "recordId,caller,callee,startedAt,durationSeconds,charge"
        for (i = 0; i < 1220; i++) {
            if (i == 30) continue
            s = 8 * 3600 + (i % 100) * 360
            t = sprintf("2026-06-%02dT%02d:%02d:04+07:00", 1 + int(i / 100), int(s / 3600), int(s % 3600 / 60))
            d = i < 1200 ? 60 + (i * 7) % 301 : (i % 2 ? 30 : 400)
            callee = sprintf("09%08d", i == 20 ? 99999999 : i)
            rec = i == 10 ? d + 5 : d
            printf "DEMO-R%04d,8424%08d,%s,%s,%d,%d\n", i, 38000000 + i % 50, callee, t, rec, 200 * (1 + int(rec / 60))
            if (i == 40) printf "DEMO-R%04d-DUP,8424%08d,%s,%s,%d,%d\n", i, 38000000 + i % 50, callee, t, rec, 200 * (1 + int(rec / 60))
        }
    }'
}

# billing_audit_csv ROWS WRONG: an invoice audit of 2026-06: ROWS calls of 200 subscribers; with WRONG=1 the line
# of call 77 is charged 100 VND more (1 wrong call in 10,000: exactly the 0.01 % target).
billing_audit_csv() {
    awk -v n="$1" -v wrong="$2" 'BEGIN {
        print "recordId,subscriber,callee,startedAt,endedAt,charge"
        for (i = 0; i < n; i++) {
            s = 8 * 3600 + (i % 400) * 90; d = 30 + i % 600; e = s + d
            day = sprintf("2026-06-%02d", 1 + int(i / 400))
            printf "DEMO-CDR%06d,024 3%06d,09%08d,%sT%02d:%02d:%02d+07:00,%sT%02d:%02d:%02d+07:00,%d\n", i, i % 200,
                i, day, int(s / 3600), int(s % 3600 / 60), s % 60, day, int(e / 3600), int(e % 3600 / 60), e % 60,
                200 * (1 + int(d / 60)) + (wrong && i == 77 ? 100 : 0)
        }
    }'
}

# Billing (clauses 3.6, 3.7): an ALPHA test-call campaign with every kind of discrepancy (4 of 1,201 trials: a
# FAIL of billing.wrong-calls), and an ALPHA invoice audit of 10,000 calls with one wrong line (a PASS at the
# target). Its rows lie in June 2026, the end of the demo quarter: charging data is purged 180 days after it
# started (qos.billing.retention), so the demo stays whole until the end of December 2026.
# Loaded once: a stack that already has billing campaigns in the demo period is left as it is.
load_billing_demo() {
    local base count id
    base="$(api_base "$QOS_BILLING_URL")/api/v1/billing"
    count="$(curl -sS -D - -o /dev/null -H "Authorization: Bearer $REGULATOR_TOKEN" \
        "$base/campaigns?from=2026-04-01&to=2026-06-30&size=1" | tr -d '\r' | sed -n 's/^[Xx]-[Tt]otal-[Cc]ount: //p')"
    if [[ ${count:-0} -gt 0 ]]; then
        log "billing: demo campaigns already present ($count in 2026-Q2), left as they are"
        return 0
    fi

    id="$(api POST "$base/campaigns" "$REGULATOR_TOKEN" '{"operatorId":"ALPHA","periodStart":"2026-04-01","periodEnd":"2026-06-30","durationToleranceSeconds":1,"matchWindowSeconds":30}' | qos_json_field id)"
    billing_calls_csv | upload_csv "$base/campaigns/$id/test-calls" "$REGULATOR_TOKEN" demo-alpha-test-calls >/dev/null
    billing_records_csv | upload_csv "$base/campaigns/$id/charging-records" "$ALPHA_SYSTEM_TOKEN" demo-alpha-charging-records >/dev/null
    log "billing: ALPHA test-call campaign $id (result: $base/campaigns/$id/result, discrepancies: $base/campaigns/$id/discrepancies)"

    id="$(api POST "$base/invoice-audits" "$REGULATOR_TOKEN" '{"operatorId":"ALPHA","periodStart":"2026-04-01","periodEnd":"2026-06-30","currency":"VND"}' | qos_json_field id)"
    billing_audit_csv 10000 0 | upload_csv "$base/invoice-audits/$id/charging-records" "$ALPHA_SYSTEM_TOKEN" demo-alpha-audit-records >/dev/null
    billing_audit_csv 10000 1 | upload_csv "$base/invoice-audits/$id/invoice-lines" "$ALPHA_SYSTEM_TOKEN" demo-alpha-audit-lines >/dev/null
    log "billing: ALPHA invoice audit $id (result: $base/invoice-audits/$id/result)"
}

main() {
    log "getting tokens from $QOS_OIDC_URL"
    REGULATOR_TOKEN="$(user_token regulator)"
    ALPHA_TOKEN="$(user_token alpha)"
    BETA_TOKEN="$(user_token beta)"
    ALPHA_SYSTEM_TOKEN="$(system_token alpha-system)"
    BETA_SYSTEM_TOKEN="$(system_token beta-system)"
    export REGULATOR_TOKEN ALPHA_TOKEN BETA_TOKEN ALPHA_SYSTEM_TOKEN BETA_SYSTEM_TOKEN

    if [[ -n ${QOS_VOICE_URL:-} ]]; then
        load_voice_demo
        load_voice_trend_demo
    fi
    if [[ -n ${QOS_COVERAGE_URL:-} ]]; then
        load_coverage_demo
    fi
    if [[ -n ${QOS_COMPLAINTS_URL:-} ]]; then
        load_complaints_demo
    fi
    if [[ -n ${QOS_BILLING_URL:-} ]]; then
        load_billing_demo
    fi
    log "done"
}

main "$@"
