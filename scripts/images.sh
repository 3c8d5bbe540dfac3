#!/usr/bin/env bash
#
# scripts/images.sh (./qos images): build the container image of every service module present, from its
# src/main/docker/Dockerfile.jvm (default) or Dockerfile.native (--native), with the first container engine
# that answers (docker, then podman). Exits non-zero with a clear message when none does.
#
#   ./qos images [--native] [--registry REGISTRY] [--push] [--tag TAG]
#
# Image names are qos/NAME:TAG (REGISTRY/qos/NAME:TAG with --registry), TAG being the project's version in
# pom.xml (never "latest"); native images get TAG-native. These are the names k8s/base references; the
# overlays set registry and tag with kustomize "images:".
set -euo pipefail

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() {
    cat <<EOF
Usage: ./qos images [--native] [--registry REGISTRY] [--push] [--tag TAG]

  Build qos/NAME:TAG for every service module (TAG: the version in pom.xml, now $(qos_project_version)).
  --native     from target/*-runner and Dockerfile.native (build those first with -Pnative); tag TAG-native
  --registry   name the images REGISTRY/qos/NAME:TAG (default: \$QOS_IMAGE_REGISTRY, else none)
  --push       push them afterwards (needs --registry, and a login to it)
  --tag        another tag than the project version ("latest" is refused)
Needs docker or podman with a running engine ('docker info' or 'podman info' must answer).
EOF
}

# qos_project_version: the <version> of the parent POM (the first <version> element of pom.xml).
qos_project_version() {
    sed -n 's:^ *<version>\([^<]*\)</version>.*:\1:p' "$QOS_ROOT/pom.xml" | head -n 1
}

# container_engine: print docker or podman, the first one whose engine answers; fail with the reasons otherwise.
container_engine() {
    local engine out reasons=""
    for engine in docker podman; do
        if ! command -v "$engine" >/dev/null 2>&1; then
            reasons+="  $engine: not installed"$'\n'
            continue
        fi
        if out="$("$engine" info 2>&1)"; then
            printf '%s\n' "$engine"
            return 0
        fi
        # The last non-empty line of its complaint (docker: "Cannot connect to the Docker daemon ...").
        reasons+="  $engine: installed, but '$engine info' fails: $(printf '%s\n' "$out" | sed '/^ *$/d' | tail -n 1)"$'\n'
    done
    printf '%s' "$reasons"
    return 1
}

main() {
    local native=0 push=0 registry="${QOS_IMAGE_REGISTRY:-}" tag="" engine mode m image prefix missing=""
    local -a modules built=()
    while [[ $# -gt 0 ]]; do
        case "$1" in
        --native) native=1 ;;
        --push) push=1 ;;
        --registry)
            [[ $# -ge 2 && -n $2 ]] || qos_die "images: --registry needs a value"
            registry="$2"
            shift
            ;;
        --tag)
            [[ $# -ge 2 && -n $2 ]] || qos_die "images: --tag needs a value"
            tag="$2"
            shift
            ;;
        -h | --help)
            usage
            return 0
            ;;
        *) qos_die "images: unknown option '$1' (see ./qos images --help)" ;;
        esac
        shift
    done
    [[ -n $tag ]] || tag="$(qos_project_version)"
    [[ -n $tag ]] || qos_die "images: no <version> found in $QOS_ROOT/pom.xml"
    [[ $tag != latest ]] || qos_die "images: the tag 'latest' is refused; images are tagged with a version"
    ((push == 0)) || [[ -n $registry ]] || qos_die "images: --push needs --registry (or QOS_IMAGE_REGISTRY)"
    mode=jvm
    if ((native)); then
        mode=native
        tag="$tag-native"
    fi
    prefix="${registry:+${registry%/}/}qos"

    # First the engine: nothing is built when no image can be.
    if ! engine="$(container_engine)"; then
        printf 'qos: ERROR: no container engine answers on this machine, so no image can be built:\n%s\n' "$engine" >&2
        printf 'qos: install Docker or Podman and start its engine (the Dockerfiles are %s/src/main/docker/Dockerfile.{jvm,native}).\n' \
            '<module>' >&2
        return 1
    fi
    qos_info "container engine: $engine"

    mapfile -t modules < <(qos_service_modules)
    if ((native)); then
        for m in "${modules[@]}"; do
            compgen -G "$QOS_ROOT/$m/target/*-runner" >/dev/null || missing+=" $m"
        done
        [[ -z $missing ]] || qos_die "images --native: no target/*-runner in:$missing; build them first with './mvnw -B -DskipTests -Pnative package' (needs GraalVM or Mandrel, or add -Dquarkus.native.container-build=true)"
    elif qos_build_needed; then
        qos_build
    fi

    for m in "${modules[@]}"; do
        image="$prefix/$m:$tag"
        qos_info "building $image ($m/src/main/docker/Dockerfile.$mode)"
        "$engine" build -f "$QOS_ROOT/$m/src/main/docker/Dockerfile.$mode" -t "$image" "$QOS_ROOT/$m"
        built+=("$image")
    done
    if ((push)); then
        for image in "${built[@]}"; do
            qos_info "pushing $image"
            "$engine" push "$image"
        done
    fi
    if ((push)); then
        qos_info "images built and pushed: ${built[*]}"
    else
        qos_info "images built: ${built[*]}"
    fi
}

main "$@"
