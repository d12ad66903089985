#!/usr/bin/env bash
# Season benchmarks on this machine, in one run: the stack's ceiling (static file, Razor page without database),
# lookup with a warm and a cold cache, confirmation, staff pages, import at season and national scale, the opening
# hour at national scale with Artillery, and each instance's peak memory. Writes load-tests/RESULTS.md.
#
# All traffic goes to 127.0.0.1 and every load is bounded in time. See load-tests/README.md.
set -euo pipefail

readonly LT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
readonly REPO_ROOT=$(cd "$LT_DIR/.." && pwd)
readonly WORK_DIR=$LT_DIR/.work
readonly DEV=$REPO_ROOT/infra/dev.sh

readonly PG_PORT=${ADMISSIONS_PG_PORT:-55432}
readonly REDIS_PORT=${ADMISSIONS_REDIS_PORT:-56379}
readonly WEB_PORT=${LOAD_WEB_PORT:-5180}
readonly PROXY_PORT=${LOAD_PROXY_PORT:-5280}
readonly DURATION=${LOAD_DURATION:-15}
readonly CONNECTIONS=${LOAD_CONNECTIONS:-64}
readonly SEASON_COUNT=${LOAD_SEASON_COUNT:-170621}
readonly NATIONAL_COUNT=${LOAD_NATIONAL_COUNT:-1700000}
readonly CONFIRM_SESSIONS=${LOAD_CONFIRM_SESSIONS:-6000}
# The opening hour, compressed: 30% of families arrive in the first hour and its peak minute carries five times
# the hour's average, so the peak rate is NATIONAL_COUNT * 0.3 / 3600 * 5 arrivals per second.
readonly OPENING_PEAK_RATE=${LOAD_PEAK_RATE:-$((NATIONAL_COUNT * 3 * 5 / 10 / 3600))}
readonly OPENING_SECONDS=${LOAD_OPENING_SECONDS:-60}
# The same profile is run a second time at a rate that this 2-core machine carries while it also runs Artillery,
# so that the targets can be checked where the machine is not saturated. 0 skips that run.
readonly SUSTAINED_RATE=${LOAD_SUSTAINED_RATE:-150}
readonly ARTILLERY_VERSION=2.0.21
readonly LOOKUP_LIMIT_FOR_RUN=1000000000

readonly SEASON_DB=admissions_load
readonly NATIONAL_DB=admissions_load_national
readonly SEASON_REDIS_DB=2
readonly NATIONAL_REDIS_DB=3

BASE_URL=""
PAIRS_FILE=""
SKIP_NATIONAL=0
OPENING_ONLY=0
RESULTS_FILE=RESULTS.md
INSTANCE_PIDS=()
INSTANCE_PORTS=()
NGINX_PID=""
CLUSTER_SIZE=0
RESULTS_TSV=""

usage() {
    cat <<EOF
Usage: load-tests/run.sh [--skip-national | --opening-only | --cluster N] [--base URL --pairs FILE] [--results FILE]

Without --base, starts PostgreSQL and Redis with infra/dev.sh, loads generated seasons into databases of its own
($SEASON_DB, $NATIONAL_DB), starts one Release instance on 127.0.0.1:$WEB_PORT and measures everything.
With --base URL and --pairs FILE ("personal ID,dd/MM/yyyy" lines of dossiers that exist there), measures only the
HTTP parts (ceiling, lookup, confirmation, opening hour) against that address, for example nginx in front of
several instances.
With --opening-only, runs only the opening hour, on the national database of an earlier full run (imported again
only when its dossier count differs), after putting its dossiers back to their state before any parent came.
With --cluster N, starts N instances behind nginx on 127.0.0.1:$PROXY_PORT (LOAD_PROXY_PORT) with the national
database and measures the HTTP parts and the opening hour at LOAD_PEAK_RATE through nginx.
--results FILE names the page written under load-tests/ [RESULTS.md].

Environment (defaults in brackets): LOAD_DURATION seconds per wrk run [15], LOAD_CONNECTIONS [64],
LOAD_SEASON_COUNT [170621], LOAD_NATIONAL_COUNT [1700000], LOAD_CONFIRM_SESSIONS [6000],
LOAD_PEAK_RATE arrivals per second in the peak minute [from LOAD_NATIONAL_COUNT], LOAD_SUSTAINED_RATE rate of a
second opening-hour run, 0 for none [150], LOAD_OPENING_SECONDS length
of the peak phase [60], LOAD_ARTILLERY_PROCESSES [one per 100 arrivals/s of the peak], LOAD_WEB_PORT [5180],
ADMISSIONS_PG_PORT, ADMISSIONS_REDIS_PORT.
EOF
}

say() { printf 'load-tests: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

parse_arguments() {
    while (($#)); do
        case $1 in
            --base) BASE_URL=${2:?--base needs an address}; shift 2 ;;
            --pairs) PAIRS_FILE=${2:?--pairs needs a file}; shift 2 ;;
            --skip-national) SKIP_NATIONAL=1; shift ;;
            --opening-only) OPENING_ONLY=1; shift ;;
            --cluster) CLUSTER_SIZE=${2:?--cluster needs a number of instances}; shift 2 ;;
            --results) RESULTS_FILE=${2:?--results needs a file name}; shift 2 ;;
            -h | --help) usage; exit 0 ;;
            *) usage >&2; exit 2 ;;
        esac
    done
    if [[ -n $BASE_URL && -z $PAIRS_FILE ]]; then
        die "--base needs --pairs FILE with dossiers that exist at that address."
    fi
}

ensure_tools() {
    if ! command -v wrk >/dev/null; then
        say "installing wrk"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
    fi
    if [[ ! -x $LT_DIR/node_modules/.bin/artillery ]]; then
        say "installing Artillery $ARTILLERY_VERSION (npm)"
        (cd "$LT_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --no-save "artillery@$ARTILLERY_VERSION" >/dev/null)
    fi
}

psql_run() {
    local database=$1
    shift
    "$DEV" psql -v ON_ERROR_STOP=1 -qAt -d "$database" "$@"
}

# The development cluster of infra/dev.sh commits asynchronously. The benchmark databases commit synchronously, as
# production must, so every confirmation measured here is on disk before the site responds.
recreate_database() {
    psql_run postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" \
        -c "ALTER DATABASE $1 SET synchronous_commit = on"
}

# Puts every dossier of DATABASE back to its state before any parent came, for another opening-hour run on the
# same import: no confirmations, history or lookups, and the counters rebuilt by the status triggers. Empties the
# Redis database REDIS_DB of the cached dossiers. Usage: reset_parent_state DATABASE REDIS_DB
reset_parent_state() {
    local database=$1 redis_db=$2
    psql_run "$database" -c "ALTER DATABASE $database SET synchronous_commit = on" \
        -c "TRUNCATE confirmations, dossier_history, lookup_audit, lookup_lockouts" \
        -c "UPDATE dossiers SET status = 'not_looked_up' WHERE status <> 'not_looked_up'"
    redis-cli -p "$REDIS_PORT" -n "$redis_db" FLUSHDB >/dev/null
}

# Prints the connection string of DATABASE with a pool of POOL_SIZE: connection_string DATABASE [POOL_SIZE]
connection_string() { echo "Host=127.0.0.1;Port=$PG_PORT;Username=admissions;Database=$1;Maximum Pool Size=${2:-80}"; }

# Runs a command with the command line's settings for DATABASE: cli_env DATABASE COMMAND [ARGS...].
cli_env() {
    local database=$1
    shift
    Database__ConnectionString=$(connection_string "$database") \
        Redis__Configuration="127.0.0.1:$REDIS_PORT" \
        Reference__WardsPath="$SHARED_DIR/data/hcmc-wards-2025.csv" \
        Reference__ProvinceCodesPath="$SHARED_DIR/data/id-province-codes.csv" \
        "$@"
}

cli() {
    local database=$1
    shift
    cli_env "$database" dotnet "$REPO_ROOT/src/Admissions.Cli/bin/Release/net10.0/admissions.dll" "$@"
}

record() {
    # name, figure, value, unit, note
    printf '%s\t%s\t%s\t%s\t%s\n' "$@" >>"$RESULTS_TSV"
}

# Loads COUNT generated dossiers into DATABASE through the import command, recording time and peak memory.
load_season() {
    local database=$1 count=$2 label=$3
    local file=$WORK_DIR/season-$count.csv
    recreate_database "$database"
    cli "$database" migrate >/dev/null 2>&1
    [[ -f $file ]] || cli "$database" demo generate --count "$count" --seed 2027 --out "$file" >/dev/null 2>&1

    say "importing $count dossiers ($label)"
    local timing=$WORK_DIR/import-$count.time
    cli_env "$database" /usr/bin/time -v -o "$timing" dotnet "$REPO_ROOT/src/Admissions.Cli/bin/Release/net10.0/admissions.dll" \
        import "$file" --json >"$WORK_DIR/import-$count.json" 2>"$WORK_DIR/import-$count.log"
    local wall rss
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$timing")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$timing")
    record "import $label" "wall time" "$wall" "m:ss" "$(cat "$WORK_DIR/import-$count.json")"
    record "import $label" "peak memory" "$((rss / 1024))" "MB" "maximum resident set size of the import process"
}

# Starts one instance on PORT (default WEB_PORT) and adds its pid to INSTANCE_PIDS:
# start_instance DATABASE REDIS_DB [PORT] [POOL_SIZE] [TRUSTED_PROXY]
start_instance() {
    local database=$1 redis_db=$2 port=${3:-$WEB_PORT} pool=${4:-80} proxy=${5:-}
    say "starting an instance on 127.0.0.1:$port ($database)"
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        die "port $port is already in use; stop what listens there or set LOAD_WEB_PORT (LOAD_PROXY_PORT with --cluster)"
    fi
    local log=$WORK_DIR/instance-$database-$port.log
    local trust=()
    [[ -z $proxy ]] || trust=("Security__TrustedProxies__0=$proxy")
    env "${trust[@]}" Database__ConnectionString="$(connection_string "$database" "$pool")" \
        Redis__Configuration="127.0.0.1:$REDIS_PORT,defaultDatabase=$redis_db" \
        ASPNETCORE_ENVIRONMENT=Production \
        Security__SecureCookies=false \
        Security__DataProtectionKeysPath="$WORK_DIR/keys" \
        Season__ConfirmationOpens=2020-01-01T00:00:00 \
        Season__ConfirmationCloses=2099-12-31T23:59:59 \
        Season__PublicBaseUrl="http://127.0.0.1:$port" \
        RateLimits__LookupsPerAddressPerMinute=$LOOKUP_LIMIT_FOR_RUN \
        Logging__LogLevel__Default=Warning \
        dotnet "$REPO_ROOT/src/Admissions.Web/bin/Release/net10.0/Admissions.Web.dll" --urls "http://127.0.0.1:$port" \
        >"$log" 2>&1 &
    local pid=$!
    INSTANCE_PIDS+=("$pid")
    INSTANCE_PORTS+=("$port")
    local attempt
    for attempt in $(seq 1 120); do
        kill -0 "$pid" 2>/dev/null || die "the instance exited; see $log"
        curl -sf -o /dev/null "http://127.0.0.1:$port/health/live" && return 0
        sleep 0.5
    done
    die "the instance did not start; see $log"
}

# Records the peak RSS of every running instance and stops them, and nginx when it runs.
stop_instance() {
    local label=$1 i pid peak
    for i in "${!INSTANCE_PIDS[@]}"; do
        pid=${INSTANCE_PIDS[$i]}
        peak=$(sed -n 's/^VmHWM:\s*\([0-9]*\) kB/\1/p' "/proc/$pid/status" 2>/dev/null || echo 0)
        record "instance on port ${INSTANCE_PORTS[$i]} ($label)" "peak RSS" "$((peak / 1024))" "MB" "VmHWM of the web process after all its runs"
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    INSTANCE_PIDS=()
    INSTANCE_PORTS=()
    if [[ -n $NGINX_PID ]]; then
        kill "$NGINX_PID" 2>/dev/null || true
        wait "$NGINX_PID" 2>/dev/null || true
        NGINX_PID=""
    fi
}

# Starts COUNT instances behind nginx on PROXY_PORT. They share 80 PostgreSQL connections, Redis and the
# data-protection keys, and trust nginx's X-Forwarded-For. Usage: start_cluster DATABASE REDIS_DB COUNT
start_cluster() {
    local database=$1 redis_db=$2 count=$3 i servers=""
    if curl -s -o /dev/null "http://127.0.0.1:$PROXY_PORT/"; then
        die "port $PROXY_PORT is already in use; stop what listens there or set LOAD_PROXY_PORT"
    fi
    for ((i = 1; i <= count; i++)); do
        start_instance "$database" "$redis_db" "$((PROXY_PORT + i))" "$((80 / count))" 127.0.0.1
        servers+="        server 127.0.0.1:$((PROXY_PORT + i));"$'\n'
    done
    local dir=$WORK_DIR/nginx
    mkdir -p "$dir/logs"
    cat >"$dir/nginx.conf" <<EOF
# Written by load-tests/run.sh --cluster.
daemon off;
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 8192; }
http {
    access_log off;
    upstream admissions {
$servers        keepalive 64;
    }
    server {
        listen 127.0.0.1:$PROXY_PORT;
        location / {
            proxy_pass http://admissions;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host:\$server_port;
            proxy_set_header X-Forwarded-For \$remote_addr;
            proxy_set_header X-Forwarded-Proto \$scheme;
        }
    }
}
EOF
    say "starting nginx on 127.0.0.1:$PROXY_PORT in front of $count instances"
    /usr/sbin/nginx -p "$dir" -c "$dir/nginx.conf" >"$dir/logs/stdout.log" 2>&1 &
    NGINX_PID=$!
    for i in $(seq 1 40); do
        curl -sf -o /dev/null "http://127.0.0.1:$PROXY_PORT/health/live" && return 0
        sleep 0.25
    done
    die "nginx did not start; see $dir/logs/error.log"
}

# Runs wrk and records requests/s, latency percentiles and errors from the JSON line that wrk/report.lua prints.
wrk_run() {
    local name=$1 script=$2 url=$3 connections=${4:-$CONNECTIONS} duration=${5:-$DURATION}
    local line
    line=$(WRK_DIR=$LT_DIR/wrk WRK_THREADS=2 wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s -s "$LT_DIR/wrk/$script" "$url" | sed -n 's/^WRK_JSON //p')
    [[ -n $line ]] || die "wrk printed no result for $name"
    local rps p50 p95 p99 non2xx
    rps=$(jq -r .rps <<<"$line")
    p50=$(jq -r .p50_ms <<<"$line")
    p95=$(jq -r .p95_ms <<<"$line")
    p99=$(jq -r .p99_ms <<<"$line")
    non2xx=$(jq -r '[.statuses | to_entries[] | select((.key | tonumber) >= 500) | .value] | add // 0' <<<"$line")
    record "$name" "requests/s" "$rps" "req/s" "c=$connections, ${duration}s; p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms; 5xx $non2xx; socket errors $(jq -r .socket_errors <<<"$line"); statuses $(jq -c .statuses <<<"$line")"
    echo "$rps"
}

# Sets the Redis epoch of the lookup-failure markers an hour back, as on a server that has been up for more than
# the 15-minute failure window: lookups then skip the lockout query unless their ID failed recently. Without this,
# a fresh Redis sends every lookup to PostgreSQL for 15 minutes, which the second warm run measures.
trust_failure_markers() {
    [[ -z $BASE_URL ]] || return 0
    redis-cli -p "$REDIS_PORT" -n "$CURRENT_REDIS_DB" SET lookup:failed:v1:epoch "$(($(date +%s) - 3600))" >/dev/null
    sleep 1.5
}

distrust_failure_markers() {
    [[ -z $BASE_URL ]] || return 0
    redis-cli -p "$REDIS_PORT" -n "$CURRENT_REDIS_DB" DEL lookup:failed:v1:epoch >/dev/null
    sleep 1.5
}

antiforgery_pair() {
    local jar=$WORK_DIR/antiforgery.jar
    rm -f "$jar"
    local token
    token=$(curl -s -c "$jar" "$1/" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
    ANTIFORGERY_TOKEN=$token
    ANTIFORGERY_COOKIE=$(awk '$6 ~ /Antiforgery/ {print $6"="$7}' "$jar")
    export ANTIFORGERY_TOKEN ANTIFORGERY_COOKIE
}

measure_http() {
    local base=$1 pairs=$2 label=$3
    say "ceiling ($label)"
    local static razor
    static=$(wrk_run "ceiling: static file /css/site.css ($label)" get.lua "$base/css/site.css")
    razor=$(wrk_run "ceiling: Razor page without database, GET / ($label)" get.lua "$base/")

    antiforgery_pair "$base"
    head -n 1000 "$pairs" >"$WORK_DIR/warm-pairs.csv"
    say "lookup, warm cache ($label)"
    LOOKUP_PAIRS=$WORK_DIR/warm-pairs.csv wrk_run "warm-up, not recorded" lookup.lua "$base/" "$CONNECTIONS" 5 >/dev/null
    sed -i '$d' "$RESULTS_TSV"
    trust_failure_markers
    local warm
    warm=$(LOOKUP_PAIRS=$WORK_DIR/warm-pairs.csv wrk_run "lookup, warm cache, 1,000 dossiers, Redis up for over 15 minutes ($label)" lookup.lua "$base/")
    distrust_failure_markers
    local warm_fresh
    warm_fresh=$(LOOKUP_PAIRS=$WORK_DIR/warm-pairs.csv wrk_run "lookup, warm cache, 1,000 dossiers, first 15 minutes of a Redis start ($label)" lookup.lua "$base/")

    say "lookup, cold cache ($label)"
    if [[ -z $BASE_URL ]]; then
        redis-cli -p "$REDIS_PORT" -n "$CURRENT_REDIS_DB" FLUSHDB >/dev/null
    fi
    tail -n +1001 "$pairs" >"$WORK_DIR/cold-pairs.csv"
    local cold
    cold=$(LOOKUP_PAIRS=$WORK_DIR/cold-pairs.csv wrk_run "lookup, cold cache, random of $(wc -l <"$WORK_DIR/cold-pairs.csv") dossiers ($label)" lookup.lua "$base/")

    record "ratio ($label)" "warm lookup / Razor page" "$(jq -n "$warm / $razor * 100 | round / 100")" "x" "target at least 0.5"
    record "ratio ($label)" "warm lookup, first 15 minutes of a Redis start / Razor page" "$(jq -n "$warm_fresh / $razor * 100 | round / 100")" "x" "each lookup also reads the lockout table in PostgreSQL"
    record "ratio ($label)" "warm lookup / static file" "$(jq -n "$warm / $static * 100 | round / 100")" "x" ""
    record "ratio ($label)" "cold lookup / Razor page" "$(jq -n "$cold / $razor * 100 | round / 100")" "x" ""

    trust_failure_markers
    say "confirmation ($label)"
    tail -n "$CONFIRM_SESSIONS" "$pairs" >"$WORK_DIR/confirm-pairs.csv"
    node "$LT_DIR/tools/make-sessions.mjs" "$base" "$WORK_DIR/confirm-pairs.csv" "$CONFIRM_SESSIONS" "$WORK_DIR/sessions.tsv"
    local before after
    before=$(confirmation_count)
    local confirm_rps
    confirm_rps=$(CONFIRM_SESSIONS_FILE=$WORK_DIR/sessions.tsv wrk_run "confirm, POST /ho-so?handler=Confirm ($label)" confirm.lua "$base")
    after=$(confirmation_count)
    if [[ $before != unknown ]]; then
        record "confirm ($label)" "first confirmations stored" "$((after - before))" "rows" "of $CONFIRM_SESSIONS prepared sessions, counted in PostgreSQL, so requests still in flight when wrk stops are included. Once a session is confirmed, its later requests repeat a confirmed one, so when every session is used this count is bounded by the sessions and is not a rate"
    fi
    record "ratio ($label)" "confirm / Razor page" "$(jq -n "$confirm_rps / $razor * 100 | round / 100")" "x" ""
}

confirmation_count() {
    if [[ -n $BASE_URL ]]; then
        echo unknown
    else
        psql_run "$CURRENT_DB" -c "SELECT count(*) FROM confirmations"
    fi
}

# Signs a staff account in and prints its cookie header.
staff_cookie() {
    local base=$1 username=$2 password=$3
    local jar=$WORK_DIR/staff.jar
    rm -f "$jar"
    local token
    token=$(curl -s -c "$jar" "$base/can-bo/dang-nhap" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "Username=$username" --data-urlencode "Password=$password" \
        --data-urlencode "__RequestVerificationToken=$token" "$base/can-bo/dang-nhap"
    awk '$6 ~ /adm_staff|Antiforgery/ {printf "%s=%s; ", $6, $7}' "$jar"
}

# Requests URL one at a time and records the median and 95th percentile of the Server-Timing header: the time the
# site spent, without the network or the client.
server_time() {
    local name=$1 url=$2 cookie=${3:-}
    local samples=$WORK_DIR/server-time.txt
    : >"$samples"
    local i
    for i in $(seq 1 60); do
        curl -s -o /dev/null -D - -H "Cookie: $cookie" "$url" | sed -n 's/^[Ss]erver-[Tt]iming: app;dur=\([0-9.]*\).*/\1/p' >>"$samples"
    done
    local sorted count
    sorted=$(sort -n "$samples" | tail -n +11)
    count=$(wc -l <<<"$sorted")
    record "$name" "server time p50" "$(sed -n "$(((count + 1) / 2))p" <<<"$sorted")" "ms" "Server-Timing of 50 sequential requests after 10 not counted; p95 $(sed -n "$((count * 95 / 100))p" <<<"$sorted") ms; target under 50 ms"
}

measure_staff_pages() {
    local database=$1 label=$2 base="http://127.0.0.1:$WEB_PORT"
    local password=benchmark-password-2027
    local school
    school=$(psql_run "$database" -c "SELECT code FROM preschools ORDER BY code LIMIT 1")
    printf '%s\n' "$password" | cli "$database" user add --role department --username so.load --name "Sở (đo tải)" >/dev/null 2>&1 || true
    printf '%s\n' "$password" | cli "$database" user add --role school --school "$school" --username truong.load --name "Trường (đo tải)" >/dev/null 2>&1 || true

    say "staff pages ($label)"
    local city_cookie school_cookie
    city_cookie=$(staff_cookie "$base" so.load "$password")
    school_cookie=$(staff_cookie "$base" truong.load "$password")
    server_time "staff: city page /can-bo/so ($label)" "$base/can-bo/so" "$city_cookie"
    server_time "staff: school page /can-bo/truong/$school ($label)" "$base/can-bo/truong/$school" "$school_cookie"
    STAFF_COOKIE=$city_cookie wrk_run "staff: city page under load ($label)" get.lua "$base/can-bo/so" 8 >/dev/null
    STAFF_COOKIE=$school_cookie wrk_run "staff: school page under load ($label)" get.lua "$base/can-bo/truong/$school" 8 >/dev/null
}

# Sums one Artillery counter over the reports of all processes: artillery_counter NAME REPORT...
artillery_counter() {
    local name=$1
    shift
    jq -s "[.[].aggregate.counters[\"$name\"] // 0] | add" "$@"
}

measure_opening_hour() {
    local base=$1 pairs=$2 label=$3 peak_rate=${4:-$OPENING_PEAK_RATE}
    # One Artillery process starts at most about 150 virtual users per second here (one per turn of its event loop,
    # whatever the configured rate), so the arrivals are split over several processes with a share of the rate each.
    local processes=${LOAD_ARTILLERY_PROCESSES:-$(((peak_rate + 99) / 100))}
    local warm_rate=$((peak_rate / 5 > 0 ? peak_rate / 5 : 1))
    local arrivals=$((warm_rate * 20 + (warm_rate + peak_rate) * 30 / 2 + peak_rate * OPENING_SECONDS))
    local work=$LT_DIR/artillery/.work
    rm -rf "$work"
    mkdir -p "$work"
    # Two per cent more lines than arrivals, so that rounding in Artillery never brings a parent back a second time.
    shuf -n "$((arrivals + arrivals / 50 + processes))" --random-source=<(yes) "$pairs" |
        split -n "r/$processes" -d -a 2 --additional-suffix=.csv - "$work/pairs-"

    # Redis runs long before a season opens, so its failure markers are trusted from the first arrival.
    trust_failure_markers
    say "opening hour ($label): ramp to $peak_rate parents/s, about $arrivals parents, Artillery processes: $processes"
    local i pids=() cpu_log=$WORK_DIR/opening-cpu.txt
    pidstat -u -h -C 'dotnet|postgres|node|redis|nginx' 5 >"$cpu_log" 2>/dev/null &
    local pidstat_pid=$!
    local run_pids=$WORK_DIR/opening-pids.txt
    : >"$run_pids"
    for ((i = 0; i < processes; i++)); do
        local slice
        slice=$(printf '%02d' "$i")
        (cd "$LT_DIR/artillery" && TARGET=$base WARM_SECONDS=20 RAMP_SECONDS=30 PEAK_SECONDS=$OPENING_SECONDS \
            WARM_RATE=$(share "$warm_rate" "$processes" "$i") PEAK_RATE=$(share "$peak_rate" "$processes" "$i") \
            CONFIRMED_FILE=$work/confirmed-$slice.txt TIMINGS_FILE=$work/timings-$slice.tsv ARTILLERY_DISABLE_TELEMETRY=true \
            PAIRS_FILE_NAME=pairs-$slice.csv "$LT_DIR/node_modules/.bin/artillery" run --output "$work/report-$slice.json" opening-hour.yml >"$work/artillery-$slice.log" 2>&1) &
        pids+=($!)
    done
    track_run_pids "$run_pids" "${pids[@]}" &
    local tracker_pid=$!
    local failed_processes=0
    for i in "${pids[@]}"; do
        wait "$i" || failed_processes=$((failed_processes + 1))
    done
    kill "$pidstat_pid" "$tracker_pid" 2>/dev/null || true
    ((failed_processes == 0)) || say "$failed_processes Artillery processes exited with an error; see $work/artillery-*.log"

    local reports=("$work"/report-*.json)
    [[ -f ${reports[0]} ]] || die "Artillery wrote no report; see $work/artillery-*.log"
    local summary
    summary=$(node "$LT_DIR/tools/opening-summary.mjs" "$work"/timings-*.tsv)
    echo "$summary" >"$WORK_DIR/opening-summary.json"
    local created completed failed
    created=$(artillery_counter vusers.created "${reports[@]}")
    completed=$(artillery_counter vusers.completed "${reports[@]}")
    failed=$(artillery_counter vusers.failed "${reports[@]}")
    local errors
    errors=$(jq -s -c '[.[].aggregate.counters | to_entries[] | select(.key | test("^errors\\."))] | group_by(.key) | map({(.[0].key): (map(.value) | add)}) | add // {}' "${reports[@]}")

    record "opening hour ($label)" "arrival rate reached" "$(jq -r .peakArrivalsPerSecond <<<"$summary")" "parents/s" "busiest 10 s; target $peak_rate/s for ${OPENING_SECONDS} s after a 20 s warm-up and a 30 s ramp; mean $(jq -r .meanArrivalsPerSecond <<<"$summary")/s over $(jq -r .seconds <<<"$summary") s; Artillery processes: $processes"
    record "opening hour ($label)" "parents started" "$created" "" "per-address limit raised to $LOOKUP_LIMIT_FOR_RUN for the run"
    record "opening hour ($label)" "parents finished" "$completed" "" "failed: $failed; errors: $errors"
    record "opening hour ($label)" "5xx responses" "$(jq -r .all.fiveHundreds <<<"$summary")" "" "of $(jq -r .all.count <<<"$summary") responses"
    record "opening hour ($label)" "p99 time to first byte, all steps" "$(jq -r .all.p99 <<<"$summary")" "ms" "p50 $(jq -r .all.p50 <<<"$summary") ms, p95 $(jq -r .all.p95 <<<"$summary") ms, max $(jq -r .all.max <<<"$summary") ms; target p99 under 200 ms"
    local step
    while IFS= read -r step; do
        record "opening hour ($label)" "p99, step: $step" "$(jq -r --arg s "$step" '.steps[$s].p99' <<<"$summary")" "ms" "$(jq -r --arg s "$step" '.steps[$s] | "\(.count) responses; p50 \(.p50) ms, p95 \(.p95) ms, max \(.max) ms; statuses \(.statuses | tojson)"' <<<"$summary")"
    done < <(jq -r '.steps | keys[]' <<<"$summary")
    record "opening hour ($label)" "CPU share" "$(cpu_shares "$cpu_log" "$run_pids")" "" "mean per process group over the run, in per cent of one core (pidstat every 5 s; 200 is both cores); only the processes of this run: the instances, nginx when it runs, the PostgreSQL and Redis servers and the Artillery processes"

    cat "$work"/confirmed-*.txt >"$WORK_DIR/opening-confirmed.txt" 2>/dev/null || : >"$WORK_DIR/opening-confirmed.txt"
    if [[ -z $BASE_URL ]]; then
        verify_confirmations "$CURRENT_DB" "$WORK_DIR/opening-confirmed.txt" "$label"
    fi
}

# The I-th of N integer shares of TOTAL: share TOTAL N I.
share() {
    local total=$1 n=$2 i=$3
    echo $((total / n + (i < total % n ? 1 : 0)))
}

# Appends, every 2 s until it is stopped, the pids this run measures: the instance, the PostgreSQL server with its
# backends, the Redis server and the Artillery processes (children of the given subshells). Other servers on the
# machine with the same program names are left out of the CPU shares. Usage: track_run_pids FILE SUBSHELL_PID...
track_run_pids() {
    local file=$1
    shift
    local postmaster="" redis_pid=""
    if [[ -z $BASE_URL ]]; then
        postmaster=$(head -1 "$(psql_run postgres -c 'SHOW data_directory')/postmaster.pid" 2>/dev/null || true)
        redis_pid=$(redis-cli -p "$REDIS_PORT" INFO server | sed -n 's/^process_id:\([0-9]*\).*/\1/p')
    fi
    while :; do
        {
            printf '%s\n' "${INSTANCE_PIDS[@]}"
            if [[ -n $NGINX_PID ]]; then
                echo "$NGINX_PID"
                pgrep -P "$NGINX_PID"
            fi
            [[ -n $redis_pid ]] && echo "$redis_pid"
            if [[ -n $postmaster ]]; then
                echo "$postmaster"
                pgrep -P "$postmaster"
            fi
            local subshell
            for subshell in "$@"; do
                pgrep -P "$subshell"
            done
        } >>"$file" 2>/dev/null
        sleep 2
    done
}

# Mean CPU per process group from a pidstat -h log, counting only the pids listed in PIDS_FILE, for example
# "dotnet 95, postgres 60, node 40, redis-server 3". Usage: cpu_shares PIDSTAT_LOG PIDS_FILE
cpu_shares() {
    awk 'FNR == NR { ours[$1] = 1; next }
        $1 !~ /^#/ && NF >= 10 { seen[$1] = 1; if ($3 in ours) cpu[$NF] += $8 }
        END { n = length(seen); if (n == 0) exit; out = ""
              for (k in cpu) out = out (out == "" ? "" : ", ") sprintf("%s %.0f", k, cpu[k] / n); print out }' "$2" "$1"
}

# Every confirmation answered with success is stored exactly once, and none is stored that was not answered.
verify_confirmations() {
    local database=$1 confirmed=$2 label=$3
    touch "$confirmed"
    local result
    result=$(psql_run "$database" -F ' ' \
        -c "CREATE TEMP TABLE answered (national_id text)" \
        -c "\\copy answered FROM '$confirmed'" \
        -c "SELECT
              (SELECT count(DISTINCT national_id) FROM answered),
              (SELECT count(*) FROM confirmations),
              (SELECT count(*) FROM (SELECT dossier_id, data_version FROM confirmations GROUP BY 1, 2 HAVING count(*) > 1) d),
              (SELECT count(*) FROM (SELECT DISTINCT national_id FROM answered) a JOIN dossiers d USING (national_id)
                 WHERE NOT EXISTS (SELECT 1 FROM confirmations c WHERE c.dossier_id = d.id)),
              (SELECT count(*) FROM confirmations c JOIN dossiers d ON d.id = c.dossier_id
                 WHERE NOT EXISTS (SELECT 1 FROM answered a WHERE a.national_id = d.national_id))")
    read -r answered stored doubled lost extra <<<"$(tail -1 <<<"$result")"
    record "opening hour ($label)" "confirmations answered with success" "$answered" "" ""
    record "opening hour ($label)" "confirmations stored" "$stored" "" ""
    record "opening hour ($label)" "doubled confirmations" "$doubled" "" "target 0"
    record "opening hour ($label)" "answered but not stored" "$lost" "" "target 0"
    record "opening hour ($label)" "stored but not answered" "$extra" "" "target 0 (a client time-out after the commit would show here)"
}

write_results() {
    local out=$LT_DIR/$RESULTS_FILE
    {
        echo "# Load test results"
        echo
        echo "Written by \`load-tests/run.sh\`; rerun it to replace this page. See \`load-tests/README.md\`."
        echo
        echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
        echo "- command: \`load-tests/run.sh $*\` (LOAD_DURATION=$DURATION, LOAD_CONNECTIONS=$CONNECTIONS, LOAD_SEASON_COUNT=$SEASON_COUNT, LOAD_NATIONAL_COUNT=$NATIONAL_COUNT, LOAD_PEAK_RATE=$OPENING_PEAK_RATE, LOAD_SUSTAINED_RATE=$SUSTAINED_RATE, LOAD_OPENING_SECONDS=$OPENING_SECONDS, LOAD_ARTILLERY_PROCESSES=${LOAD_ARTILLERY_PROCESSES:-one per 100 parents/s})"
        echo "- machine: $(nproc) cores ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB; the load generators run on the same cores as the site, PostgreSQL and Redis"
        echo "- software: .NET $(dotnet --version), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), Artillery $ARTILLERY_VERSION on Node $(node --version), PostgreSQL $(psql_run postgres -c 'SHOW server_version'), Redis $(redis-server --version | sed 's/.*v=\([^ ]*\).*/\1/')"
        echo "- the per-address lookup limit was raised to $LOOKUP_LIMIT_FOR_RUN per minute for every run: all traffic comes from 127.0.0.1"
        echo
        echo "| part | figure | value | unit | notes |"
        echo "|---|---|---|---|---|"
        awk -F'\t' '{printf "| %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5}' "$RESULTS_TSV"
        # The findings discuss the full run, so they follow only its page.
        if [[ -f $LT_DIR/ANALYSIS.md && $RESULTS_FILE == RESULTS.md && $OPENING_ONLY == 0 && -z $BASE_URL ]]; then
            echo
            cat "$LT_DIR/ANALYSIS.md"
        fi
    } >"$out"
    say "wrote $out"
}

# Runs the opening hour again at SUSTAINED_RATE on a fresh instance, after putting the dossiers back.
measure_sustained_opening() {
    ((SUSTAINED_RATE > 0)) || return 0
    say "resetting the dossiers of $NATIONAL_DB for the run at $SUSTAINED_RATE parents/s"
    reset_parent_state "$NATIONAL_DB" "$NATIONAL_REDIS_DB"
    start_instance "$NATIONAL_DB" "$NATIONAL_REDIS_DB"
    measure_opening_hour "http://127.0.0.1:$WEB_PORT" "$WORK_DIR/national-pairs.csv" "$NATIONAL_COUNT dossiers, $SUSTAINED_RATE parents/s" "$SUSTAINED_RATE"
    stop_instance "$NATIONAL_COUNT dossiers, opening hour at $SUSTAINED_RATE parents/s"
}

# Makes the national database ready for a run that needs no fresh import: imports it when it is missing or has
# another dossier count, otherwise puts its dossiers back to their state before any parent came.
prepare_national() {
    CURRENT_DB=$NATIONAL_DB
    CURRENT_REDIS_DB=$NATIONAL_REDIS_DB
    local count
    count=$(psql_run "$NATIONAL_DB" -c "SELECT count(*) FROM dossiers" 2>/dev/null || echo 0)
    if [[ $count != "$NATIONAL_COUNT" || ! -f $WORK_DIR/national-pairs.csv ]]; then
        load_season "$NATIONAL_DB" "$NATIONAL_COUNT" "national, $NATIONAL_COUNT rows"
        psql_run "$NATIONAL_DB" -c "SELECT national_id || ',' || to_char(birth_date, 'DD/MM/YYYY') FROM dossiers ORDER BY md5(national_id)" >"$WORK_DIR/national-pairs.csv"
        redis-cli -p "$REDIS_PORT" -n "$NATIONAL_REDIS_DB" FLUSHDB >/dev/null
    else
        say "resetting the $NATIONAL_COUNT dossiers of $NATIONAL_DB"
        reset_parent_state "$NATIONAL_DB" "$NATIONAL_REDIS_DB"
    fi
}

run_national_opening_only() {
    prepare_national
    start_instance "$NATIONAL_DB" "$NATIONAL_REDIS_DB"
    measure_opening_hour "http://127.0.0.1:$WEB_PORT" "$WORK_DIR/national-pairs.csv" "$NATIONAL_COUNT dossiers"
    stop_instance "$NATIONAL_COUNT dossiers"
    measure_sustained_opening
}

# Measures the HTTP parts and the opening hour at LOAD_PEAK_RATE through nginx in front of CLUSTER_SIZE instances,
# on the national database. The dossiers are put back to their state before any parent came between the two.
run_cluster() {
    prepare_national
    start_cluster "$NATIONAL_DB" "$NATIONAL_REDIS_DB" "$CLUSTER_SIZE"
    local base="http://127.0.0.1:$PROXY_PORT" label="$NATIONAL_COUNT dossiers, $CLUSTER_SIZE instances behind nginx"
    measure_http "$base" "$WORK_DIR/national-pairs.csv" "$label"
    say "resetting the dossiers of $NATIONAL_DB before the opening hour"
    reset_parent_state "$NATIONAL_DB" "$NATIONAL_REDIS_DB"
    measure_opening_hour "$base" "$WORK_DIR/national-pairs.csv" "$label"
    stop_instance "$label"
}

cleanup() {
    local pid
    for pid in "${INSTANCE_PIDS[@]}" $NGINX_PID; do
        kill "$pid" 2>/dev/null || true
    done
}

main() {
    parse_arguments "$@"
    mkdir -p "$WORK_DIR"
    RESULTS_TSV=$WORK_DIR/results.tsv
    : >"$RESULTS_TSV"
    trap cleanup EXIT
    ensure_tools

    if [[ -n $BASE_URL ]]; then
        measure_http "$BASE_URL" "$PAIRS_FILE" "$BASE_URL"
        measure_opening_hour "$BASE_URL" "$PAIRS_FILE" "$BASE_URL"
        write_results "$@"
        return
    fi

    SHARED_DIR=${ADMISSIONS_SHARED_DIR:-$REPO_ROOT/../shared}
    "$DEV" start
    say "building Release"
    dotnet build -c Release "$REPO_ROOT/src/Admissions.Cli" -v q -nologo >/dev/null
    dotnet build -c Release "$REPO_ROOT/src/Admissions.Web" -v q -nologo >/dev/null

    if ((CLUSTER_SIZE > 0)); then
        run_cluster
        write_results "$@"
        return
    fi

    if ((OPENING_ONLY == 1)); then
        run_national_opening_only
        write_results "$@"
        return
    fi

    CURRENT_DB=$SEASON_DB
    CURRENT_REDIS_DB=$SEASON_REDIS_DB
    load_season "$SEASON_DB" "$SEASON_COUNT" "season, $SEASON_COUNT rows"
    psql_run "$SEASON_DB" -c "SELECT national_id || ',' || to_char(birth_date, 'DD/MM/YYYY') FROM dossiers ORDER BY md5(national_id)" >"$WORK_DIR/season-pairs.csv"
    redis-cli -p "$REDIS_PORT" -n "$SEASON_REDIS_DB" FLUSHDB >/dev/null
    start_instance "$SEASON_DB" "$SEASON_REDIS_DB"
    measure_http "http://127.0.0.1:$WEB_PORT" "$WORK_DIR/season-pairs.csv" "$SEASON_COUNT dossiers"
    measure_staff_pages "$SEASON_DB" "$SEASON_COUNT dossiers"
    stop_instance "$SEASON_COUNT dossiers"

    if ((SKIP_NATIONAL == 0)); then
        CURRENT_DB=$NATIONAL_DB
        CURRENT_REDIS_DB=$NATIONAL_REDIS_DB
        load_season "$NATIONAL_DB" "$NATIONAL_COUNT" "national, $NATIONAL_COUNT rows"
        psql_run "$NATIONAL_DB" -c "SELECT national_id || ',' || to_char(birth_date, 'DD/MM/YYYY') FROM dossiers ORDER BY md5(national_id)" >"$WORK_DIR/national-pairs.csv"
        redis-cli -p "$REDIS_PORT" -n "$NATIONAL_REDIS_DB" FLUSHDB >/dev/null
        start_instance "$NATIONAL_DB" "$NATIONAL_REDIS_DB"
        measure_staff_pages "$NATIONAL_DB" "$NATIONAL_COUNT dossiers"
        measure_opening_hour "http://127.0.0.1:$WEB_PORT" "$WORK_DIR/national-pairs.csv" "$NATIONAL_COUNT dossiers"
        measure_staff_pages "$NATIONAL_DB" "$NATIONAL_COUNT dossiers, after the opening hour"
        stop_instance "$NATIONAL_COUNT dossiers"
        measure_sustained_opening
    fi

    write_results "$@"
}

main "$@"
