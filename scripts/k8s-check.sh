#!/usr/bin/env bash
#
# scripts/k8s-check.sh: the offline check of k8s/ (a stage of ./qos test; also runnable alone).
#
# Renders every overlay under k8s/overlays/ with `kubectl kustomize` and validates every object
# (k8s/validate/validate.mjs: the Kubernetes schemas of the npm package kubernetes-models for built-in kinds,
# structural checks for the operators' custom resources, and the suite's own rules: probes, resources, security
# context, image tags, one Ingress, NetworkPolicies, an up-to-date realm import). Installs the validator's
# dependencies first with `npm ci` (k8s/validate/package-lock.json; the npm registry must be reachable).
#
# Prints one line per object or rule checked, then `k8s: N passed, M failed`; exits non-zero on any failure,
# and when kubectl, node or npm is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VALIDATE="$ROOT/k8s/validate"

# fail_setup MESSAGE: the check could not run; say why, in the same closing form.
fail_setup() {
    printf 'k8s: ERROR: %s\n' "$*" >&2
    echo "k8s: 0 passed, 1 failed"
    exit 1
}

command -v kubectl >/dev/null 2>&1 ||
    fail_setup "kubectl is not installed: it renders the overlays (kubectl kustomize); install kubectl 1.27 or newer"
command -v node >/dev/null 2>&1 || fail_setup "node is not installed: it runs k8s/validate (Node.js 20 or newer)"
command -v npm >/dev/null 2>&1 || fail_setup "npm is not installed: it installs k8s/validate's dependencies"
kubectl kustomize --help >/dev/null 2>&1 || fail_setup "this kubectl has no 'kustomize' command; install kubectl 1.27 or newer"

echo "k8s: $(kubectl version --client 2>/dev/null | tr '\n' ' ')node $(node --version)"
echo "k8s: npm ci in k8s/validate"
if ! (cd "$VALIDATE" && npm ci --no-audit --no-fund --loglevel=error >/dev/null); then
    fail_setup "npm ci failed in k8s/validate (is the npm registry reachable?)"
fi

exec node "$VALIDATE/validate.mjs"
