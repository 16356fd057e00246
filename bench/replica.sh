#!/usr/bin/env bash
# A read replica on this machine: makes a PostgreSQL streaming standby of the local cluster
# (pg_basebackup into a second cluster on port 5433), starts ClaimTracker on a fresh demo database
# without and then with CLAIMTRACKER_REPLICA_URL, loads searches and the API's reads (which the page
# cache does not keep) for 30 s each with wrk, and prints the throughput and how many transactions each
# server ran. Removes the standby at the end (KEEP_REPLICA=1 keeps it). Run as root, after
# ./mvnw -DskipTests package. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(ls /etc/postgresql | sort -V | tail -n 1)
jar=$(ls target/claimtracker-*.jar | head -n 1)
tools=${TOOLS:-../shared/tools}
db=replica_bench port=18395 secs=${SECS:-30}
psqlq() { psql -X -q -t -A -h 127.0.0.1 -U postgres "$@"; }

# Replication connections from loopback, as the test cluster trusts its other connections.
hba=/etc/postgresql/$version/main/pg_hba.conf
if ! grep -q '^host *replication *all *127.0.0.1/32' "$hba"; then
  echo "host replication all 127.0.0.1/32 trust" >> "$hba"
  pg_ctlcluster --skip-systemctl-redirect "$version" main reload
fi
if pg_lsclusters -h | grep -q "^$version *replica "; then
  pg_dropcluster --stop "$version" replica
fi
pg_createcluster "$version" replica -p 5433 > /dev/null
cp "$hba" "/etc/postgresql/$version/replica/pg_hba.conf"   # the same access as the primary
find "/var/lib/postgresql/$version/replica" -mindepth 1 -delete
runuser -u postgres -- pg_basebackup -h 127.0.0.1 -p 5432 -U postgres -D "/var/lib/postgresql/$version/replica" \
  -R -X stream -c fast
pg_ctlcluster --skip-systemctl-redirect "$version" replica start
cleanup() {
  [ -n "${app:-}" ] && kill "$app" 2> /dev/null || true
  [ "${KEEP_REPLICA:-0}" = 1 ] || pg_dropcluster --stop "$version" replica
}
trap cleanup EXIT
echo "standby on 5433 in recovery: $(psqlq -p 5433 -d postgres -c 'select pg_is_in_recovery()')"

psqlq -c "drop database if exists $db with (force)" -c "create database $db owner claimtracker"
start() {
  env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SERVER_PORT=$port MANAGEMENT_SERVER_PORT=18396 \
    CLAIMTRACKER_ADMIN_USERNAME=replica-admin "CLAIMTRACKER_ADMIN_PASSWORD=copper kettle drifts north" \
    SPRING_PROFILES_ACTIVE=demo "$@" java -Xmx512m -jar "$jar" > /tmp/replica-bench-app.log 2>&1 &
  app=$!
  for _ in $(seq 600); do grep -q "Started ClaimTrackerApplication" /tmp/replica-bench-app.log && return; sleep 0.2; done
  echo "the app did not start: /tmp/replica-bench-app.log" >&2; exit 1
}
commits() { psqlq -p "$1" -d postgres -c "select xact_commit from pg_stat_database where datname = '$db'"; }
measure() {
  local label=$1 primary0 replica0
  primary0=$(commits 5432) replica0=$(commits 5433)
  for path in "/search?q=police" "/api/v1/claims"; do
    echo "$label $path $(WARMUP=5 "$tools/load" "http://127.0.0.1:$port$path" "$secs" 32 | tail -n 1)"
  done
  echo "$label transactions: primary $(( $(commits 5432) - primary0 )), replica $(( $(commits 5433) - replica0 ))"
}

start                                   # first start: schema and demo data, on the primary
for _ in $(seq 300); do                 # until the demo data is in, and the standby has replayed it
  [ "$(psqlq -p 5433 -d "$db" -c 'select count(*) from quote' 2> /dev/null || echo 0)" -gt 0 ] && break; sleep 0.2
done
measure "primary only"
kill "$app"; wait "$app" 2> /dev/null || true
start CLAIMTRACKER_REPLICA_URL="jdbc:postgresql://127.0.0.1:5433/$db"
measure "with replica"
