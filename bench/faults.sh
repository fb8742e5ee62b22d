#!/usr/bin/env bash
# Fault tests against the packaged jar on a PostgreSQL 15 server of the script's own on loopback:
# the application killed during submissions, the database stopped under load, timers that fell
# due while the application was down, two nodes on one database with one killed mid-load, and
# three times the node's capacity offered for a minute.
# Each scenario checks in the database that every Idempotency-Key has exactly one ticket and one
# process instance and that nothing is orphaned or doubled. Writes target/faults/results.json,
# prints a table, and exits 1 when a scenario fails. About 7 minutes on 2 cores.
#
#   bench/faults.sh                  every scenario
#   options: --only kill,outage,timers,cluster,overload (a subset; timers and cluster build on the tickets
#            of kill and outage)  --pg-port P  --ports A,B (the two nodes' HTTP ports)
#            --outage-seconds S (how long the database is stopped, 60)
set -euo pipefail

main() {
cd "$(dirname "$0")/.."
ROOT=$PWD
B=$ROOT/target/faults
. bench/common.sh

PG_PORT=55433
PORT_A=18181
PORT_B=18182
ONLY=kill,outage,timers,cluster,overload
OUTAGE_SECONDS=60
while [ $# -gt 0 ]; do
  case "$1" in
    --only) ONLY=$2; shift ;;
    --pg-port) PG_PORT=$2; shift ;;
    --ports) PORT_A=${2%,*} PORT_B=${2#*,}; shift ;;
    --outage-seconds) OUTAGE_SECONDS=$2; shift ;;
    -h|--help) awk 'NR > 1 && !/^#/ {exit} NR > 1' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
wants() { case ",$ONLY," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }

prepare_jar
R=$B/results
rm -rf "$R" && mkdir -p "$R"
rm -f "$B"/node-*.log
A_PID=
B_PID=
cleanup() {
  app_stop "$A_PID"
  app_stop "$B_PID"
  pg_stop "$B/pgdata"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

ports_free "$PG_PORT" "$PORT_A" "$PORT_B" || exit 1
log "starting PostgreSQL 15 on 127.0.0.1:$PG_PORT"
pg_create "$B/pgdata" "$PG_PORT"
psql_ -c "create user ticketflow password 'ticketflow'" >/dev/null
psql_ -c "create database ticketflow owner ticketflow" >/dev/null
JDBC="jdbc:postgresql://127.0.0.1:$PG_PORT/ticketflow"
URL_A=http://127.0.0.1:$PORT_A
URL_B=http://127.0.0.1:$PORT_B
faults() { java -cp "$CP" bench/src/Faults.java "$@"; }

# A job locked by a node that dies is taken over by another node once its lock expires: 20 s here
# instead of the engine's 5 minutes, so that the cluster scenario sees the takeover
NODE_ARGS=(--camunda.bpm.job-execution.lock-time-in-millis=20000)
start_a() {
  log "starting node a on port $PORT_A"
  A_PID=$(app_start "$PORT_A" "$B/node-a.log" "${NODE_ARGS[@]}")
  app_health "$PORT_A" "$A_PID" "$B/node-a.log" && app_agents "$PORT_A" "$A_PID" "$B/node-a.log"
}
start_b() {
  log "starting node b on port $PORT_B"
  B_PID=$(app_start "$PORT_B" "$B/node-b.log" "${NODE_ARGS[@]}")
  app_health "$PORT_B" "$B_PID" "$B/node-b.log" && app_agents "$PORT_B" "$B_PID" "$B/node-b.log"
}
gone() { # gone PID: until the process has exited
  while kill -0 "$1" 2>/dev/null; do sleep 0.1; done
}
CHECKED=()
verdict() { # verdict NAME FILE...: the scenario passes when every file says "passed": true
  local name=$1 ok=true
  shift
  for f in "$@"; do grep -q '"passed" : true' "$f" || ok=false; done
  echo "{\"scenario\": \"$name\", \"passed\": $ok}" >"$R/verdict-$name.json"
  $ok && log "scenario $name: passed" || log "scenario $name: FAILED (see $R)"
}
# timer jobs of one kind for up to N ticket processes, made due as if their time had passed
# during a downtime; the process instance ids go to FILE
make_due() { # make_due ACTIVITY N FILE [KEY-PREFIX]
  psql_ -d ticketflow -c "select j.process_instance_id_ from public.act_ru_job j
    join public.act_ru_jobdef d on d.id_ = j.job_def_id_
    join app.ticket t on t.process_instance_id = j.process_instance_id_
    where d.act_id_ = '$1' and t.idempotency_key like '%:${4:-}%' limit $2" >"$3"
  psql_ -d ticketflow -c "update public.act_ru_job set duedate_ = now() - interval '10 minutes'
    where process_instance_id_ = any(string_to_array('$(paste -sd, "$3")', ','))
    and job_def_id_ in (select id_ from public.act_ru_jobdef where act_id_ = '$1')" >/dev/null
  log "$(wc -l <"$3") timers '$1' made due"
}
await_timers() { # await_timers ACTIVITY FILE SECONDS: until none of those jobs is left
  local deadline=$(( $(date +%s) + $3 )) n
  while [ "$(date +%s)" -lt "$deadline" ]; do
    n=$(psql_ -d ticketflow -c "select count(*) from public.act_ru_job j
      join public.act_ru_jobdef d on d.id_ = j.job_def_id_ where d.act_id_ = '$1'
      and j.process_instance_id_ = any(string_to_array('$(paste -sd, "$2")', ','))")
    [ "$n" = 0 ] && return 0
    sleep 1
  done
}
FINALS=()

start_a

# ---- 1. kill -9 during 200 concurrent submissions, restart, repeat the unanswered ----
if wants kill; then
  log "kill: 200 submissions from 32 clients, node a killed (SIGKILL) after 60 answers"
  faults submit --urls "$URL_A" --count 200 --clients 32 --prefix kill --kill-pid "$A_PID" \
    --kill-after 60 --out "$R/kill-submit.tsv" --result "$R/kill-submit.json" >/dev/null || true
  gone "$A_PID"
  start_a
  log "kill: repeating the unanswered requests with their keys"
  faults retry --urls "$URL_A" --in "$R/kill-submit.tsv" --out "$R/kill-final.tsv" \
    --result "$R/kill-retry.json" >/dev/null || true
  FINALS+=("$R/kill-final.tsv")
  faults check --jdbc "$JDBC" --keys "$R/kill-final.tsv" --result "$R/kill-check.json" >/dev/null || true
  verdict kill "$R/kill-submit.json" "$R/kill-retry.json" "$R/kill-check.json"
fi

# ---- 2. the database stopped for a minute under load ----
if wants outage; then
  log "outage: 4 submissions/s for $(( OUTAGE_SECONDS + 60 )) s, PostgreSQL stopped after 20 s for $OUTAGE_SECONDS s"
  faults load --urls "$URL_A" --rate 4 --seconds $(( OUTAGE_SECONDS + 60 )) --prefix outage \
    --out "$R/outage-load.tsv" --result "$R/outage-load.json" >/dev/null &
  load_pid=$!
  sleep 20
  stopped=$(now_ms)
  pg_stop "$B/pgdata"
  log "outage: PostgreSQL stopped"
  sleep "$OUTAGE_SECONDS"
  pg_start "$B/pgdata" "$PG_PORT"
  started=$(now_ms)
  log "outage: PostgreSQL started again"
  wait "$load_pid" || true
  faults outage --in "$R/outage-load.tsv" --stopped-at "$stopped" --started-at "$started" \
    --result "$R/outage-answers.json" >/dev/null || true
  log "outage: repeating the refused requests with their keys"
  faults retry --urls "$URL_A" --in "$R/outage-load.tsv" --out "$R/outage-final.tsv" \
    --result "$R/outage-retry.json" >/dev/null || true
  FINALS+=("$R/outage-final.tsv")
  faults check --jdbc "$JDBC" --keys "$R/outage-final.tsv" --result "$R/outage-check.json" \
    >/dev/null || true
  verdict outage "$R/outage-answers.json" "$R/outage-retry.json" "$R/outage-check.json"
fi

# ---- 3. timers due during a downtime fire once each after the restart (on two nodes) ----
if wants timers; then
  log "timers: node a killed; response-warning timers of 100 tickets made due while it is down"
  app_stop "$A_PID" KILL
  make_due BoundaryEvent_ResponseSlaWarning 100 "$R/timers-instances.txt" kill
  start_a
  start_b
  await_timers BoundaryEvent_ResponseSlaWarning "$R/timers-instances.txt" 180 || true
  faults timers --jdbc "$JDBC" --instances "$R/timers-instances.txt" \
    --activity BoundaryEvent_ResponseSlaWarning --result "$R/timers-check.json" >/dev/null || true
  verdict timers "$R/timers-check.json"
fi

# ---- 4. two nodes on one database, load over both, one killed mid-load ----
if wants cluster; then
  [ -n "$B_PID" ] && kill -0 "$B_PID" 2>/dev/null || start_b
  make_due BoundaryEvent_ResolutionSlaWarning 100 "$R/cluster-instances.txt"
  log "cluster: 300 submissions from 16 clients over both nodes, node b killed after 150 answers"
  faults submit --urls "$URL_A,$URL_B" --count 300 --clients 16 --prefix cluster \
    --kill-pid "$B_PID" --kill-after 150 --out "$R/cluster-submit.tsv" \
    --result "$R/cluster-submit.json" >/dev/null || true
  gone "$B_PID"
  log "cluster: repeating the unanswered requests on node a"
  faults retry --urls "$URL_A" --in "$R/cluster-submit.tsv" --out "$R/cluster-final.tsv" \
    --result "$R/cluster-retry.json" >/dev/null || true
  FINALS+=("$R/cluster-final.tsv")
  # jobs node b had locked are taken over by node a when their lock expires
  await_timers BoundaryEvent_ResolutionSlaWarning "$R/cluster-instances.txt" 180 || true
  faults timers --jdbc "$JDBC" --instances "$R/cluster-instances.txt" \
    --activity BoundaryEvent_ResolutionSlaWarning --result "$R/cluster-timers.json" >/dev/null || true
  faults check --jdbc "$JDBC" --keys "$(IFS=,; echo "${FINALS[*]}")" \
    --result "$R/cluster-check.json" >/dev/null || true
  psql_ -d ticketflow -c "select coalesce(json_agg(x), '[]') from (select lock_owner_, count(*)
    from public.act_ru_job where lock_owner_ is not null group by lock_owner_) x" \
    >"$R/cluster-locks.json"
  verdict cluster "$R/cluster-submit.json" "$R/cluster-retry.json" "$R/cluster-timers.json" "$R/cluster-check.json"
fi

# ---- 5. three times the node's capacity for a minute ----
if wants overload; then
  [ -n "$A_PID" ] && kill -0 "$A_PID" 2>/dev/null || start_a
  log "overload: the node's capacity, 300 submissions from 16 clients"
  faults submit --urls "$URL_A" --count 300 --clients 16 --prefix capacity \
    --out "$R/overload-capacity.tsv" --result "$R/overload-capacity.json" >/dev/null || true
  capacity=$(sed -n 's/.*"perSecond" : \([0-9.]*\).*/\1/p' "$R/overload-capacity.json")
  rate=$(awk "BEGIN {printf \"%.1f\", 3 * ${capacity:-10}}")
  log "overload: $rate submissions/s offered for 60 s, three times the measured $capacity/s"
  faults load --urls "$URL_A" --rate "$rate" --seconds 60 --prefix overload \
    --out "$R/overload-load.tsv" --result "$R/overload-load.json" >/dev/null || true
  faults overload --in "$R/overload-load.tsv" --result "$R/overload-answers.json" >/dev/null || true
  log "overload: repeating the refused requests with their keys"
  faults retry --urls "$URL_A" --in "$R/overload-capacity.tsv,$R/overload-load.tsv" \
    --deadline 600 --out "$R/overload-final.tsv" --result "$R/overload-retry.json" >/dev/null || true
  FINALS+=("$R/overload-final.tsv")
  faults check --jdbc "$JDBC" --keys "$R/overload-final.tsv" --result "$R/overload-check.json" \
    >/dev/null || true
  verdict overload "$R/overload-answers.json" "$R/overload-retry.json" "$R/overload-check.json"
fi

grep -h -c ' ERROR ' "$B"/node-*.log >"$R/error-lines.txt" || true
faults report --dir "$R" --out "$B/results.json" >/dev/null
}

main "$@"; exit
