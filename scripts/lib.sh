# shellcheck shell=bash
#
# scripts/lib.sh: functions shared by ./qos and .ci/run to run the local stack
# (PostgreSQL, Keycloak and the Quarkus services).
#
# Source it from a bash script that runs with `set -euo pipefail`:
#     source "$(dirname "${BASH_SOURCE[0]}")/scripts/lib.sh"
#
# Nothing here relies on what the user exported: the JDK is checked (>= 21),
# Keycloak runs with its own clean environment, and every background process is
# started in its own session so that it can be stopped by its pid alone.
#
# State of the running stack, per clone of the repository:
#     .qos/logs/NAME.log   output of each background process (previous run: NAME.log.1)
#     .qos/run/NAME.pid    its pid
# Downloads, shared by every clone on the machine: ${QOS_CACHE:-$HOME/.cache/qos}

# ---------------------------------------------------------------------------
# Locations and settings
# ---------------------------------------------------------------------------

# The repository root, from this file's own location (never from the environment).
QOS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
QOS_LOG_DIR="$QOS_ROOT/.qos/logs"
QOS_RUN_DIR="$QOS_ROOT/.qos/run"
QOS_CACHE="${QOS_CACHE:-$HOME/.cache/qos}"

# Keycloak: a pinned release of the official distribution, from Maven Central.
QOS_KEYCLOAK_VERSION="26.7.3"
QOS_KEYCLOAK_PORT="${QOS_KEYCLOAK_PORT:-8180}"
QOS_KEYCLOAK_URL="http://127.0.0.1:${QOS_KEYCLOAK_PORT}"
QOS_OIDC_URL="${QOS_KEYCLOAK_URL}/realms/qos"
QOS_REALM_FILE="$QOS_ROOT/keycloak/qos-realm.json"

# Local PostgreSQL, used when QOS_DB_URL is not set.
QOS_PG_HOST="127.0.0.1"
QOS_PG_PORT="5432"

# Heap of each service JVM (Keycloak has its own, see qos_ensure_keycloak).
QOS_SERVICE_JAVA_OPTS="${QOS_SERVICE_JAVA_OPTS:--Xms64m -Xmx512m -XX:+ExitOnOutOfMemoryError}"
# Added for the gateway: it allocates per forwarded request (about 21 KB: headers, buffers) and keeps little, which
# the throughput collector serves with less CPU than G1 on two cores. Measured after a fresh ./qos up with
# BENCH_UPLOAD=0 bench/gateway.sh: 0.092 ms of gateway CPU per forwarded read and 88.0 % of nginx with G1, 0.068 ms and
# 91.5 % with ParallelGC (gateway/src/main/docker/Dockerfile.jvm sets the same).
QOS_GATEWAY_JAVA_OPTS="${QOS_GATEWAY_JAVA_OPTS:--XX:+UseParallelGC}"

# Service modules in start order (the gateway last: it forwards to the others).
# Only those whose directory holds a pom.xml are built and started.
QOS_SERVICES=(voice-quality-service coverage-service billing-service complaints-service gateway)

# Bounded waits, in seconds.
QOS_KEYCLOAK_START_TIMEOUT="${QOS_KEYCLOAK_START_TIMEOUT:-180}"
QOS_SERVICE_START_TIMEOUT="${QOS_SERVICE_START_TIMEOUT:-120}"
QOS_STOP_TIMEOUT="${QOS_STOP_TIMEOUT:-30}"

# ---------------------------------------------------------------------------
# Messages
# ---------------------------------------------------------------------------

qos_info() { printf 'qos: %s\n' "$*"; }
qos_warn() { printf 'qos: WARNING: %s\n' "$*" >&2; }
qos_die() {
    printf 'qos: ERROR: %s\n' "$*" >&2
    exit 1
}

# qos_need_cmd CMD [DEBIAN_PACKAGE]: make sure CMD exists, installing the Debian
# package (default: CMD) when we are root and it is missing.
qos_need_cmd() {
    local cmd="$1" pkg="${2:-$1}"
    command -v "$cmd" >/dev/null 2>&1 && return 0
    if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        qos_info "installing $pkg (apt-get) for '$cmd'"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$pkg" >/dev/null
    fi
    command -v "$cmd" >/dev/null 2>&1 || qos_die "'$cmd' is required; install the package '$pkg'"
}

# ---------------------------------------------------------------------------
# JDK
# ---------------------------------------------------------------------------

# qos__java_version HOME: print "MAJOR<TAB>VERSION" of HOME/bin/java, or fail.
# Understands 'openjdk version "25" 2025-09-16', '"21.0.5"' and '"1.8.0_412"'.
qos__java_version() {
    local home="$1" out
    [[ -x "$home/bin/java" ]] || return 1
    out="$("$home/bin/java" -version 2>&1)" || return 1
    [[ $out =~ version\ \"(1\.)?([0-9]+)([^\"]*)\" ]] || return 1
    printf '%s\t%s\n' "${BASH_REMATCH[2]}" "${BASH_REMATCH[1]}${BASH_REMATCH[2]}${BASH_REMATCH[3]}"
}

# qos_java_home: print the home of a JDK (java and javac) of version 21 or later:
# $JAVA_HOME when it qualifies, else the newest such JDK under /usr/lib/jvm.
qos_java_home() {
    local min=21 ver major home best="" line
    if [[ -n ${JAVA_HOME:-} && -x "${JAVA_HOME}/bin/javac" ]] &&
        ver="$(qos__java_version "$JAVA_HOME")" && ((${ver%%$'\t'*} >= min)); then
        printf '%s\n' "$JAVA_HOME"
        return 0
    fi
    # Candidates as "MAJOR<TAB>VERSION<TAB>HOME"; symlinked aliases
    # (java-1.17.0-openjdk-amd64 -> java-17-openjdk-amd64) are resolved first.
    local -A seen=()
    local candidates=""
    for home in /usr/lib/jvm/*; do
        [[ -d $home ]] || continue
        home="$(readlink -f "$home")"
        [[ -z ${seen[$home]:-} ]] || continue
        seen[$home]=1
        [[ -x "$home/bin/javac" ]] || continue
        ver="$(qos__java_version "$home")" || continue
        major="${ver%%$'\t'*}"
        ((major >= min)) || continue
        candidates+="${ver}"$'\t'"${home}"$'\n'
    done
    if [[ -n $candidates ]]; then
        # Highest major, then highest full version.
        line="$(printf '%s' "$candidates" | sort -t $'\t' -k1,1n -k2,2V | tail -n 1)"
        best="${line##*$'\t'}"
    fi
    [[ -n $best ]] || qos_die "no JDK ${min}+ found (JAVA_HOME='${JAVA_HOME:-}', /usr/lib/jvm/*); install one, e.g. 'apt-get install openjdk-21-jdk-headless', or point JAVA_HOME to it"
    printf '%s\n' "$best"
}

# qos_use_java: export JAVA_HOME (from qos_java_home) and put its bin first on PATH,
# so that mvnw, Keycloak and the services all run on it.
qos_use_java() {
    local home
    home="$(qos_java_home)"
    export JAVA_HOME="$home"
    export PATH="$JAVA_HOME/bin:$PATH"
}

# qos_mvnw ARGS...: the project's Maven wrapper, on the JDK of qos_java_home.
qos_mvnw() {
    local home
    home="$(qos_java_home)"
    (cd "$QOS_ROOT" && JAVA_HOME="$home" PATH="$home/bin:$PATH" ./mvnw "$@")
}

# ---------------------------------------------------------------------------
# Background processes: start, find, stop
# ---------------------------------------------------------------------------

# qos__pidfile NAME / qos__logfile NAME
qos__pidfile() { printf '%s\n' "$QOS_RUN_DIR/$1.pid"; }
qos__logfile() { printf '%s\n' "$QOS_LOG_DIR/$1.log"; }
# qos__dbfile NAME: the database URL a service was started on (see qos_start_service).
qos__dbfile() { printf '%s\n' "$QOS_RUN_DIR/$1.db"; }

# qos__marker NAME: a string that the command line of NAME's process contains,
# checked before trusting a pid file (the pid may have been reused since).
qos__marker() {
    if [[ $1 == keycloak ]]; then
        printf '%s\n' "keycloak-${QOS_KEYCLOAK_VERSION}"
    else
        printf '%s\n' "$1/target/quarkus-app/quarkus-run.jar"
    fi
}

# qos_running_pid NAME: print the pid of NAME if the pid file names a live process
# of ours; otherwise fail (and remove a stale pid file).
qos_running_pid() {
    local name="$1" pidfile pid cmdline
    pidfile="$(qos__pidfile "$name")"
    [[ -f $pidfile ]] || return 1
    pid="$(<"$pidfile")"
    if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
        cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
        if [[ $cmdline == *"$(qos__marker "$name")"* ]]; then
            printf '%s\n' "$pid"
            return 0
        fi
    fi
    rm -f "$pidfile" "$(qos__dbfile "$name")"
    return 1
}

# qos__http_code URL: print the HTTP status of a GET (000 when nothing answers).
qos__http_code() {
    curl -s -o /dev/null -w '%{http_code}' --connect-timeout 2 --max-time 5 "$1" 2>/dev/null || true
}

# qos__port_open PORT: succeed when something listens on 127.0.0.1:PORT.
qos__port_open() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# qos__start_bg NAME DIR COMMAND...: run COMMAND in DIR in the background, in a
# session of its own (so that its whole process group can be stopped), immune to
# hang-ups, output to .qos/logs/NAME.log (the previous log kept as NAME.log.1).
qos__start_bg() {
    local name="$1" dir="$2" log pid arg shown=""
    shift 2
    mkdir -p "$QOS_LOG_DIR" "$QOS_RUN_DIR"
    log="$(qos__logfile "$name")"
    [[ -f $log ]] && mv -f "$log" "$log.1"
    # The command line, passwords masked, heads the log.
    for arg in "$@"; do
        [[ $arg == *PASSWORD=* ]] && arg="${arg%%=*}=***"
        shown+=" $arg"
    done
    printf '=== %s: started by ./qos at %s:%s\n' "$name" "$(date -Is)" "$shown" >"$log"
    # Without job control the background child is no process-group leader, so
    # setsid runs the command in the same process: $! is its pid and its group id.
    (cd "$dir" && exec setsid nohup "$@" >>"$log" 2>&1 </dev/null) &
    pid=$!
    printf '%s\n' "$pid" >"$(qos__pidfile "$name")"
}

# qos__wait_http NAME URL TIMEOUT: wait until URL answers 200 while NAME's process
# lives; print progress; on failure show the end of its log.
qos__wait_http() {
    local name="$1" url="$2" timeout="$3" start now code next_report=10
    start=$SECONDS
    while true; do
        code="$(qos__http_code "$url")"
        if [[ $code == 200 ]]; then
            qos_info "$name is ready ($((SECONDS - start)) s)"
            return 0
        fi
        if ! qos_running_pid "$name" >/dev/null; then
            qos_warn "$name exited while starting; end of $(qos__logfile "$name"):"
            tail -n 40 "$(qos__logfile "$name")" >&2 || true
            return 1
        fi
        now=$((SECONDS - start))
        if ((now >= timeout)); then
            qos_warn "$name not ready after ${timeout} s ($url answered $code); end of $(qos__logfile "$name"):"
            tail -n 40 "$(qos__logfile "$name")" >&2 || true
            return 1
        fi
        if ((now >= next_report)); then
            qos_info "waiting for $name... ${now} s (HTTP $code)"
            next_report=$((next_report + 10))
        fi
        sleep 1
    done
}

# qos__stop NAME: stop NAME's process group (TERM, then KILL after
# QOS_STOP_TIMEOUT seconds). Does nothing when NAME is not running.
qos__stop() {
    local name="$1" pid target stat pgrp waited=0
    if ! pid="$(qos_running_pid "$name")"; then
        qos_info "$name is not running"
        return 0
    fi
    # The whole group when the process leads one (as qos__start_bg makes it).
    # /proc/PID/stat: "pid (comm) state ppid pgrp ...", comm may hold spaces.
    target="$pid"
    stat="$(cat "/proc/$pid/stat" 2>/dev/null || true)"
    read -r _ _ pgrp _ <<<"${stat##*) }"
    if [[ ${pgrp:-} == "$pid" ]]; then
        target="-$pid"
    fi
    qos_info "stopping $name (pid $pid)"
    kill -TERM -- "$target" 2>/dev/null || true
    # Until every process of the group is gone (Keycloak: kc.sh and its java).
    while kill -0 -- "$target" 2>/dev/null; do
        if ((waited >= QOS_STOP_TIMEOUT)); then
            qos_warn "$name did not stop within ${QOS_STOP_TIMEOUT} s: killing it"
            kill -KILL -- "$target" 2>/dev/null || true
            sleep 1
            break
        fi
        sleep 1
        waited=$((waited + 1))
    done
    rm -f "$(qos__pidfile "$name")" "$(qos__dbfile "$name")"
}

# ---------------------------------------------------------------------------
# PostgreSQL
# ---------------------------------------------------------------------------

# qos__psql_admin ARGS...: psql as the superuser on the local server: through the
# socket as the postgres account when we are root, else over TCP as postgres.
qos__psql_admin() {
    if [[ $EUID -eq 0 ]] && command -v runuser >/dev/null 2>&1 && id -u postgres >/dev/null 2>&1; then
        (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$QOS_PG_PORT" "$@")
    else
        psql -X -q -v ON_ERROR_STOP=1 -h "$QOS_PG_HOST" -p "$QOS_PG_PORT" -U postgres "$@"
    fi
}

qos__pg_local_ready() {
    command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$QOS_PG_HOST" -p "$QOS_PG_PORT"
}

# qos__pg_local_start: start (installing and creating it when needed) the local
# PostgreSQL cluster on port 5432, and wait until it answers.
qos__pg_local_start() {
    local version="" cluster="" ver name port rest waited=0

    if ! command -v pg_ctlcluster >/dev/null 2>&1; then
        [[ $EUID -eq 0 ]] || qos_die "PostgreSQL is not installed; run as root, or install and start it, or set QOS_DB_URL"
        qos_info "installing PostgreSQL (apt-get)"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    [[ $EUID -eq 0 ]] || qos_die "PostgreSQL does not answer on ${QOS_PG_HOST}:${QOS_PG_PORT}; start it (as root: pg_ctlcluster --skip-systemctl-redirect VERSION main start), or set QOS_DB_URL"

    # The cluster on our port, if there is one (columns: version cluster port status ...).
    while read -r ver name port rest; do
        if [[ $port == "$QOS_PG_PORT" ]]; then
            version="$ver"
            cluster="$name"
            break
        fi
    done < <(pg_lsclusters --no-header 2>/dev/null || true)

    if [[ -z $cluster ]]; then
        # None: create "main" with the newest installed server version.
        version="$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)"
        [[ -n $version ]] || qos_die "no PostgreSQL server version found under /usr/lib/postgresql"
        if pg_lsclusters --no-header 2>/dev/null | awk -v v="$version" '$1 == v && $2 == "main" {found=1} END {exit !found}'; then
            qos_die "PostgreSQL cluster $version/main exists but not on port $QOS_PG_PORT; set QOS_DB_URL or move it to $QOS_PG_PORT"
        fi
        cluster="main"
        qos_info "creating PostgreSQL cluster $version/$cluster on port $QOS_PG_PORT"
        pg_createcluster -p "$QOS_PG_PORT" "$version" "$cluster" >/dev/null
    fi

    qos_info "starting PostgreSQL cluster $version/$cluster"
    # Fails when already running (but, e.g., not yet accepting connections): keep waiting.
    pg_ctlcluster --skip-systemctl-redirect "$version" "$cluster" start ||
        qos_warn "pg_ctlcluster start failed; waiting for the server anyway"
    until qos__pg_local_ready; do
        ((waited < 60)) || qos_die "PostgreSQL does not answer on ${QOS_PG_HOST}:${QOS_PG_PORT} after 60 s; see /var/log/postgresql/"
        sleep 1
        waited=$((waited + 1))
    done
}

# --- Database roles ------------------------------------------------------------------------------------------
# Each service has two roles of its own (k8s/ and the README say the same):
#  - its owner, QOS_<KEY>_DB_OWNER (default qos_<key>_owner): owns the service's schema and everything in it, and
#    runs its Flyway migrations (the service gets it as QOS_DB_MIGRATION_USER / QOS_DB_MIGRATION_PASSWORD);
#  - its runtime role, QOS_<KEY>_DB_USER (default qos_<key>_runtime): the service's datasource (QOS_DB_USER /
#    QOS_DB_PASSWORD); it owns nothing and has only what the migrations grant it (the rows of its own schema's
#    tables; the gateway: insert and read publications).
# KEY is VOICE, COVERAGE, BILLING, COMPLAINTS or GATEWAY; passwords QOS_<KEY>_DB_OWNER_PASSWORD and
# QOS_<KEY>_DB_PASSWORD, by default the role's name (fit for the local server only, like qos/qos). On the local
# server ./qos creates the roles; with QOS_DB_URL, the database's administrator does (see qos__db_check_roles).

# qos_service_schema NAME: the PostgreSQL schema a module owns.
qos_service_schema() {
    case "$1" in
    gateway) echo publications ;;
    voice-quality-service) echo voice ;;
    coverage-service) echo coverage ;;
    billing-service) echo billing ;;
    complaints-service) echo complaints ;;
    *) qos_die "unknown service '$1'" ;;
    esac
}

# qos__db_role_defaults: export QOS_<KEY>_DB_OWNER, QOS_<KEY>_DB_OWNER_PASSWORD, QOS_<KEY>_DB_USER and
# QOS_<KEY>_DB_PASSWORD of every service module present, defaults filled in.
qos__db_role_defaults() {
    local m key lower var
    while read -r m; do
        key="$(qos_service_key "$m")"
        lower="${key,,}"
        var="QOS_${key}_DB_OWNER"
        export "$var=${!var:-qos_${lower}_owner}"
        var="QOS_${key}_DB_OWNER_PASSWORD"
        export "$var=${!var:-qos_${lower}_owner}"
        var="QOS_${key}_DB_USER"
        export "$var=${!var:-qos_${lower}_runtime}"
        var="QOS_${key}_DB_PASSWORD"
        export "$var=${!var:-qos_${lower}_runtime}"
    done < <(qos_service_modules)
}

# qos__db_role NAME owner|owner-password|user|password: one of a module's role settings (after qos__db_role_defaults).
qos__db_role() {
    local key var
    key="$(qos_service_key "$1")"
    case "$2" in
    owner) var="QOS_${key}_DB_OWNER" ;;
    owner-password) var="QOS_${key}_DB_OWNER_PASSWORD" ;;
    user) var="QOS_${key}_DB_USER" ;;
    password) var="QOS_${key}_DB_PASSWORD" ;;
    *) qos_die "qos__db_role: unknown setting '$2'" ;;
    esac
    printf '%s\n' "${!var:?qos__db_role_defaults must run first}"
}

# qos__pg_local_roles: on the local server, as the superuser: every service's owner and runtime role, created when
# missing, with LOGIN, no other attribute, and the password of its variable (reset to it on every run); role qos
# a member of every owner role.
qos__pg_local_roles() {
    local m role password
    local -a args=()
    local sql=""
    local i=0
    while read -r m; do
        for role in owner user; do
            if [[ $role == owner ]]; then password="$(qos__db_role "$m" owner-password)"; else password="$(qos__db_role "$m" password)"; fi
            args+=(-v "r$i=$(qos__db_role "$m" "$role")" -v "p$i=$password")
            sql+="SELECT format('CREATE ROLE %I', :'r$i') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'r$i')
\\gexec
SELECT format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD %L', :'r$i', :'p$i')
\\gexec
"
            i=$((i + 1))
        done
        # qos, the databases' owner, which no service uses any more, stays the local administrator of the data:
        # a member of every owner role (the benchmarks read, vacuum and clean the services' tables as qos).
        sql+="SELECT format('GRANT %I TO qos', :'r$((i - 2))')
\\gexec
"
    done < <(qos_service_modules)
    qos__psql_admin -d postgres "${args[@]}" <<<"$sql"
}

# qos__pg_local_schemas DB: on the local server, as the superuser, in database DB: every service's schema owned by its
# owner role: created when missing (the owners get no CREATE on the database); in a database migrated before the
# roles were split (everything owned by qos), the schema and what is in it (tables, partitions, sequences,
# functions; indexes follow their tables) handed over to its owner, so that its migrations go on from there.
qos__pg_local_schemas() {
    local db="$1" m
    local -a args=()
    local sql="SET client_min_messages = warning;
"
    local i=0
    while read -r m; do
        args+=(-v "o$i=$(qos__db_role "$m" owner)" -v "s$i=$(qos_service_schema "$m")")
        sql+="SELECT format('CREATE SCHEMA %I AUTHORIZATION %I', :'s$i', :'o$i')
    WHERE NOT EXISTS (SELECT FROM pg_namespace WHERE nspname = :'s$i')
\\gexec
SELECT format('ALTER SCHEMA %I OWNER TO %I', :'s$i', :'o$i') FROM pg_namespace
    WHERE nspname = :'s$i' AND nspowner <> :'o$i'::regrole
\\gexec
SELECT format('ALTER %s %I.%I OWNER TO %I',
              CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                             WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, n.nspname, c.relname, :'o$i')
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = :'s$i' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND c.relowner <> :'o$i'::regrole
      -- a sequence of a serial or identity column follows its table
      AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                                            AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
\\gexec
SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, :'o$i')
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname = :'s$i' AND p.proowner <> :'o$i'::regrole
\\gexec
"
        i=$((i + 1))
    done < <(qos_service_modules)
    qos__psql_admin -d "$db" "${args[@]}" <<<"$sql"
}

# qos__db_check_roles HOST PORT DB: every service's owner and runtime role logs in to DB (the roles of a database
# given by QOS_DB_URL or QOS_E2E_DB_URL, which its administrator creates); otherwise fail, saying what is missing.
qos__db_check_roles() {
    local host="$1" port="$2" db="$3" m role user password missing="" schema state problems=""
    command -v psql >/dev/null 2>&1 || return 0
    while read -r m; do
        for role in owner user; do
            if [[ $role == owner ]]; then password="$(qos__db_role "$m" owner-password)"; else password="$(qos__db_role "$m" password)"; fi
            user="$(qos__db_role "$m" "$role")"
            PGPASSWORD="$password" PGCONNECT_TIMEOUT=5 psql -X -q -At -h "$host" -p "$port" -U "$user" -d "$db" \
                -c 'SELECT 1' >/dev/null 2>&1 || missing+=" $user"
        done
        # The owner owns its schema, or may create it.
        user="$(qos__db_role "$m" owner)"
        schema="$(qos_service_schema "$m")"
        [[ $missing == *" $user"* ]] && continue
        state="$(PGPASSWORD="$(qos__db_role "$m" owner-password)" PGCONNECT_TIMEOUT=5 \
            psql -X -q -At -h "$host" -p "$port" -U "$user" -d "$db" -v "schema=$schema" 2>/dev/null <<'SQL' || true
SELECT CASE WHEN n.oid IS NULL THEN CASE WHEN has_database_privilege(current_database(), 'CREATE') THEN 'ok'
                                         ELSE 'no schema ' || :'schema' || ', and no CREATE on the database' END
            WHEN n.nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user) THEN 'ok'
            ELSE 'schema ' || :'schema' || ' is owned by ' || pg_get_userbyid(n.nspowner) END
FROM (SELECT 1) AS one LEFT JOIN pg_namespace n ON n.nspname = :'schema';
SQL
)"
        [[ $state == ok ]] || problems+=" $user: ${state:-cannot check its schema};"
    done < <(qos_service_modules)
    if [[ -z $missing && -n $problems ]]; then
        qos_die "in $host:$port/$db, each service's owner role must own its schema or be allowed to create it:$problems ask the database's administrator (CREATE SCHEMA billing AUTHORIZATION qos_billing_owner, or ALTER SCHEMA billing OWNER TO qos_billing_owner and the same for everything in it, or GRANT CREATE ON DATABASE to the owner)"
    fi
    [[ -z $missing ]] && return 0
    qos_die "cannot log in to $host:$port/$db as:$missing. The database's administrator creates, per service, an owner role (QOS_<KEY>_DB_OWNER, default qos_<key>_owner) that owns the service's schema (voice, coverage, billing, complaints, publications: created by it with CREATE on the database, or created for it: CREATE SCHEMA billing AUTHORIZATION qos_billing_owner) and runs its migrations, and a runtime role (QOS_<KEY>_DB_USER, default qos_<key>_runtime) with LOGIN and nothing else (the migrations grant it what it needs); passwords in QOS_<KEY>_DB_OWNER_PASSWORD and QOS_<KEY>_DB_PASSWORD (KEY: VOICE, COVERAGE, BILLING, COMPLAINTS, GATEWAY). See ./qos help."
}

# qos__pg_local_provision: role qos (password qos) and its databases qos and
# qos_test, created when missing; the password is reset to the known value.
qos__pg_local_provision() {
    qos__psql_admin -d postgres <<'SQL'
SELECT 'CREATE ROLE qos LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'qos')
\gexec
ALTER ROLE qos LOGIN PASSWORD 'qos';
SELECT 'CREATE DATABASE qos OWNER qos' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'qos')
\gexec
SELECT 'CREATE DATABASE qos_test OWNER qos' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'qos_test')
\gexec
ALTER DATABASE qos OWNER TO qos;
ALTER DATABASE qos_test OWNER TO qos;
SQL
    # The services' owner and runtime roles, and their schemas in qos (qos_test keeps one role, qos: the
    # @QuarkusTest suites migrate and clean it as qos).
    qos__pg_local_roles
    qos__pg_local_schemas qos
    # What the services do: log in with the password over TCP.
    PGPASSWORD=qos PGCONNECT_TIMEOUT=5 psql -X -q -At -h "$QOS_PG_HOST" -p "$QOS_PG_PORT" -U qos -d qos_test \
        -c 'SELECT 1' >/dev/null ||
        qos_die "role qos cannot log in with its password on ${QOS_PG_HOST}:${QOS_PG_PORT} (check pg_hba.conf)"
}

# qos__db_check_url: check that the database of QOS_DB_URL answers.
qos__db_check_url() {
    local host port db
    [[ $QOS_DB_URL =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?(/([^?]*))? ]] ||
        qos_die "QOS_DB_URL='$QOS_DB_URL' is not a jdbc:postgresql://host[:port]/db URL"
    host="${BASH_REMATCH[1]}"
    port="${BASH_REMATCH[3]:-5432}"
    db="${BASH_REMATCH[5]:-$QOS_DB_USER}"
    if command -v psql >/dev/null 2>&1; then
        PGPASSWORD="$QOS_DB_PASSWORD" PGCONNECT_TIMEOUT=5 psql -X -q -At -h "$host" -p "$port" -U "$QOS_DB_USER" -d "$db" \
            -c 'SELECT 1' >/dev/null ||
            qos_die "cannot connect to $host:$port/$db as $QOS_DB_USER (QOS_DB_URL)"
    elif ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
        qos_die "nothing answers on $host:$port (QOS_DB_URL)"
    fi
    qos_info "PostgreSQL: using $QOS_DB_URL as $QOS_DB_USER"
}

# qos_ensure_postgres: a database for the stack and one for the tests.
#  - QOS_DB_URL set: use it (QOS_DB_USER / QOS_DB_PASSWORD, default qos/qos) and
#    only check that it answers, and that every service's owner and runtime role
#    logs in there; QOS_TEST_DB_* are passed on as they are.
#  - otherwise: the local server on 127.0.0.1:5432, started or installed when
#    needed, with role qos and databases qos and qos_test, and the services'
#    owner and runtime roles with their schemas in qos.
# Exports QOS_DB_URL/USER/PASSWORD and (local server) QOS_TEST_DB_URL/USER/PASSWORD.
qos_ensure_postgres() {
    [[ -z ${QOS__PG_DONE:-} ]] || return 0
    qos__db_role_defaults
    if [[ -n ${QOS_DB_URL:-} ]]; then
        export QOS_DB_URL
        export QOS_DB_USER="${QOS_DB_USER:-qos}"
        export QOS_DB_PASSWORD="${QOS_DB_PASSWORD:-qos}"
        qos__db_check_url
        # shellcheck disable=SC2046 # HOST PORT DB
        qos__db_check_roles $(qos__jdbc_parts "$QOS_DB_URL" "$QOS_DB_USER")
        QOS__PG_EXTERNAL=1
    else
        # (Not `ready || start`: bash would run start with errexit off.)
        if ! qos__pg_local_ready; then
            qos__pg_local_start
        fi
        qos__pg_local_provision
        export QOS_DB_URL="jdbc:postgresql://${QOS_PG_HOST}:${QOS_PG_PORT}/qos"
        export QOS_DB_USER="qos" QOS_DB_PASSWORD="qos"
        export QOS_TEST_DB_URL="${QOS_TEST_DB_URL:-jdbc:postgresql://${QOS_PG_HOST}:${QOS_PG_PORT}/qos_test}"
        export QOS_TEST_DB_USER="${QOS_TEST_DB_USER:-qos}"
        export QOS_TEST_DB_PASSWORD="${QOS_TEST_DB_PASSWORD:-qos}"
        qos_info "PostgreSQL: ${QOS_PG_HOST}:${QOS_PG_PORT} ready (role qos, databases qos and qos_test; each service's owner and runtime role)"
    fi
    QOS__PG_DONE=1
}

# qos__jdbc_parts URL: print "HOST PORT DB" of a jdbc:postgresql://host[:port]/db URL (port
# 5432, db the user's name when absent, as the driver does), or fail.
qos__jdbc_parts() {
    local user="${2:-qos}"
    [[ $1 =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?(/([^?]*))? ]] || return 1
    printf '%s %s %s\n' "${BASH_REMATCH[1]}" "${BASH_REMATCH[3]:-5432}" "${BASH_REMATCH[5]:-$user}"
}

# qos_db_name URL: the database name of a jdbc:postgresql URL (the URL itself when it has none).
qos_db_name() {
    local parts
    if parts="$(qos__jdbc_parts "$1" "${QOS_DB_USER:-qos}")"; then
        printf '%s\n' "${parts##* }"
    else
        printf '%s\n' "$1"
    fi
}

# qos__db_drop_own_schemas HOST PORT DB USER PASSWORD: as USER, drop every schema USER owns in DB but public.
qos__db_drop_own_schemas() {
    PGPASSWORD="$5" PGCONNECT_TIMEOUT=5 PGOPTIONS="-c client_min_messages=warning" \
        psql -X -q -v ON_ERROR_STOP=1 -h "$1" -p "$2" -U "$4" -d "$3" <<'SQL' ||
DO $$
DECLARE s name;
BEGIN
    FOR s IN SELECT nspname FROM pg_namespace
             WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)
               AND nspname NOT LIKE 'pg\_%' AND nspname NOT IN ('information_schema', 'public') LOOP
        EXECUTE format('DROP SCHEMA %I CASCADE', s);
    END LOOP;
END
$$;
SQL
        qos_die "cannot empty $1:$2/$3 as $4 (QOS_E2E_DB_URL)"
}

# qos_use_e2e_db: after qos_ensure_postgres, point QOS_DB_URL / QOS_DB_USER / QOS_DB_PASSWORD
# (exported: the services started next, and whatever the tests start, use them) at the
# database of the end-to-end and browser tests, emptied, so that the tests never write into
# the user's database:
#  - QOS_E2E_DB_URL set: that database (QOS_E2E_DB_USER / QOS_E2E_DB_PASSWORD, default
#    QOS_DB_USER / QOS_DB_PASSWORD), emptied by dropping every schema its user owns there
#    but public (the services' Flyway creates them again); refused when it is the database
#    of QOS_DB_URL;
#  - else, QOS_DB_URL set by the user (another server): refused, as nothing says which
#    database there the tests may wipe;
#  - else: database qos_e2e of the local server, dropped and created again (owner qos), with
#    the services' schemas owned by their owner roles (qos__pg_local_schemas).
# Saves the user's settings in QOS_USER_DB_URL (for messages).
qos_use_e2e_db() {
    local e2e_url e2e_user e2e_password parts user_parts host port db
    [[ -n ${QOS__PG_DONE:-} ]] || qos_die "qos_ensure_postgres must run before qos_use_e2e_db"
    if [[ -n ${QOS_E2E_DB_URL:-} ]]; then
        e2e_url="$QOS_E2E_DB_URL"
        e2e_user="${QOS_E2E_DB_USER:-$QOS_DB_USER}"
        e2e_password="${QOS_E2E_DB_PASSWORD:-$QOS_DB_PASSWORD}"
        parts="$(qos__jdbc_parts "$e2e_url" "$e2e_user")" ||
            qos_die "QOS_E2E_DB_URL='$e2e_url' is not a jdbc:postgresql://host[:port]/db URL"
        user_parts="$(qos__jdbc_parts "$QOS_DB_URL" "$QOS_DB_USER" || true)"
        [[ $parts != "$user_parts" ]] ||
            qos_die "QOS_E2E_DB_URL names the database of QOS_DB_URL ($QOS_DB_URL); the tests need a database of their own, which they empty"
        read -r host port db <<<"$parts"
        qos_need_cmd psql postgresql-client
        # The services' schemas belong to their owner roles (see qos__db_role_defaults): each drops its own, and
        # its Flyway creates it again (the owners need CREATE on that database).
        local m owners=""
        while read -r m; do owners+=" $(qos__db_role "$m" owner)"; done < <(qos_service_modules)
        qos__db_check_roles "$host" "$port" "$db"
        qos_info "PostgreSQL: emptying the end-to-end database $host:$port/$db (QOS_E2E_DB_URL): dropping the schemas of $e2e_user$owners"
        qos__db_drop_own_schemas "$host" "$port" "$db" "$e2e_user" "$e2e_password"
        while read -r m; do
            qos__db_drop_own_schemas "$host" "$port" "$db" "$(qos__db_role "$m" owner)" "$(qos__db_role "$m" owner-password)"
        done < <(qos_service_modules)
        # and each owner may create its schema again
        qos__db_check_roles "$host" "$port" "$db"
    elif [[ -n ${QOS__PG_EXTERNAL:-} ]]; then
        qos_die "QOS_DB_URL names a database of your own ($QOS_DB_URL): set QOS_E2E_DB_URL (and QOS_E2E_DB_USER, QOS_E2E_DB_PASSWORD) to another database, which the end-to-end and browser tests empty and fill (see ./qos help)"
    else
        e2e_url="jdbc:postgresql://${QOS_PG_HOST}:${QOS_PG_PORT}/qos_e2e"
        e2e_user="qos" e2e_password="qos"
        qos_info "PostgreSQL: database qos_e2e (end-to-end and browser tests) dropped and created again"
        qos__psql_admin -d postgres <<'SQL'
SET client_min_messages = warning;
DROP DATABASE IF EXISTS qos_e2e WITH (FORCE);
CREATE DATABASE qos_e2e OWNER qos;
SQL
        qos__pg_local_schemas qos_e2e
    fi
    # shellcheck disable=SC2034 # read by ./qos test
    QOS_USER_DB_URL="$QOS_DB_URL"
    export QOS_DB_URL="$e2e_url" QOS_DB_USER="$e2e_user" QOS_DB_PASSWORD="$e2e_password"
}

# ---------------------------------------------------------------------------
# Keycloak
# ---------------------------------------------------------------------------

qos__keycloak_home() { printf '%s\n' "$QOS_CACHE/keycloak-$QOS_KEYCLOAK_VERSION"; }
qos__keycloak_ready_url() { printf '%s\n' "$QOS_OIDC_URL/.well-known/openid-configuration"; }

# qos__keycloak_install: the distribution, fetched through the project's Maven
# (its settings and mirrors apply) and unzipped once into the cache.
qos__keycloak_install() {
    local home zip tmp
    home="$(qos__keycloak_home)"
    [[ -x "$home/bin/kc.sh" ]] && return 0
    qos_need_cmd unzip
    zip="$QOS_CACHE/download/keycloak-quarkus-dist-$QOS_KEYCLOAK_VERSION.zip"
    if [[ ! -s $zip ]]; then
        qos_info "downloading Keycloak $QOS_KEYCLOAK_VERSION (Maven Central, ~170 MB)"
        mkdir -p "$QOS_CACHE/download"
        # -N: run on the parent POM only, not once per module.
        qos_mvnw -q -B -N dependency:copy \
            "-Dartifact=org.keycloak:keycloak-quarkus-dist:$QOS_KEYCLOAK_VERSION:zip" \
            "-DoutputDirectory=$QOS_CACHE/download"
    fi
    qos_info "unpacking Keycloak into $home"
    tmp="$(mktemp -d "$QOS_CACHE/.unzip.XXXXXX")"
    if ! unzip -q "$zip" -d "$tmp"; then
        rm -rf "$tmp" "$zip"
        qos_die "could not unzip $zip (removed; run again to download it anew)"
    fi
    # Move into place only once complete, so an interrupted unzip is never used.
    mv "$tmp/keycloak-$QOS_KEYCLOAK_VERSION" "$home"
    rm -rf "$tmp"
}

# qos_ensure_keycloak: Keycloak in dev mode on 127.0.0.1:$QOS_KEYCLOAK_PORT with the
# repository's realm (keycloak/qos-realm.json) freshly imported. Does nothing when
# ours already runs and answers.
qos_ensure_keycloak() {
    local url home pid java_home
    url="$(qos__keycloak_ready_url)"
    if pid="$(qos_running_pid keycloak)"; then
        if [[ "$(qos__http_code "$url")" == 200 ]]; then
            qos_info "Keycloak already running (pid $pid) at $QOS_KEYCLOAK_URL"
            return 0
        fi
        qos_info "Keycloak (pid $pid) is starting; waiting"
        qos__wait_http keycloak "$url" "$QOS_KEYCLOAK_START_TIMEOUT" || qos_die "Keycloak did not become ready"
        return 0
    fi
    if [[ "$(qos__http_code "$url")" == 200 ]]; then
        qos_warn "a Keycloak not started by this clone's ./qos answers at $QOS_KEYCLOAK_URL; using it as it is (its realm may differ from keycloak/qos-realm.json)"
        return 0
    fi
    if qos__port_open "$QOS_KEYCLOAK_PORT"; then
        qos_die "port $QOS_KEYCLOAK_PORT is taken by something that is not Keycloak with realm qos; free it or set QOS_KEYCLOAK_PORT"
    fi
    [[ -f $QOS_REALM_FILE ]] || qos_die "missing $QOS_REALM_FILE"

    qos__keycloak_install
    home="$(qos__keycloak_home)"
    java_home="$(qos_java_home)"
    # A clean slate, so the repository's realm is the one in force: no database
    # left from an earlier run (the dev database is in memory anyway, see
    # --db=dev-mem) and only our realm in the import folder.
    rm -rf "$home/data/h2" "$home/data/import"
    mkdir -p "$home/data/import"
    cp "$QOS_REALM_FILE" "$home/data/import/qos-realm.json"

    qos_info "starting Keycloak $QOS_KEYCLOAK_VERSION at $QOS_KEYCLOAK_URL (log: $(qos__logfile keycloak))"
    # env -i: none of the user's KC_*, JAVA_OPTS or QUARKUS_* variables leak in.
    # --hostname: a fixed issuer (http://127.0.0.1:PORT/realms/qos), whichever name
    # a client uses to reach Keycloak. Demo admin account: admin/admin (local only).
    qos__start_bg keycloak "$home" env -i \
        PATH="$java_home/bin:/usr/local/bin:/usr/bin:/bin" HOME="$HOME" LANG=C.UTF-8 \
        JAVA_HOME="$java_home" \
        JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
        KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        "$home/bin/kc.sh" start-dev \
        --http-host=127.0.0.1 --http-port="$QOS_KEYCLOAK_PORT" \
        --hostname="$QOS_KEYCLOAK_URL" \
        --db=dev-mem --import-realm
    qos__wait_http keycloak "$url" "$QOS_KEYCLOAK_START_TIMEOUT" || qos_die "Keycloak did not become ready"
}

qos_stop_keycloak() { qos__stop keycloak; }

# ---------------------------------------------------------------------------
# Tokens and JSON (for the scripts: demo data, benchmarks; no jq, no node)
# ---------------------------------------------------------------------------

# qos__token_request FORM_FIELD...: POST the fields (name=value, URL-encoded here) to the
# realm's token endpoint ($QOS_OIDC_URL), print the access token; on failure say why on
# stderr and fail.
qos__token_request() {
    local url="$QOS_OIDC_URL/protocol/openid-connect/token" field answer access
    local -a args=()
    for field in "$@"; do
        args+=(--data-urlencode "$field")
    done
    answer="$(curl -sS --fail --max-time 30 "${args[@]}" "$url")" || {
        printf 'qos: ERROR: the token request to %s failed\n' "$url" >&2
        return 1
    }
    access="$(qos_json_field access_token <<<"$answer")"
    [[ -n $access ]] || {
        printf 'qos: ERROR: no access_token in the answer of %s\n' "$url" >&2
        return 1
    }
    printf '%s\n' "$access"
}

# qos_token USER PASSWORD [CLIENT]: an access token of USER from the running Keycloak
# (password grant on the public CLIENT, default qos-cli).
qos_token() {
    qos__token_request grant_type=password "client_id=${3:-qos-cli}" "username=$1" "password=$2"
}

# qos_client_token CLIENT SECRET: an access token of an operator system (client-credentials
# grant on its confidential CLIENT).
qos_client_token() {
    qos__token_request grant_type=client_credentials "client_id=$1" "client_secret=$2"
}

# qos_json_field NAME: the value of the field NAME in the JSON on stdin: a string (its
# escapes \" \\ \/ \n \t undone), a number, true or false as written; empty for null, an
# object, an array, or no such field. A top-level field wins; else the first one at any
# depth. Plain awk (no jq, no node); the JSON may span lines.
qos_json_field() {
    awk -v name="$1" '
        { text = text $0 "\n" }
        END {
            n = length(text); depth = 0; i = 1; found = 0; first = ""
            while (i <= n) {
                c = substr(text, i, 1)
                if (c == "\"") {
                    s = ""; j = i + 1
                    while (j <= n) {
                        d = substr(text, j, 1)
                        if (d == "\\") { s = s substr(text, j, 2); j += 2; continue }
                        if (d == "\"") break
                        s = s d; j++
                    }
                    i = j + 1
                    if (s != name) continue
                    k = i; while (substr(text, k, 1) ~ /[ \t\r\n]/) k++
                    if (substr(text, k, 1) != ":") continue
                    k++; while (substr(text, k, 1) ~ /[ \t\r\n]/) k++
                    v = value(k)
                    if (depth == 1) { print v; found = 2; break }
                    if (!found) { found = 1; first = v }
                    continue
                }
                if (c == "{" || c == "[") depth++
                else if (c == "}" || c == "]") depth--
                i++
            }
            if (found == 1) print first
        }
        function value(k,    c, s, j, d) {
            c = substr(text, k, 1)
            if (c == "\"") {
                s = ""; j = k + 1
                while (j <= n) {
                    d = substr(text, j, 1)
                    if (d == "\"") break
                    if (d == "\\") {
                        d = substr(text, j + 1, 1); j += 2
                        s = s (d == "n" ? "\n" : d == "t" ? "\t" : d)
                        continue
                    }
                    s = s d; j++
                }
                return s
            }
            if (c == "{" || c == "[") return ""
            s = ""
            while (k <= n && (c = substr(text, k, 1)) !~ /[,}\] \t\r\n]/) { s = s c; k++ }
            return s == "null" ? "" : s
        }'
}

# ---------------------------------------------------------------------------
# Services
# ---------------------------------------------------------------------------

# qos_service_key NAME: the short upper-case key of a module (VOICE, GATEWAY, ...),
# used in the variables QOS_<KEY>_PORT and QOS_<KEY>_URL.
qos_service_key() {
    case "$1" in
    gateway) echo GATEWAY ;;
    voice-quality-service) echo VOICE ;;
    coverage-service) echo COVERAGE ;;
    billing-service) echo BILLING ;;
    complaints-service) echo COMPLAINTS ;;
    *) qos_die "unknown service '$1'" ;;
    esac
}

# qos_service_port NAME: its port (QOS_<KEY>_PORT or the default of docs/api.md).
qos_service_port() {
    local key var default
    key="$(qos_service_key "$1")"
    case "$key" in
    GATEWAY) default=8080 ;;
    VOICE) default=8081 ;;
    COVERAGE) default=8082 ;;
    BILLING) default=8083 ;;
    COMPLAINTS) default=8084 ;;
    esac
    var="QOS_${key}_PORT"
    printf '%s\n' "${!var:-$default}"
}

# qos_service_management_port NAME: its management port, where /q/metrics is served (never on the public
# port): QOS_<KEY>_MANAGEMENT_PORT or 9080 (gateway), 9081 (voice) ... 9084 (complaints).
qos_service_management_port() {
    local key var default
    key="$(qos_service_key "$1")"
    case "$key" in
    GATEWAY) default=9080 ;;
    VOICE) default=9081 ;;
    COVERAGE) default=9082 ;;
    BILLING) default=9083 ;;
    COMPLAINTS) default=9084 ;;
    esac
    var="QOS_${key}_MANAGEMENT_PORT"
    printf '%s\n' "${!var:-$default}"
}

# qos_service_modules: the service modules present in this clone, in start order.
qos_service_modules() {
    local m
    for m in "${QOS_SERVICES[@]}"; do
        if [[ -f "$QOS_ROOT/$m/pom.xml" ]]; then
            printf '%s\n' "$m"
        fi
    done
}

# qos_export_service_urls: export QOS_<KEY>_URL and QOS_<KEY>_MANAGEMENT_URL for every module present,
# and QOS_KEYCLOAK_URL / QOS_OIDC_URL (for demo-data.sh, the benchmarks and the tests).
qos_export_service_urls() {
    local m key
    while read -r m; do
        key="$(qos_service_key "$m")"
        export "QOS_${key}_URL=http://127.0.0.1:$(qos_service_port "$m")"
        export "QOS_${key}_MANAGEMENT_URL=http://127.0.0.1:$(qos_service_management_port "$m")"
    done < <(qos_service_modules)
    export QOS_KEYCLOAK_URL QOS_OIDC_URL
}

# qos_start_service NAME PORT: run NAME/target/quarkus-app/quarkus-run.jar on
# 127.0.0.1:PORT (metrics on 127.0.0.1:qos_service_management_port) against the database of QOS_DB_URL (as
# NAME's runtime role, its migrations as its owner role) and Keycloak, and wait until it is ready.
qos_start_service() {
    local name="$1" port="$2" jar url pid java_home running_db management_port
    local -a java_opts
    jar="$QOS_ROOT/$name/target/quarkus-app/quarkus-run.jar"
    url="http://127.0.0.1:$port/q/health/ready"
    [[ -f $jar ]] || qos_die "$jar is missing: build first (./qos up --build)"
    : "${QOS_DB_URL:?qos_ensure_postgres must run before qos_start_service}"
    if pid="$(qos_running_pid "$name")"; then
        # One started on another database (by ./qos test: qos_e2e) must not pass for the user's.
        running_db="$(cat "$(qos__dbfile "$name")" 2>/dev/null || true)"
        if [[ -n $running_db && $running_db != "$QOS_DB_URL" ]]; then
            qos_die "$name (pid $pid) runs on $running_db, not on $QOS_DB_URL: stop the stack first (./qos down)"
        fi
        if [[ "$(qos__http_code "$url")" == 200 ]]; then
            qos_info "$name already running (pid $pid) on port $port"
            return 0
        fi
        qos_info "$name (pid $pid) is running but not ready; waiting"
        qos__wait_http "$name" "$url" "$QOS_SERVICE_START_TIMEOUT" || qos_die "$name did not become ready"
        return 0
    fi
    if qos__port_open "$port"; then
        qos_die "port $port is taken (not by a $name started here); stop it or set QOS_$(qos_service_key "$name")_PORT"
    fi
    management_port="$(qos_service_management_port "$name")"
    if qos__port_open "$management_port"; then
        qos_die "management port $management_port is taken (not by a $name started here); stop it or set QOS_$(qos_service_key "$name")_MANAGEMENT_PORT"
    fi
    java_home="$(qos_java_home)"
    read -r -a java_opts <<<"$QOS_SERVICE_JAVA_OPTS"
    if [[ $name == gateway ]]; then
        local -a gateway_opts
        read -r -a gateway_opts <<<"$QOS_GATEWAY_JAVA_OPTS"
        java_opts+=("${gateway_opts[@]}")
    fi
    qos_info "starting $name on port $port (log: $(qos__logfile "$name"))"
    # Run from the module folder, so a module's own config/ or .env is found.
    # The database as the service's runtime role; its migrations as its schema's owner (qos__db_role_defaults).
    qos__start_bg "$name" "$QOS_ROOT/$name" env \
        QOS_DB_URL="$QOS_DB_URL" \
        QOS_DB_USER="$(qos__db_role "$name" user)" QOS_DB_PASSWORD="$(qos__db_role "$name" password)" \
        QOS_DB_MIGRATION_USER="$(qos__db_role "$name" owner)" \
        QOS_DB_MIGRATION_PASSWORD="$(qos__db_role "$name" owner-password)" \
        QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" QOS_OIDC_URL="$QOS_OIDC_URL" \
        QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$management_port" \
        "$java_home/bin/java" "${java_opts[@]}" -jar "$jar"
    printf '%s\n' "$QOS_DB_URL" >"$(qos__dbfile "$name")"
    qos__wait_http "$name" "$url" "$QOS_SERVICE_START_TIMEOUT" || qos_die "$name did not become ready"
}

qos_stop_service() { qos__stop "$1"; }

# qos_stop_services: stop every service module (gateway first), present or not.
qos_stop_services() {
    local i
    for ((i = ${#QOS_SERVICES[@]} - 1; i >= 0; i--)); do
        if [[ -f "$(qos__pidfile "${QOS_SERVICES[i]}")" ]]; then
            qos_stop_service "${QOS_SERVICES[i]}"
        fi
    done
}

# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------

# qos_build_needed: succeed when a service module's runnable jar is missing or
# older than its sources or POM, those of common and campaigns, or the parent POM.
qos_build_needed() {
    local m jar newer
    while read -r m; do
        jar="$QOS_ROOT/$m/target/quarkus-app/quarkus-run.jar"
        [[ -f $jar ]] || return 0
        # find fails on a path that does not exist (a module without common/, say):
        # the others are still searched.
        newer="$(
            cd "$QOS_ROOT" || exit 1
            find "$m/pom.xml" "$m/src" pom.xml common/pom.xml common/src campaigns/pom.xml campaigns/src \
                -newer "$jar" -type f -print -quit 2>/dev/null || true
        )"
        [[ -z $newer ]] || return 0
    done < <(qos_service_modules)
    return 1
}

# qos_build: package every module, tests skipped (./qos test runs them).
qos_build() {
    qos_info "building (./mvnw -B -q package -DskipTests)"
    qos_mvnw -B -q package -DskipTests
}
