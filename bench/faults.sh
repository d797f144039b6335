#!/usr/bin/env bash
# Crash-safety and failover probe (issue 17), loopback only and bounded in time:
#   bench/faults.sh [scenarios=a,b,c,d] [load seconds per scenario=40] [clients=16]
# Sets up a PostgreSQL primary and a synchronous streaming-replication standby from Debian's
# packages (ports 55431, 55432), starts two app nodes (8183, 8193) whose JDBC URL lists both hosts with
# targetServerType=primary, and for each scenario drives check-ins through both nodes
# (org.healthcode.bench.FaultLoad) while it
#   a) kill -9s app node A (and starts it again),
#   b) kill -9s the PostgreSQL primary and starts it again,
#   c) stops the primary with SIGSTOP for 15 s, then SIGCONT,
#   d) kill -9s the primary and promotes the standby (failover; the old primary stays down).
# Afterwards every acknowledged check-in id is looked up in the database. Prints per scenario:
# acknowledged, found, lost (must be 0), seconds until check-ins succeed again after the database is
# back (no app node is restarted for b-d), and what clients saw (503 problems by code, 500s, max latency
# against the configured wait).
set -euo pipefail
cd "$(dirname "$0")/.."
SCENARIOS=${1:-a,b,c,d}
SECONDS_PER_SCENARIO=${2:-40}
CLIENTS=${3:-16}
PRIMARY_PORT=55431
STANDBY_PORT=55432
NODE_A=8183
NODE_B=8193
FAULT_AT=8 # seconds into the load

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "${PGBIN:-}/pg_basebackup" ] || { echo "PostgreSQL server packages are needed: apt-get install -y postgresql"; exit 1; }
command -v psql >/dev/null || { echo "psql is needed: apt-get install -y postgresql-client"; exit 1; }

WORK=$(mktemp -d /tmp/healthcode-faults.XXXXXX)
chmod 755 "$WORK"
PGPASS_SUPER=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
PGPASS_OWNER=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
PGPASS_APP=$(head -c 18 /dev/urandom | base64 | tr '+/' '-_')
NODE_PIDS=()

# Debian's PostgreSQL refuses to run as root: then its programs run as the packages' postgres user
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
sql() { PGPASSWORD=$PGPASS_SUPER psql -X -q -t -A -h 127.0.0.1 -p "$1" -U postgres -d "${3:-healthcode}" -c "$2"; }
now_ms() { date +%s%3N; }
postmaster_of() { head -1 "$WORK/$1/postmaster.pid"; }
# the processes of one data folder: program postgres, working directory that folder (never by name)
servers_of() {
  local dir; dir=$(readlink -f "$WORK/$1")
  for p in /proc/[0-9]*; do
    [ "$(readlink "$p/exe" 2>/dev/null | xargs -r basename)" = postgres ] && [ "$(readlink "$p/cwd" 2>/dev/null)" = "$dir" ] && basename "$p"
  done
  return 0
}

cleanup() {
  for pid in "${NODE_PIDS[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  for dir in primary standby; do
    [ -f "$WORK/$dir/postmaster.pid" ] && as_pg "$PGBIN/pg_ctl" -D "$WORK/$dir" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
    for pid in $(servers_of $dir); do kill -9 "$pid" 2>/dev/null || true; done
  done
  [ "${KEEP:-0}" = 1 ] && echo "kept $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

echo "== building"
mvn -q -B -DskipTests test-compile
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat target/bench.classpath)"

echo "== PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') primary :$PRIMARY_PORT, synchronous standby :$STANDBY_PORT"
printf '%s\n' "$PGPASS_SUPER" > "$WORK/pw"
[ "$(id -u)" = 0 ] && chown postgres "$WORK" "$WORK/pw"
as_pg "$PGBIN/initdb" -D "$WORK/primary" -U postgres --auth=scram-sha-256 --pwfile="$WORK/pw" -E UTF-8 >/dev/null
rm "$WORK/pw"
cat >> "$WORK/primary/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
fsync = on
synchronous_commit = on
wal_level = replica
max_wal_senders = 4
EOF
cat > "$WORK/primary/pg_hba.conf" <<EOF
host all all 127.0.0.1/32 scram-sha-256
host replication replicator 127.0.0.1/32 scram-sha-256
EOF
start_primary() { as_pg "$PGBIN/pg_ctl" -D "$WORK/primary" -l "$WORK/primary.log" -w -t 60 \
  -o "-p $PRIMARY_PORT" start >/dev/null; }
start_primary
sql $PRIMARY_PORT "create role replicator replication login password '$PGPASS_SUPER'" postgres
sql $PRIMARY_PORT "create role healthcode_owner login password '$PGPASS_OWNER'" postgres
sql $PRIMARY_PORT "create role healthcode_app login password '$PGPASS_APP'" postgres
sql $PRIMARY_PORT "create database healthcode owner healthcode_owner" postgres
as_pg env PGPASSWORD="$PGPASS_SUPER" "$PGBIN/pg_basebackup" -h 127.0.0.1 -p $PRIMARY_PORT -U replicator \
  -D "$WORK/standby" -X stream -R -c fast >/dev/null
cat >> "$WORK/standby/postgresql.auto.conf" <<EOF
primary_conninfo = 'host=127.0.0.1 port=$PRIMARY_PORT user=replicator password=$PGPASS_SUPER application_name=standby1'
EOF
as_pg "$PGBIN/pg_ctl" -D "$WORK/standby" -l "$WORK/standby.log" -w -t 60 -o "-p $STANDBY_PORT -c wal_retrieve_retry_interval=1s" start >/dev/null
# synchronous only once the standby streams (before, every commit would wait for it)
sql $PRIMARY_PORT "alter system set synchronous_standby_names = 'standby1'" postgres
sql $PRIMARY_PORT "select pg_reload_conf()" postgres >/dev/null
for i in $(seq 1 100); do [ "$(sql $PRIMARY_PORT "select sync_state from pg_stat_replication" postgres)" = sync ] && break; sleep 0.2; done
echo "replication: $(sql $PRIMARY_PORT "select application_name || ' ' || sync_state from pg_stat_replication" postgres)"

URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT,127.0.0.1:$STANDBY_PORT/healthcode?targetServerType=primary"
MAX_WAIT=10s
start_node() { # port
  java -Xmx512m -cp "$CP" org.healthcode.HealthCodeApplication --server.port="$1" \
    --healthcode.data-dir="$WORK/app" --spring.datasource.url="$URL" \
    --spring.datasource.username=healthcode_app --spring.datasource.password="$PGPASS_APP" \
    --spring.flyway.user=healthcode_owner --spring.flyway.password="$PGPASS_OWNER" \
    --healthcode.checkin.batch.max-wait=$MAX_WAIT --healthcode.checkin.repeat-window=1ms \
    --healthcode.account.otp-per-requester-per-hour=1000000 >"$WORK/node-$1.log" 2>&1 &
  NODE_PIDS+=($!)
  eval "PID_$1=$!"
  for i in $(seq 1 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:$1/actuator/health" 2>/dev/null && return 0
    kill -0 "$(eval echo \$PID_$1)" 2>/dev/null || { echo "node $1 did not start:"; tail -20 "$WORK/node-$1.log"; exit 1; }
    sleep 0.5
  done
  echo "node $1 did not answer within 120 s"; exit 1
}
echo "== app nodes :$NODE_A and :$NODE_B"
start_node $NODE_A
start_node $NODE_B
CURRENT_PRIMARY=$PRIMARY_PORT

await_gone() { for i in $(seq 1 100); do [ -z "$(servers_of "$1")" ] && return 0; sleep 0.1; done; for p in $(servers_of "$1"); do kill -9 "$p" 2>/dev/null || true; done; }

fault_a() {
  kill -9 "$PID_8183"; echo "killed node A at +$(( ($(now_ms) - LOAD_START) / 1000 )) s"
  local t0; t0=$(now_ms); start_node $NODE_A; echo "node A up again after $(( ($(now_ms) - t0) / 1000 )) s (same data folder, no cleanup)"
}
fault_b() {
  kill -9 "$(postmaster_of primary)"; await_gone primary
  start_primary; now_ms > "$OUT/back"; echo "primary killed with -9 and started again"
}
fault_c() {
  local pids; pids="$(postmaster_of primary) $(ps -o pid= --ppid "$(postmaster_of primary)" | tr '\n' ' ')"
  kill -STOP $pids; echo "primary stopped (SIGSTOP) for 15 s"; sleep 15; kill -CONT $pids; now_ms > "$OUT/back"
}
fault_d() {
  kill -9 "$(postmaster_of primary)"; for p in $(servers_of primary); do kill -9 "$p" 2>/dev/null || true; done
  as_pg "$PGBIN/pg_ctl" -D "$WORK/standby" -w -t 60 promote >/dev/null
  now_ms > "$OUT/back"; CURRENT_PRIMARY=$STANDBY_PORT; echo "primary killed with -9, standby promoted"
}

run() { # scenario letter
  OUT="$WORK/scenario-$1"; mkdir -p "$OUT"
  java -cp "$CP" org.healthcode.bench.FaultLoad $NODE_A $NODE_B "$SECONDS_PER_SCENARIO" "$CLIENTS" "$OUT" >"$OUT/load.txt" 2>"$OUT/load.err" &
  local load=$!
  for i in $(seq 1 600); do [ -f "$OUT/ready" ] && break; kill -0 $load 2>/dev/null || { cat "$OUT/load.err"; exit 1; }; sleep 0.2; done
  LOAD_START=$(cat "$OUT/ready")
  sleep $FAULT_AT
  "fault_$1"
  wait $load
  local ids; ids=$(paste -sd, "$OUT/acknowledged.txt")
  local acknowledged; acknowledged=$(grep -c . "$OUT/acknowledged.txt" || true)
  local found; found=$(sql $CURRENT_PRIMARY "select count(*) from checkin where id = any('{${ids}}'::bigint[])")
  echo "-- scenario $1: acknowledged=$acknowledged found=$found lost=$((acknowledged - found))"
  sed 's/^/   /' "$OUT/load.txt"
  echo "   configured wait: checkin.batch.max-wait=$MAX_WAIT, pool connection-timeout=3s, client timeout 30s"
}

for s in ${SCENARIOS//,/ }; do
  echo "== scenario $s"
  run "$s"
done
