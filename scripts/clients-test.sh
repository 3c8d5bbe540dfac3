#!/usr/bin/env bash
#
# scripts/clients-test.sh: the API contract as a third party meets it, against a running stack (./qos up, or the
# stack of ./qos test, which runs this after the end-to-end suite):
#   1. every OpenAPI document (each service's /q/openapi, the gateway's own /q/openapi-gateway and its whole-API
#      document /q/openapi) downloaded into clients/target/openapi/ and linted with Redocly CLI (pinned, through npx;
#      recommended rules; 0 errors required, warnings allowed);
#   2. a Java client generated from the whole-API document by openapi-generator-maven-plugin (generator java,
#      library native) and a flow through it (clients/java, ./mvnw -Pclients);
#   3. a TypeScript client generated from the same document by openapi-generator (typescript-fetch, through
#      @openapitools/openapi-generator-cli) and the same flow with node --test (clients/typescript).
# Every step runs even when one before failed; the script fails when any did.
#
#   QOS_GATEWAY_URL    the gateway (default http://127.0.0.1:${QOS_GATEWAY_PORT:-8080}); QOS_*_PORT as for ./qos
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

REDOCLY_CLI="@redocly/cli@2.77.0"
GATEWAY_URL="${QOS_GATEWAY_URL:-http://127.0.0.1:$(qos_service_port gateway)}"
DOCS="$QOS_ROOT/clients/target/openapi"
TS_DIR="$QOS_ROOT/clients/typescript"

qos_need_cmd node nodejs
qos_need_cmd npm
qos_use_java

[[ "$(qos__http_code "$GATEWAY_URL/q/health/ready")" == 200 ]] ||
    qos_die "the gateway does not answer at $GATEWAY_URL: start the stack first (./qos up)"
[[ "$(qos__http_code "$(qos__keycloak_ready_url)")" == 200 ]] ||
    qos_die "Keycloak does not answer at $QOS_KEYCLOAK_URL: start the stack first (./qos up)"

failed=()

# 1. The documents, as JSON, then the lint.
rm -rf "$DOCS"
mkdir -p "$DOCS"
declare -A urls=()
while read -r m; do
    urls[$m]="http://127.0.0.1:$(qos_service_port "$m")/q/openapi"
done < <(qos_service_modules)
urls[gateway]="$GATEWAY_URL/q/openapi-gateway"
urls[gateway-all]="$GATEWAY_URL/q/openapi"
for name in "${!urls[@]}"; do
    curl -sS --fail --max-time 30 -H 'Accept: application/json' "${urls[$name]}?format=json" -o "$DOCS/$name.json" ||
        qos_die "could not download ${urls[$name]}"
done
cp "$DOCS/gateway-all.json" "$DOCS/openapi-all.json"
for name in $(printf '%s\n' "${!urls[@]}" | sort); do
    qos_info "lint: ${urls[$name]} (npx $REDOCLY_CLI lint)"
    if ! (cd "$DOCS" && npx -y "$REDOCLY_CLI" lint --format=summary "$name.json"); then
        failed+=("lint of ${urls[$name]}")
    fi
done

# 2. The Java client and its flow.
qos_info "Java client (openapi-generator java/native) from $GATEWAY_URL/q/openapi, and its flow"
if ! qos_mvnw -B -pl clients/java verify -Pclients "-Dqos.openapi.file=$DOCS/openapi-all.json" \
    "-Dqos.gateway.url=$GATEWAY_URL" "-Dqos.keycloak.url=$QOS_KEYCLOAK_URL"; then
    failed+=("Java client flow")
fi

# 3. The TypeScript client and its flow.
qos_info "TypeScript client (openapi-generator typescript-fetch) from $GATEWAY_URL/q/openapi, and its flow"
if ! (
    cd "$TS_DIR"
    npm ci --no-audit --no-fund --prefer-offline >/dev/null
    npm run --silent generate -- "$DOCS/openapi-all.json"
    npm run --silent build
    QOS_GATEWAY_URL="$GATEWAY_URL" QOS_KEYCLOAK_URL="$QOS_KEYCLOAK_URL" npm test
); then
    failed+=("TypeScript client flow")
fi

if ((${#failed[@]})); then
    qos_warn "clients: failed: ${failed[*]}"
    exit 1
fi
qos_info "clients: every document lints without errors; the Java and TypeScript client flows passed"
