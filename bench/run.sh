#!/usr/bin/env bash
# The benchmark: baselines and the application's figures in one run, on a PostgreSQL 15 server of
# its own on loopback. Writes target/bench/results.json and prints the table.
#
#   bench/run.sh                       full run: about 30 minutes plus seeding 100,000 tickets
#   bench/run.sh --quick               a few seconds per phase, 2,000 open tickets
#   options: --open-tickets N  --seconds S (per measured phase)  --clients C (intake, seeding,
#            bare engine)  --lifecycle-clients C  --repeat R  --rate R (offered tickets/s)
#            --pg-port P  --app-port P  --save-seed FILE (pg_dump after the task-list phase)
#            --seed-from FILE (restore such a dump before the application starts)
#            --tasklist-requests N (of each task-list query, after as many warm-up requests up to 20)
#   environment: APP_JAVA_OPTS adds JVM options to the application's (a profiler, say)
set -euo pipefail

# read whole before it runs: editing this file during a run does not change the run
main() {
cd "$(dirname "$0")/.."
ROOT=$PWD
B=$ROOT/target/bench
. bench/common.sh

QUICK=false
SECONDS_PHASE=60
WARMUP=20
CLIENTS=16
LIFECYCLE_CLIENTS=
REPEAT=3
RATE=100
OPEN_TICKETS=100000
TASKLIST_REQUESTS=100
DMN_SECONDS=10
PG_PORT=55432
SAVE_SEED=
SEED_FROM=
APP_PORT=18080
while [ $# -gt 0 ]; do
  case "$1" in
    --quick)
      QUICK=true SECONDS_PHASE=5 WARMUP=5 REPEAT=1 OPEN_TICKETS=2000 TASKLIST_REQUESTS=50
      DMN_SECONDS=2 ;;
    --open-tickets) OPEN_TICKETS=$2; shift ;;
    --seconds) SECONDS_PHASE=$2; shift ;;
    --clients) CLIENTS=$2; shift ;;
    --repeat) REPEAT=$2; shift ;;
    --rate) RATE=$2; shift ;;
    --pg-port) PG_PORT=$2; shift ;;
    --app-port) APP_PORT=$2; shift ;;
    --lifecycle-clients) LIFECYCLE_CLIENTS=$2; shift ;;
    --save-seed) SAVE_SEED=$2; shift ;;
    --seed-from) SEED_FROM=$2; shift ;;
    --tasklist-requests) TASKLIST_REQUESTS=$2; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ {exit} NR > 1' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

LIFECYCLE_CLIENTS=${LIFECYCLE_CLIENTS:-$(( CLIENTS > 1 ? CLIENTS / 2 : 1 ))}

# ---- build and libraries ----
prepare_jar
rm -rf "$B/parts" && mkdir -p "$B/parts"
P=$B/parts

# ---- PostgreSQL of its own (defaults of initdb: fsync, synchronous_commit and WAL settings) ----
APP_PID=
stop_all() {
  app_stop "$APP_PID"
  pg_stop "$B/pgdata"
}
trap stop_all EXIT
trap 'exit 130' INT TERM

stop_all
ports_free "$PG_PORT" "$APP_PORT" || exit 1
log "starting PostgreSQL 15 on 127.0.0.1:$PG_PORT"
pg_create "$B/pgdata" "$PG_PORT"
psql_ -c "select version()" >"$P/postgres-version.txt"

# ---- baseline: pgbench, one row per transaction ----
psql_ -c "create database pgbench"
psql_ -d pgbench -c "create table bench_ticket (id bigserial primary key, title text not null,
  requester text not null, created_at timestamptz not null)"
for c in 1 4; do
  for r in $(seq "$REPEAT"); do
    log "pgbench INSERT, $c client(s), run $r of $REPEAT"
    tps=$("$PGBIN/pgbench" -h 127.0.0.1 -p "$PG_PORT" -U postgres -n -f bench/pgbench-insert.sql \
      -c "$c" -j "$c" -T "$SECONDS_PHASE" pgbench 2>/dev/null \
      | sed -n 's/^tps = \([0-9.]*\).*/\1/p' | tail -1)
    echo "{\"perSecond\": ${tps:-null}, \"clients\": $c}" >"$P/pgbench$c-$r.json"
  done
done

# ---- baseline: the bare engine ----
psql_ -c "create database bare"
for r in $(seq "$REPEAT"); do
  log "bare engine, $CLIENTS threads, run $r of $REPEAT"
  java -Xmx512m -cp "$CP" bench/src/BareEngine.java "jdbc:postgresql://127.0.0.1:$PG_PORT/bare" \
    postgres "" "$CLIENTS" "$SECONDS_PHASE" "$P/bare-$r.json" >"$B/bare-$r.log" 2>&1 \
    || { tail -20 "$B/bare-$r.log" >&2; exit 1; }
done

# ---- decisions, in-process ----
log "decisions, ${DMN_SECONDS}s per table"
java -cp "$CP" bench/src/Decisions.java dmn "$DMN_SECONDS" "$P/decisions.json" >&2

# ---- the application ----
psql_ -c "create user ticketflow password 'ticketflow'"
psql_ -c "create database ticketflow owner ticketflow"
if [ -n "$SEED_FROM" ]; then
  log "restoring the open tickets of $SEED_FROM"
  "$PGBIN/pg_restore" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d ticketflow --no-owner --role=ticketflow \
    "$SEED_FROM"
  echo "{\"restoredFrom\": \"$(basename "$SEED_FROM")\"}" >"$P/seed-restored.json"
fi
dbsize() { psql_ -c "select pg_database_size('ticketflow')"; }
APP_URL=http://127.0.0.1:$APP_PORT
log "starting the application (-Xmx512m, profile postgres, demo users on)"
: >"$B/app.log"
start_ms=$(now_ms)
APP_PID=$(app_start "$APP_PORT" "$B/app.log")
app_health "$APP_PORT" "$APP_PID" "$B/app.log" || exit 1
ready_ms=$(now_ms)
log "health UP after $(( ready_ms - start_ms )) ms"
app_agents "$APP_PORT" "$APP_PID" "$B/app.log" || exit 1
agents_ms=$(now_ms)
rss_mib() { awk '/^VmRSS:/ {printf "%.1f", $2/1024}' "/proc/$APP_PID/status"; }
sleep 10
echo "{\"startupSeconds\": $(awk "BEGIN{print ($ready_ms-$start_ms)/1000}"),
  \"agentsReadySeconds\": $(awk "BEGIN{print ($agents_ms-$start_ms)/1000}"), \"rssIdleMiB\": $(rss_mib)}" \
  >"$P/footprint-start.json"

PG_PID=$(head -1 "$B/pgdata/postmaster.pid")
load() { java -cp "$CP" bench/src/Load.java "$@" --url "$APP_URL" --pg-pid "$PG_PID"; }
load intake --clients "$CLIENTS" --seconds "$WARMUP" >/dev/null # warm-up, not recorded
for r in $(seq "$REPEAT"); do
  log "intake at saturation, $CLIENTS clients, run $r of $REPEAT"
  load intake --clients "$CLIENTS" --seconds "$SECONDS_PHASE" --pid "$APP_PID" \
    --out "$P/intake-$r.json" >/dev/null
done
# every definition's history time to live 0 from here on: instances that end from now on may be
# removed by the history cleanup at once (measured at the end)
engine() {
  curl -sf -u demo:demo -H 'Content-Type: application/json' "$@"
}
for kind in process-definition decision-definition; do
  for id in $(engine "$APP_URL/engine-rest/$kind?latestVersion=true&firstResult=0&maxResults=500" | grep -o '"id":"[^"]*"' | cut -d'"' -f4); do
    engine -X PUT "$APP_URL/engine-rest/$kind/$id/history-time-to-live" -d '{"historyTimeToLive": 0}' >/dev/null
  done
done
ttl=$(psql_ -d ticketflow -c "select count(*) from act_re_procdef where history_ttl_ <> 0")
[ "$ttl" = 0 ] || { echo "history time to live not set to 0 on $ttl process definitions" >&2; exit 1; }

wait_for_jobs() { # until no due job with retries is left, at most $1 seconds
  local deadline=$(( $(date +%s) + $1 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    n=$(psql_ -d ticketflow -c "select count(*) from act_ru_job where retries_ > 0
      and (duedate_ is null or duedate_ <= now()) and suspension_state_ = 1")
    [ "$n" = 0 ] && return 0
    sleep 1
  done
  log "jobs still due after $1 s: $n"
}
wait_for_jobs 120
size_before=$(dbsize)
for r in $(seq "$REPEAT"); do
  log "lifecycle, $LIFECYCLE_CLIENTS clients, run $r of $REPEAT"
  load lifecycle --clients "$LIFECYCLE_CLIENTS" --seconds "$SECONDS_PHASE" --pid "$APP_PID" \
    --numbers "$P/closed-$r.txt" --out "$P/lifecycle-$r.json" >/dev/null
done
wait_for_jobs 120
psql_ -d ticketflow -c "checkpoint" >/dev/null
size_after=$(dbsize)
closed=$(cat "$P"/closed-*.txt | wc -l)
echo "{\"closedTickets\": $closed, \"databaseBytesBefore\": $size_before, \"databaseBytesAfter\": $size_after,
  \"bytesPerClosedTicket\": $(awk "BEGIN{print ($closed ? ($size_after-$size_before)/$closed : 0)}")}" \
  >"$P/bytes-per-ticket.json"

# the fixed offered load comes after the lifecycle: above saturation it leaves a backlog of
# tickets and jobs that would slow the lifecycle and count in its database bytes
for r in $(seq "$REPEAT"); do
  log "intake at $RATE tickets/s offered, run $r of $REPEAT"
  load intake-rate --rate "$RATE" --seconds "$SECONDS_PHASE" --out "$P/intake-rate-$r.json" >/dev/null
done

# open tickets for the task list
open=$(psql_ -d ticketflow -c "select count(*) from app.ticket where status not in ('CLOSED','ARCHIVED')")
to_seed=$(( OPEN_TICKETS > open ? OPEN_TICKETS - open : 0 ))
log "seeding $to_seed open tickets through POST /api/tickets ($open open already)"
load seed --count "$to_seed" --clients "$CLIENTS" --out "$P/seed.json" >/dev/null
# the seeded tickets' asynchronous steps (acknowledgements, incident checks) run before the reads
wait_for_jobs 1800
open=$(psql_ -d ticketflow -c "select count(*) from app.ticket where status not in ('CLOSED','ARCHIVED')")
tasks=$(psql_ -d ticketflow -c "select count(*) from act_ru_task")
psql_ -d ticketflow -c "vacuum analyze" >/dev/null
log "task list latency with $open open tickets ($tasks open tasks)"
load tasklist --requests "$TASKLIST_REQUESTS" --out "$P/tasklist.json" >/dev/null
due=$(psql_ -d ticketflow -c "select count(*) from act_ru_job where retries_ > 0
  and (duedate_ is null or duedate_ <= now())")
echo "{\"openTickets\": $open, \"openTasks\": $tasks, \"jobsDueAfterReads\": $due,
  \"databaseBytes\": $(dbsize)}" >"$P/open.json"
if [ -n "$SAVE_SEED" ]; then
  log "saving the database with its open tickets to $SAVE_SEED"
  "$PGBIN/pg_dump" -h 127.0.0.1 -p "$PG_PORT" -U postgres -Fc -d ticketflow -f "$SAVE_SEED"
fi

# ---- history cleanup of the closed tickets ----
# Their archive and survey timers lie 30 and 7 days ahead: they are made due now, as if that time
# had passed; the engine then archives the tickets and ends their process instances.
log "history cleanup: ending the closed tickets' processes"
# one after the other, as in life (7 and 30 days): both change the ticket, and at the same moment
# one of the two would fail on the ticket's version and wait for its retry
for timer in IntermediateCatchEvent_SurveyTimedOut IntermediateCatchEvent_RetentionOver; do
  psql_ -d ticketflow -c "update act_ru_job set duedate_ = now() where job_def_id_ in (select id_
    from act_ru_jobdef where act_id_ = '$timer')" >/dev/null
  wait_for_jobs 600
done
removable() {
  psql_ -d ticketflow -c "select count(*) from act_hi_procinst where removal_time_ <= now()"
}
removable_roots() {
  psql_ -d ticketflow -c "select count(*) from act_hi_procinst where removal_time_ <= now()
    and proc_def_key_ = 'ticket-handling'"
}
before=$(removable)
roots_before=$(removable_roots)
log "history cleanup of $before process instances ($roots_before tickets)"
c0=$(now_ms)
left=$before
if $QUICK; then limit=$(( $(date +%s) + 120 )); else limit=$(( $(date +%s) + 900 )); fi
while [ "$left" -gt 0 ] && [ "$(date +%s)" -lt "$limit" ]; do
  engine -X POST "$APP_URL/engine-rest/history/cleanup?immediatelyDue=true" >/dev/null
  sleep 0.5
  left=$(removable)
done
c1=$(now_ms)
roots_left=$(removable_roots)
echo "{\"instancesBefore\": $before, \"instancesLeft\": $left, \"ticketsBefore\": $roots_before,
  \"ticketsLeft\": $roots_left, \"seconds\": $(awk "BEGIN{print ($c1-$c0)/1000}"),
  \"instancesPerSecond\": $(awk "BEGIN{s=($c1-$c0)/1000; print (s>0 ? ($before-$left)/s : 0)}"),
  \"ticketsPerSecond\": $(awk "BEGIN{s=($c1-$c0)/1000; print (s>0 ? ($roots_before-$roots_left)/s : 0)}")}" \
  >"$P/cleanup.json"

oom=$(grep -c OutOfMemoryError "$B/app.log" || true)
echo "{\"rssEndMiB\": $(rss_mib), \"outOfMemoryErrors\": $oom, \"heap\": \"-Xmx512m\"}" >"$P/footprint-end.json"

stop_all
APP_PID=
java -cp "$CP" bench/src/Report.java "$P" "$B/results.json" "$QUICK" "$OPEN_TICKETS"
}

main "$@"; exit
