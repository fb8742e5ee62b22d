# Shared by bench/run.sh and bench/faults.sh: the jar and its libraries, a PostgreSQL 15 server of
# the script's own on loopback, and application nodes started from the packaged jar.
# Expects ROOT (the project) and B (the script's output folder) to be set; sets JAR and CP.

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
now_ms() { date +%s%3N; }

# the packaged jar (built when missing) and its libraries, for the Java parts run from source
prepare_jar() {
  JAR=$(ls "$ROOT"/target/ticketflow-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$JAR" ]; then
    log "building the jar"
    (cd "$ROOT" && ./mvnw -o -q -DskipTests package)
    JAR=$(ls "$ROOT"/target/ticketflow-*.jar | grep -v original | head -1)
  fi
  mkdir -p "$B"
  if [ ! -d "$B/lib" ] || [ "$JAR" -nt "$B/lib" ]; then
    log "extracting the application's libraries into $B/lib"
    rm -rf "$B/lib" && mkdir -p "$B/lib"
    unzip -q -j -o "$JAR" 'BOOT-INF/lib/*' -d "$B/lib"
    touch "$B/lib"
  fi
  CP="$B/lib/*"
}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# pg_create DATADIR PORT: a new cluster (initdb's defaults: fsync, synchronous_commit) started on
# 127.0.0.1:PORT, trust authentication for loopback only
pg_create() {
  rm -rf "$1" && mkdir -p "$1"
  [ "$(id -u)" = 0 ] && chown postgres "$1"
  as_pg "$PGBIN/initdb" -D "$1" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
  pg_start "$1" "$2"
}
# psql_ ARGS...: psql as postgres against the script's server (PG_PORT), unaligned, stops on error
psql_() { "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -At "$@"; }
pg_start() {
  as_pg "$PGBIN/pg_ctl" -D "$1" -l "$1/server.log" -w \
    -o "-p $2 -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null
}
pg_stop() {
  if [ -f "$1/postmaster.pid" ]; then
    as_pg "$PGBIN/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
  fi
}
ports_free() { # ports_free PGPORT APPPORT...: refuses to measure a server left from another run
  if "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$1"; then
    echo "port $1 is in use: stop what listens there, or pass another port" >&2; return 1
  fi
  shift
  for p in "$@"; do
    if curl -s -o /dev/null "http://127.0.0.1:$p/"; then
      echo "port $p is in use: stop what listens there, or pass another port" >&2; return 1
    fi
  done
}

# app_start PORT LOG [arguments...]: one node from the jar on the postgres profile with the demo
# users, against database ticketflow of the script's server; prints its process id
app_start() {
  local port=$1 logfile=$2
  shift 2
  DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/ticketflow" DB_USER=ticketflow DB_PASSWORD=ticketflow \
    ADMIN_USER=demo ADMIN_PASSWORD=demo PORT=$port \
    java -Xmx512m ${APP_JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres \
    --ticketflow.demo.enabled=true "$@" >>"$logfile" 2>&1 &
  echo $!
}
# app_health PORT PID LOG: until /actuator/health/ping is UP
app_health() {
  until curl -sf "http://127.0.0.1:$1/actuator/health/ping" 2>/dev/null | grep -q UP; do
    kill -0 "$2" 2>/dev/null || { tail -40 "$3" >&2; echo "application died" >&2; return 1; }
    sleep 0.2
  done
}
# app_agents PORT PID LOG: until a demo agent is let in (created just after health answers UP)
app_agents() {
  until [ "$(curl -s -o /dev/null -w '%{http_code}' -u mary:mary "http://127.0.0.1:$1/api/tickets?size=1")" = 200 ]; do
    kill -0 "$2" 2>/dev/null || { tail -40 "$3" >&2; echo "application died" >&2; return 1; }
    sleep 0.5
  done
}
# app_stop PID [SIGNAL]: stops a node (TERM by default) and waits until it is gone
app_stop() {
  [ -n "$1" ] || return 0
  kill -"${2:-TERM}" "$1" 2>/dev/null || return 0
  for _ in $(seq 300); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$1" 2>/dev/null || true
}
