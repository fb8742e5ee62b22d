#!/usr/bin/env bash
# The agent's queue, A/B in one run: one PostgreSQL seeded once with open tickets, the task-list
# queries measured with the engine's default task-query joins (A: left joins of the process
# definitions and authorizations, as shipped) and with the inner joins the engine uses when CMMN
# and standalone tasks are off (B), alternating A B A B with a restart of the application between,
# so both see the same data and cache state.
#   bench/queue.sh [--open-tickets N] [--requests N] [--rounds R] [--pg-port P] [--app-port P]
# Results: target/bench-queue/results.json and a table on stdout.
set -euo pipefail

main() {
cd "$(dirname "$0")/.."
ROOT=$PWD
B=$ROOT/target/bench-queue
. bench/common.sh

OPEN_TICKETS=3000
REQUESTS=50
ROUNDS=2
CLIENTS=16
PG_PORT=55442
APP_PORT=18190
while [ $# -gt 0 ]; do
  case "$1" in
    --open-tickets) OPEN_TICKETS=$2; shift ;;
    --requests) REQUESTS=$2; shift ;;
    --rounds) ROUNDS=$2; shift ;;
    --pg-port) PG_PORT=$2; shift ;;
    --app-port) APP_PORT=$2; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ {exit} NR > 1' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

prepare_jar
rm -rf "$B/parts" && mkdir -p "$B/parts"
P=$B/parts
APP_PID=
stop_all() { app_stop "$APP_PID"; pg_stop "$B/pgdata"; }
trap stop_all EXIT
trap 'exit 130' INT TERM
stop_all
ports_free "$PG_PORT" "$APP_PORT" || exit 1
log "starting PostgreSQL 15 on 127.0.0.1:$PG_PORT"
pg_create "$B/pgdata" "$PG_PORT"
psql_ -c "create user ticketflow password 'ticketflow'"
psql_ -c "create database ticketflow owner ticketflow"
PG_PID=$(head -1 "$B/pgdata/postmaster.pid")
APP_URL=http://127.0.0.1:$APP_PORT
load() { java -cp "$CP" bench/src/Load.java "$@" --url "$APP_URL" --pg-pid "$PG_PID"; }
# the engine's defaults: left joins of the process definitions and the authorizations
DEFAULT_JOINS=(--camunda.bpm.generic-properties.properties.cmmn-enabled=true
  --camunda.bpm.generic-properties.properties.standalone-tasks-enabled=true)
INNER_JOINS=(--camunda.bpm.generic-properties.properties.cmmn-enabled=false
  --camunda.bpm.generic-properties.properties.standalone-tasks-enabled=false)

start() {
  : >"$B/app.log"
  APP_PID=$(app_start "$APP_PORT" "$B/app.log" "$@")
  app_health "$APP_PORT" "$APP_PID" "$B/app.log" || exit 1
  app_agents "$APP_PORT" "$APP_PID" "$B/app.log" || exit 1
}

start
log "seeding $OPEN_TICKETS open tickets through POST /api/tickets"
load seed --count "$OPEN_TICKETS" --clients "$CLIENTS" --out "$P/seed.json" >/dev/null
wait_jobs
app_stop "$APP_PID"; APP_PID=
psql_ -d ticketflow -c "vacuum analyze" >/dev/null
open=$(psql_ -d ticketflow -c "select count(*) from app.ticket where status not in ('CLOSED','ARCHIVED')")
tasks=$(psql_ -d ticketflow -c "select count(*) from act_ru_task")
auths=$(psql_ -d ticketflow -c "select count(*) from act_ru_authorization")
log "$open open tickets, $tasks open tasks, $auths authorizations"

for r in $(seq "$ROUNDS"); do
  for variant in default-joins inner-joins; do
    if [ "$variant" = default-joins ]; then start "${DEFAULT_JOINS[@]}"; else start "${INNER_JOINS[@]}"; fi
    log "task list, $variant, round $r of $ROUNDS"
    load tasklist --requests "$REQUESTS" --out "$P/$variant-$r.json" >/dev/null
    app_stop "$APP_PID"; APP_PID=
  done
done

python3 - "$P" "$open" "$tasks" "$auths" "$B/results.json" <<'PY'
import json, glob, os, sys
parts, open_, tasks, auths, out = sys.argv[1:]
runs = {}
for f in sorted(glob.glob(os.path.join(parts, "*-joins-*.json"))):
    variant = os.path.basename(f).rsplit("-", 1)[0]
    runs.setdefault(variant, []).append(json.load(open(f)))
result = {"openTickets": int(open_), "openTasks": int(tasks), "authorizations": int(auths), "runs": runs}
json.dump(result, open(out, "w"), indent=2)
print(f"{open_} open tickets, {tasks} open tasks, {auths} authorizations")
queries = [q for q, v in next(iter(runs.values()))[0].items() if isinstance(v, dict)]
print(f"{'query':40} {'variant':14} {'p50 ms':>8} {'p95 ms':>8}")
for q in queries:
    for variant in ("default-joins", "inner-joins"):
        for r in runs.get(variant, []):
            s = r.get(q)
            if s:
                print(f"{q:40} {variant:14} {s.get('p50Ms', 0):8.1f} {s.get('p95Ms', 0):8.1f}")
PY
}

# wait_jobs: until no job is due (the seeded tickets' asynchronous steps), at most 30 minutes
wait_jobs() {
  for _ in $(seq 1800); do
    due=$(psql_ -d ticketflow -c "select count(*) from act_ru_job where retries_ > 0
      and (duedate_ is null or duedate_ <= now())")
    [ "$due" = 0 ] && return 0
    sleep 1
  done
  log "jobs still due after 30 minutes: $due"
}

main "$@"
