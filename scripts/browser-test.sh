#!/usr/bin/env bash
#
# scripts/browser-test.sh: the portal's browser tests (e2e/browser) against a running stack (./qos up), in
# headless Chromium from Debian's packages driven by playwright-core, with Node's own test runner (it prints
# "# pass N" / "# fail N"). ./qos test runs it after the end-to-end suite, against its stack on the database
# qos_e2e (so the demo data loaded here, and what the tests publish, land there); it can also be run alone,
# against the stack that runs (and its database: with ./qos up, qos).
#
#   QOS_GATEWAY_URL    the gateway (default http://127.0.0.1:${QOS_GATEWAY_PORT:-8080})
#   QOS_KEYCLOAK_PORT  Keycloak's port (default 8180), as for ./qos
#
# Installs chromium with apt-get when /usr/bin/chromium is missing (as root), loads the demo data when missing
# (scripts/demo-data.sh), and installs the test's npm packages with `npm ci` (package-lock.json). Screenshots of
# each page: e2e/browser/screenshots/.
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CHROMIUM=/usr/bin/chromium
GATEWAY_URL="${QOS_GATEWAY_URL:-http://127.0.0.1:$(qos_service_port gateway)}"
BROWSER_DIR="$QOS_ROOT/e2e/browser"

if [[ ! -x $CHROMIUM ]]; then
    [[ $EUID -eq 0 ]] || qos_die "$CHROMIUM is missing; install Debian's package 'chromium' (as root: apt-get install chromium)"
    qos_info "installing chromium (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
qos_need_cmd node nodejs
qos_need_cmd npm

[[ "$(qos__http_code "$GATEWAY_URL/portal/config.json")" == 200 ]] ||
    qos_die "the gateway does not answer at $GATEWAY_URL/portal/config.json: start the stack first (./qos up)"
[[ "$(qos__http_code "$(qos__keycloak_ready_url)")" == 200 ]] ||
    qos_die "Keycloak does not answer at $QOS_KEYCLOAK_URL: start the stack first (./qos up)"

# The tests look at the demo data (ALPHA's 2026-Q2 scorecard, the drive test, the voice trend): loaded when missing
# (the loader leaves what is present as it is), through the API, so into the database of the stack that answers.
qos_export_service_urls
export QOS_GATEWAY_URL="$GATEWAY_URL"
qos_info "browser tests: demo data (scripts/demo-data.sh)"
"$QOS_ROOT/scripts/demo-data.sh"

qos_info "browser tests: npm ci in e2e/browser"
(cd "$BROWSER_DIR" && npm ci --ignore-scripts --no-audit --no-fund --prefer-offline >/dev/null)

qos_info "browser tests against $GATEWAY_URL (Keycloak $QOS_KEYCLOAK_URL, $("$CHROMIUM" --version 2>/dev/null || echo chromium))"
cd "$BROWSER_DIR"
QOS_GATEWAY_URL="$GATEWAY_URL" QOS_KEYCLOAK_URL="$QOS_KEYCLOAK_URL" QOS_CHROMIUM="$CHROMIUM" \
    node --test --test-concurrency=1 test/
