#!/usr/bin/env bash
#
# scripts/keycloak-rotation-test.sh: Keycloak goes away and comes back with new signing keys while the gateway and
# the services run (the last stage of ./qos test; also runnable alone against a stack started by ./qos up).
#
#   1. Keycloak stopped: a token taken before passes the gateway and every service (its key is cached); tokens with
#      made-up key ids are 401, never 500 (each makes the process try to fetch the keys from the absent Keycloak).
#   2. Keycloak started again (./qos's start-dev on an in-memory database imports keycloak/qos-realm.json, which
#      holds no keys: Keycloak generates new ones, so the key id changes; checked on the JWKS).
#   3. Within 30 s of its issue, a fresh token (new key id) passes the gateway and every service, while
#      tokens with made-up key ids keep arriving (they may not hold the key refresh hostage); a token of the old
#      key is then 401, never 500.
#
# Environment: that of ./qos (QOS_KEYCLOAK_PORT, QOS_<KEY>_PORT, QOS_CACHE). It stops and starts the Keycloak of this
# clone only (.qos/run/keycloak.pid), leaves it running at the end, and exits non-zero on any failure.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

WITHIN=30
FAILURES=0

say() { printf 'rotation: %s\n' "$*"; }
fail() {
    printf 'rotation: FAIL: %s\n' "$*"
    FAILURES=$((FAILURES + 1))
}

# Name and a list a regulator may read, per process (base URL from QOS_<KEY>_PORT).
declare -A LIST=(
    [gateway]=/api/v1/voice/campaigns
    [voice-quality-service]=/api/v1/voice/campaigns
    [coverage-service]=/api/v1/coverage/campaigns
    [billing-service]=/api/v1/billing/campaigns
    [complaints-service]=/api/v1/complaints
)
mapfile -t MODULES < <(qos_service_modules)
((${#MODULES[@]})) || qos_die "no service module in this clone"

# status TOKEN MODULE: the HTTP status of the module's list with TOKEN (000: no answer).
status() {
    curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $1" \
        "http://127.0.0.1:$(qos_service_port "$2")${LIST[$2]}" 2>/dev/null || true
}

b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

# garbage TOKEN: TOKEN's payload and signature under a header naming a key id the realm never had.
garbage() {
    local header kid
    kid="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
    header="$(printf '{"alg":"RS256","typ":"JWT","kid":"%s"}' "$kid" | b64url)"
    printf '%s.%s\n' "$header" "${1#*.}"
}

# flood TOKEN COUNT: COUNT made-up key ids to every module; every answer must be 401.
flood() {
    local token="$1" count="$2" m i code
    for m in "${MODULES[@]}"; do
        for ((i = 0; i < count; i++)); do
            code="$(status "$(garbage "$token")" "$m")"
            [[ $code == 401 ]] || fail "$m answered $code (not 401) to a token with a made-up key id"
        done
    done
}

# kid: the key id of the realm's RS256 signing key, from its JWKS.
kid() {
    curl -s --max-time 5 "$QOS_OIDC_URL/protocol/openid-connect/certs" |
        tr '{' '\n' | grep '"use":"sig"' | grep '"alg":"RS256"' | sed -n 's/.*"kid":"\([^"]*\)".*/\1/p' | head -n 1
}

qos_running_pid keycloak >/dev/null || qos_die "Keycloak of this clone is not running (./qos up first)"
for m in "${MODULES[@]}"; do
    [[ "$(qos__http_code "http://127.0.0.1:$(qos_service_port "$m")/q/health/ready")" == 200 ]] ||
        qos_die "$m does not answer on port $(qos_service_port "$m") (./qos up first)"
done

OLD_KID="$(kid)"
OLD_TOKEN="$(qos_token regulator regulator)"
say "signing key before: $OLD_KID"
for m in "${MODULES[@]}"; do
    code="$(status "$OLD_TOKEN" "$m")"
    [[ $code == 200 ]] || fail "$m answered $code to a valid token before the restart"
done

# 1. Keycloak down.
qos_stop_keycloak
for m in "${MODULES[@]}"; do
    code="$(status "$OLD_TOKEN" "$m")"
    if [[ $code == 200 ]]; then
        say "Keycloak stopped: $m still serves the valid token (key cached)"
    else
        fail "Keycloak stopped: $m answered $code to a valid token whose key it had"
    fi
done
flood "$OLD_TOKEN" 20
say "Keycloak stopped: made-up key ids refused with 401 everywhere ($((20 * ${#MODULES[@]})) requests)"

# 2. Keycloak back, with new keys.
qos_ensure_keycloak
READY=$SECONDS
NEW_KID="$(kid)"
say "signing key after: $NEW_KID"
[[ -n $NEW_KID && $NEW_KID != "$OLD_KID" ]] || fail "the key id did not change ($OLD_KID -> $NEW_KID)"
# garbage keeps coming right as Keycloak is back
flood "$OLD_TOKEN" 5

# 3. A fresh token everywhere within $WITHIN s of its issue (a just-started Keycloak may take a while to issue the
#    first one on a busy machine: that time is shown, not counted), made-up key ids arriving all along.
NEW_TOKEN="$(qos_token regulator regulator)"
ISSUED=$SECONDS
say "fresh token issued $((ISSUED - READY)) s after Keycloak was ready"
declare -A PASSED=()
while ((${#PASSED[@]} < ${#MODULES[@]})); do
    for m in "${MODULES[@]}"; do
        [[ -z ${PASSED[$m]:-} ]] || continue
        code="$(status "$NEW_TOKEN" "$m")"
        if [[ $code == 200 ]]; then
            PASSED[$m]=$((SECONDS - ISSUED))
            say "$m accepts the fresh token ${PASSED[$m]} s after its issue ($((SECONDS - READY)) s after Keycloak was ready)"
        elif [[ $code != 401 ]]; then
            fail "$m answered $code to the fresh token (401 until it has the new key, never anything else)"
        fi
    done
    ((${#PASSED[@]} < ${#MODULES[@]})) || break
    if ((SECONDS - ISSUED > WITHIN)); then
        for m in "${MODULES[@]}"; do
            [[ -n ${PASSED[$m]:-} ]] || fail "$m still refuses the fresh token $WITHIN s after its issue"
        done
        break
    fi
    flood "$OLD_TOKEN" 3
    sleep 1
done
for m in "${MODULES[@]}"; do
    code="$(status "$OLD_TOKEN" "$m")"
    [[ $code == 401 ]] || fail "$m answered $code to a token of the old key (expected 401)"
done

if ((FAILURES)); then
    say "$FAILURES failure(s)"
    exit 1
fi
say "passed: every process kept serving cached keys while Keycloak was down and took the new key within $WITHIN s"
