#!/usr/bin/env bash
# Local development stack for Admissions: PostgreSQL and Redis on loopback, the build,
# the site, the tests and the admissions command line. Run without arguments for help.
#
# Everything the stack writes lives under .local/ in the repository, except the PostgreSQL
# cluster of a root user whose repository the postgres system user cannot reach (see
# choose_postgres_directory). The script's own messages and all build output go to standard
# error, so that standard output of `import` and `cli` carries only what the command prints.
set -euo pipefail

REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
readonly REPO_ROOT
readonly LOCAL_DIR=$REPO_ROOT/.local
readonly REDIS_DIR=$LOCAL_DIR/redis
readonly REDIS_PID_FILE=$REDIS_DIR/redis.pid
readonly TEST_RESULTS_DIR=$LOCAL_DIR/test-results
readonly CLI_DLL=$REPO_ROOT/src/Admissions.Cli/bin/Release/net10.0/admissions.dll
readonly WEB_DLL=$REPO_ROOT/src/Admissions.Web/bin/Release/net10.0/Admissions.Web.dll
readonly CHROMIUM=/usr/bin/chromium

readonly PG_PORT=${ADMISSIONS_PG_PORT:-55432}
readonly REDIS_PORT=${ADMISSIONS_REDIS_PORT:-56379}
readonly WEB_PORT=${ADMISSIONS_WEB_PORT:-5080}
readonly PG_USER=admissions
readonly MAIN_DATABASE=admissions
readonly TEST_DATABASE=admissions_test

# The dotnet CLI otherwise prints a banner and tries to send telemetry on its first run.
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Set by choose_postgres_directory.
PG_BASE=""
PGDATA_DIR=""
PG_BIN=""

# The descriptor of .local/dev.lock while with_stack_lock holds it, else empty.
STACK_LOCK_FD=""

usage() {
    cat <<EOF
Usage: infra/dev.sh COMMAND [ARGS]

Commands:
  up                                  install missing packages, start PostgreSQL and Redis,
                                      build, migrate, load the demo season and serve the site
                                      at http://127.0.0.1:$WEB_PORT/ in the foreground
  down                                stop the PostgreSQL and Redis servers that up started
  start                               install missing packages and start PostgreSQL and Redis only
  test                                start the servers, recreate the test database, build
                                      and run every test project
  import FILE [--json] [--report PATH]
                                      migrate, then import a dossier file into the local database
  psql [ARGS]                         open psql on the local database
  cli ARGS...                         run the admissions command line against the local database
  user add|disable|enable|password ARGS...
                                      migrate, then manage a staff account of the local database with
                                      'admissions user'; the password is read from standard input

Environment:
  ADMISSIONS_PG_PORT     PostgreSQL port on 127.0.0.1 (default 55432)
  ADMISSIONS_REDIS_PORT  Redis port on 127.0.0.1 (default 56379)
  ADMISSIONS_WEB_PORT    site port on 127.0.0.1 (default 5080)
  ADMISSIONS_SHARED_DIR  folder with the reference data (default: ../shared beside the repository)
EOF
}

say() {
    printf 'dev.sh: %s\n' "$*" >&2
}

die() {
    say "error: $*"
    exit 1
}

validate_port() {
    local name=$1 value=$2
    if [[ ! $value =~ ^[0-9]+$ ]] || ((value < 1 || value > 65535)); then
        die "$name must be a TCP port number from 1 to 65535, got '$value'."
    fi
}

# Returns success when something accepts TCP connections on 127.0.0.1 at the given port.
port_accepts_connections() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# --- Debian packages ---------------------------------------------------------------------

package_installed() {
    [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

# Prints the newest /usr/lib/postgresql/N/bin that has initdb, preferring 15, or nothing.
find_postgres_bin_dir() {
    if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then
        echo /usr/lib/postgresql/15/bin
        return
    fi

    local candidates
    candidates=$(compgen -G '/usr/lib/postgresql/*/bin/initdb' || true)
    if [[ -n $candidates ]]; then
        dirname "$(sort -V <<<"$candidates" | tail -n 1)"
    fi
}

# Installs PostgreSQL, Redis, and what the tests need (Chromium, a font, time zone data) when
# missing. apt-get update runs only when something has to be installed.
install_missing_packages() {
    local missing=()
    [[ -n $(find_postgres_bin_dir) ]] || missing+=(postgresql)
    { command -v redis-server && command -v redis-cli; } >/dev/null || missing+=(redis-server)
    [[ -x $CHROMIUM ]] || missing+=(chromium)
    package_installed fonts-dejavu-core || missing+=(fonts-dejavu-core)
    package_installed tzdata || missing+=(tzdata)

    if ((${#missing[@]} == 0)); then
        return
    fi

    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || die "missing Debian packages: ${missing[*]}. Install them as root, or install sudo."
        sudo=(sudo)
    fi

    say "installing missing Debian packages: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
}

# --- PostgreSQL --------------------------------------------------------------------------

# Runs a command as the owner of the PostgreSQL cluster: the postgres system user when this
# script runs as root (initdb and postgres refuse to run as root), otherwise the current user.
# The command starts in / because the caller's folder may be closed to the postgres user.
as_postgres_owner() {
    if ((EUID == 0)); then
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"
    fi
}

# Sets PG_BASE (server log and data folder), PGDATA_DIR and PG_BIN. The cluster lives in
# .local/postgres unless the postgres user cannot traverse the repository path (a root user's
# repository under /root, say) or the socket path would exceed the 107 bytes that Linux allows
# in a unix socket address. Then it lives in /var/tmp/admissions-<hash of the repository path>.
choose_postgres_directory() {
    # In the C locale ${#socket_path} counts bytes, not characters.
    local LC_ALL=C
    local preferred=$LOCAL_DIR/postgres
    # The check assumes a five-digit port, so that a change of port never moves the cluster.
    local socket_path="$preferred/data/.s.PGSQL.65535"
    local reason=""

    if ((${#socket_path} > 107)); then
        reason="the socket path $socket_path is longer than 107 bytes"
    elif ((EUID == 0)); then
        mkdir -p "$LOCAL_DIR"
        if ! id -u postgres >/dev/null 2>&1; then
            reason="the postgres system user does not exist"
        elif ! runuser -u postgres -- test -x "$LOCAL_DIR" 2>/dev/null; then
            reason="the postgres system user cannot reach $LOCAL_DIR"
        fi
    fi

    if [[ -z $reason ]]; then
        PG_BASE=$preferred
    else
        local hash
        hash=$(printf '%s' "$REPO_ROOT" | sha256sum | cut -c 1-12)
        PG_BASE=/var/tmp/admissions-$hash/postgres
        say "note: PostgreSQL data is in $PG_BASE, not in .local/, because $reason."
    fi
    PGDATA_DIR=$PG_BASE/data

    # A cluster only runs with the major version that created it.
    if [[ -f $PGDATA_DIR/PG_VERSION ]]; then
        local version
        version=$(<"$PGDATA_DIR/PG_VERSION")
        PG_BIN=/usr/lib/postgresql/$version/bin
        [[ -x $PG_BIN/pg_ctl ]] || die "the cluster in $PGDATA_DIR needs PostgreSQL $version, which is not installed. Install postgresql-$version, or run 'infra/dev.sh down' and delete $PG_BASE to start over."
    else
        PG_BIN=$(find_postgres_bin_dir)
    fi
}

create_postgres_cluster() {
    [[ -n $PG_BIN ]] || die "PostgreSQL is not installed: no /usr/lib/postgresql/*/bin/initdb."
    say "creating the PostgreSQL cluster in $PGDATA_DIR"

    mkdir -p "$PG_BASE"
    chmod 700 "$PG_BASE"
    if ((EUID == 0)); then
        chown postgres:postgres "$PG_BASE"
    fi

    local output
    if ! output=$(as_postgres_owner "$PG_BIN/initdb" -D "$PGDATA_DIR" -U "$PG_USER" --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 2>&1); then
        printf '%s\n' "$output" >&2
        die "initdb failed for $PGDATA_DIR."
    fi

    # The settings that depend on the environment go to a file rewritten at every start.
    printf "\ninclude_if_exists = 'admissions.conf'\n" | as_postgres_owner tee -a "$PGDATA_DIR/postgresql.conf" >/dev/null
}

# Quotes a value for postgresql.conf.
postgres_conf_quote() {
    printf "'%s'" "${1//\'/\'\'}"
}

write_postgres_settings() {
    {
        echo "# Written by infra/dev.sh at every start, so edits here are lost."
        echo "listen_addresses = '127.0.0.1'"
        echo "port = $PG_PORT"
        echo "unix_socket_directories = $(postgres_conf_quote "$PGDATA_DIR")"
        # Timestamps are stored as UTC, and a fixed server zone keeps text output the same on every machine.
        echo "timezone = 'UTC'"
        # A crash may lose the last commits but does not corrupt the cluster, which is acceptable for local data.
        echo "synchronous_commit = off"
    } | as_postgres_owner tee "$PGDATA_DIR/admissions.conf" >/dev/null
}

postgres_running() {
    as_postgres_owner "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1
}

start_postgres() {
    choose_postgres_directory
    if [[ ! -f $PGDATA_DIR/PG_VERSION ]]; then
        create_postgres_cluster
    fi

    if postgres_running; then
        # Line 4 of postmaster.pid is the port the running server listens on.
        local running_port
        running_port=$(sed -n 4p "$PGDATA_DIR/postmaster.pid")
        if [[ $running_port != "$PG_PORT" ]]; then
            die "PostgreSQL from $PGDATA_DIR is running on port $running_port, not on ADMISSIONS_PG_PORT=$PG_PORT. Run 'infra/dev.sh down', then try again."
        fi
        say "PostgreSQL is already running on 127.0.0.1:$PG_PORT"
    else
        say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
        write_postgres_settings
        if ! run_without_stack_lock as_postgres_owner "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_BASE/server.log" -w -t 60 start >/dev/null; then
            tail -n 20 "$PG_BASE/server.log" >&2 || true
            die "PostgreSQL did not start on 127.0.0.1:$PG_PORT. The log is $PG_BASE/server.log."
        fi
    fi

    create_database_if_missing "$MAIN_DATABASE"
}

stop_postgres() {
    choose_postgres_directory
    if [[ ! -f $PGDATA_DIR/PG_VERSION ]] || ! postgres_running; then
        say "PostgreSQL from $PGDATA_DIR is not running"
        return
    fi

    say "stopping PostgreSQL ($PGDATA_DIR)"
    as_postgres_owner "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 60 stop >/dev/null
}

# Runs psql as the cluster's superuser over TCP, without ~/.psqlrc, stopping at the first error
# and without notices such as "database does not exist, skipping".
run_psql() {
    local database=$1
    shift
    PGOPTIONS="-c client_min_messages=warning" "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$database" "$@"
}

create_database_if_missing() {
    local database=$1
    local exists
    exists=$(run_psql postgres -tA -v name="$database" <<<"SELECT 1 FROM pg_database WHERE datname = :'name';")
    if [[ -z $exists ]]; then
        say "creating database $database"
        run_psql postgres -v name="$database" <<<'CREATE DATABASE :"name";'
    fi
}

# Drops and creates the database, ending any session still connected to it.
recreate_database() {
    local database=$1
    run_psql postgres -v name="$database" <<<'DROP DATABASE IF EXISTS :"name" WITH (FORCE);'
    run_psql postgres -v name="$database" <<<'CREATE DATABASE :"name";'
}

# --- Redis -------------------------------------------------------------------------------

redis_responds() {
    [[ $(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null) == PONG ]]
}

# Prints the pid that .local/redis/redis.pid names when that process is a running redis-server.
running_redis_pid() {
    [[ -f $REDIS_PID_FILE ]] || return 1
    local pid
    pid=$(<"$REDIS_PID_FILE")
    [[ $pid =~ ^[0-9]+$ && $(cat "/proc/$pid/comm" 2>/dev/null) == redis-server* ]] || return 1
    echo "$pid"
}

start_redis() {
    if redis_responds; then
        say "Redis is already running on 127.0.0.1:$REDIS_PORT"
        return
    fi

    local pid
    if pid=$(running_redis_pid); then
        die "Redis from $REDIS_DIR (pid $pid) is running, but not on ADMISSIONS_REDIS_PORT=$REDIS_PORT. Run 'infra/dev.sh down', then try again."
    fi

    say "starting Redis on 127.0.0.1:$REDIS_PORT"
    mkdir -p "$REDIS_DIR"
    run_without_stack_lock redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --dir "$REDIS_DIR" \
        --daemonize yes --pidfile "$REDIS_PID_FILE" --logfile "$REDIS_DIR/redis.log" \
        --save "" --appendonly no

    # With --daemonize the command returns before the server binds its port.
    for _ in $(seq 50); do
        if redis_responds; then
            return
        fi
        sleep 0.2
    done
    tail -n 20 "$REDIS_DIR/redis.log" >&2 || true
    die "Redis on 127.0.0.1:$REDIS_PORT timed out: no reply to PING within 10 seconds. The log is $REDIS_DIR/redis.log."
}

# Stops the Redis server that the pid file of start_redis names, and no other process.
stop_redis() {
    local pid
    if ! pid=$(running_redis_pid); then
        say "Redis from $REDIS_DIR is not running"
        rm -f "$REDIS_PID_FILE"
        return
    fi

    say "stopping Redis (pid $pid)"
    local server_pid
    server_pid=$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" info server 2>/dev/null | sed -n 's/^process_id:\([0-9]*\).*/\1/p' || true)
    if [[ $server_pid == "$pid" ]]; then
        redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    else
        # The server listens on a port other than ADMISSIONS_REDIS_PORT, so only its pid reaches it.
        kill -TERM "$pid"
    fi

    for _ in $(seq 50); do
        if ! kill -0 "$pid" 2>/dev/null; then
            rm -f "$REDIS_PID_FILE"
            return
        fi
        sleep 0.2
    done
    die "Redis (pid $pid) did not stop within 10 seconds."
}

# --- Both servers ------------------------------------------------------------------------

# Runs a command while holding .local/dev.lock, so that two runs of this script (an `up` and a
# `test`, say) never create or start the same server at once.
with_stack_lock() {
    mkdir -p "$LOCAL_DIR"
    exec {STACK_LOCK_FD}>"$LOCAL_DIR/dev.lock"
    flock -w 300 "$STACK_LOCK_FD" || die "timed out after 300 seconds waiting for $LOCAL_DIR/dev.lock, which another infra/dev.sh holds. Wait for that run to finish or stop it."

    "$@"
    exec {STACK_LOCK_FD}>&-
    STACK_LOCK_FD=""
}

# Runs a command that starts a daemon with the lock descriptor closed. A daemon that inherited
# it would hold the lock for as long as it runs.
run_without_stack_lock() {
    if [[ -n $STACK_LOCK_FD ]]; then
        "$@" {STACK_LOCK_FD}>&-
    else
        "$@"
    fi
}

start_servers() {
    install_missing_packages
    start_postgres
    start_redis
}

stop_servers() {
    stop_postgres
    stop_redis
}

# --- Build and application environment ---------------------------------------------------

require_dotnet() {
    command -v dotnet >/dev/null || die "dotnet is not on PATH. Install the .NET 10 SDK."
}

build_solution() {
    say "building Admissions.sln (Release)"
    dotnet build "$REPO_ROOT/Admissions.sln" -c Release >&2
}

build_cli() {
    say "building the admissions command line (Release)"
    dotnet build "$REPO_ROOT/src/Admissions.Cli/Admissions.Cli.csproj" -c Release >&2
}

resolve_shared_dir() {
    local shared=${ADMISSIONS_SHARED_DIR:-$REPO_ROOT/../shared}
    [[ -d $shared ]] || die "shared folder not found at $shared. Put it beside the repository or set ADMISSIONS_SHARED_DIR."
    cd "$shared" && pwd -P
}

# Exports the settings that the site, the command line and the tests read.
export_app_environment() {
    local database=$1 redis_configuration=$2
    local shared
    shared=$(resolve_shared_dir)

    export ADMISSIONS_SHARED_DIR=$shared
    export Database__ConnectionString="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Database=$database"
    export Redis__Configuration=$redis_configuration
    export Reference__WardsPath=$shared/data/hcmc-wards-2025.csv
    export Reference__ProvinceCodesPath=$shared/data/id-province-codes.csv
    export Season__PublicBaseUrl=http://127.0.0.1:$WEB_PORT
    export Security__DataProtectionKeysPath=$LOCAL_DIR/keys

    local file
    for file in "$Reference__WardsPath" "$Reference__ProvinceCodesPath"; do
        [[ -f $file ]] || die "reference file not found: $file."
    done
    mkdir -p "$Security__DataProtectionKeysPath"
}

export_main_environment() {
    export_app_environment "$MAIN_DATABASE" "127.0.0.1:$REDIS_PORT"
}

run_cli() {
    dotnet "$CLI_DLL" "$@"
}

migrate_main_database() {
    say "migrating database $MAIN_DATABASE"
    run_cli migrate >&2
}

# --- Commands ----------------------------------------------------------------------------

command_up() {
    require_dotnet
    if port_accepts_connections "$WEB_PORT"; then
        die "port $WEB_PORT on 127.0.0.1 is in use (is 'infra/dev.sh up' already running?). Stop that program or set ADMISSIONS_WEB_PORT."
    fi

    export_main_environment
    with_stack_lock start_servers
    build_solution
    migrate_main_database

    say "loading the demo season"
    local demo_output
    demo_output=$(run_cli demo load) || die "'admissions demo load' failed. Its output above gives the reason."

    # demo load prints the lookup pairs, a blank line, then one line per demo staff account.
    local demo_pairs demo_accounts
    demo_pairs=$(sed '/^$/,$d' <<<"$demo_output")
    demo_accounts=$(sed '1,/^$/d' <<<"$demo_output")

    echo
    echo "Admissions is served at http://127.0.0.1:$WEB_PORT/"
    echo "PostgreSQL: 127.0.0.1:$PG_PORT, database $MAIN_DATABASE. Redis: 127.0.0.1:$REDIS_PORT."
    echo "Demo dossiers to look up (personal ID and birth date), none confirmed yet:"
    if [[ -n $demo_pairs ]]; then
        # shellcheck disable=SC2001 # sed replaces any leading spaces on every line.
        sed 's/^ */  /' <<<"$demo_pairs"
    else
        echo "  (none: 'admissions demo load' printed nothing)"
    fi
    echo "Demo staff accounts (username, password, scope), signing in at http://127.0.0.1:$WEB_PORT/can-bo/dang-nhap:"
    if [[ -n $demo_accounts ]]; then
        # shellcheck disable=SC2001 # sed replaces any leading spaces on every line.
        sed 's/^ */  /' <<<"$demo_accounts"
    else
        echo "  (none: 'admissions demo load' printed no accounts)"
    fi
    echo
    echo "Press Ctrl+C to stop the site. PostgreSQL and Redis keep running until 'infra/dev.sh down'."
    echo

    cd "$REPO_ROOT/src/Admissions.Web"
    ASPNETCORE_ENVIRONMENT=Development exec dotnet "$WEB_DLL" --urls "http://127.0.0.1:$WEB_PORT"
}

command_down() {
    with_stack_lock stop_servers
}

# Sums one counter of the <Counters> elements of every trx file in the results folder.
sum_trx_counter() {
    local name=$1 total=0 value trx
    for trx in "$TEST_RESULTS_DIR"/*.trx; do
        [[ -f $trx ]] || continue
        value=$(grep -o '<Counters [^>]*>' "$trx" | sed -n "s/.* $name=\"\([0-9]*\)\".*/\1/p" || true)
        total=$((total + ${value:-0}))
    done
    echo "$total"
}

command_test() {
    require_dotnet
    export_app_environment "$TEST_DATABASE" "127.0.0.1:$REDIS_PORT,defaultDatabase=1"
    export PLAYWRIGHT_CHROMIUM_EXECUTABLE=$CHROMIUM
    with_stack_lock start_servers

    say "recreating database $TEST_DATABASE and emptying Redis database 1"
    recreate_database "$TEST_DATABASE"
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" -n 1 flushdb >/dev/null

    build_solution

    rm -rf "$TEST_RESULTS_DIR"
    mkdir -p "$TEST_RESULTS_DIR"

    # A test that runs for 5 minutes counts as hung, so its test host is stopped and the run fails.
    local status=0
    dotnet test "$REPO_ROOT/Admissions.sln" -c Release --no-build \
        --logger "console;verbosity=normal" --logger trx --results-directory "$TEST_RESULTS_DIR" \
        --blame-hang-timeout 5m --blame-hang-dump-type none || status=$?

    # A skipped xunit test counts in "total" but not in "executed", and "notExecuted" stays 0.
    # Seen with xunit.runner.visualstudio 3.1.5 and the trx logger of the .NET 10.0.401 SDK.
    local passed failed skipped
    passed=$(sum_trx_counter passed)
    failed=$(($(sum_trx_counter failed) + $(sum_trx_counter error) + $(sum_trx_counter timeout) + $(sum_trx_counter aborted)))
    skipped=$(($(sum_trx_counter total) - $(sum_trx_counter executed)))

    if ((status == 0 && failed > 0)); then
        status=1
    elif ((status != 0 && failed == 0)); then
        # A hung or crashed test host, or a project that failed to load, leaves no failed result.
        say "error: dotnet test failed with exit status $status although no test result failed. The output above gives the reason."
    fi

    if ((skipped > 0)); then
        echo "$passed passed, $failed failed, $skipped skipped"
    else
        echo "$passed passed, $failed failed"
    fi
    exit "$status"
}

command_import() {
    (($# >= 1)) || die "usage: infra/dev.sh import FILE [--json] [--report PATH]"
    require_dotnet
    export_main_environment
    with_stack_lock start_servers
    build_cli
    migrate_main_database
    exec dotnet "$CLI_DLL" import "$@"
}

command_start() {
    with_stack_lock start_servers
    say "PostgreSQL on 127.0.0.1:$PG_PORT and Redis on 127.0.0.1:$REDIS_PORT are running."
}

command_psql() {
    with_stack_lock start_servers
    exec "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d "$MAIN_DATABASE" "$@"
}

command_cli() {
    require_dotnet
    export_main_environment
    with_stack_lock start_servers
    build_cli
    exec dotnet "$CLI_DLL" "$@"
}

# Standard input is kept for the command line alone, which reads a password from it, so every step before
# it reads /dev/null.
command_user() {
    require_dotnet
    export_main_environment
    with_stack_lock start_servers </dev/null
    build_cli </dev/null
    migrate_main_database </dev/null
    exec dotnet "$CLI_DLL" user "$@"
}

main() {
    validate_port ADMISSIONS_PG_PORT "$PG_PORT"
    validate_port ADMISSIONS_REDIS_PORT "$REDIS_PORT"
    validate_port ADMISSIONS_WEB_PORT "$WEB_PORT"

    local command=${1:-}
    (($# == 0)) || shift
    case $command in
        up) command_up ;;
        down) command_down ;;
        test) command_test ;;
        import) command_import "$@" ;;
        start) command_start ;;
        psql) command_psql "$@" ;;
        cli) command_cli "$@" ;;
        user) command_user "$@" ;;
        "" | -h | --help | help) usage ;;
        *)
            say "error: unknown command '$command'."
            usage >&2
            exit 2
            ;;
    esac
}

main "$@"
