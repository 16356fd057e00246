#!/usr/bin/env bash
# The load and fault harness (docs/performance.md#the-load-and-fault-harness). On a fresh demo
# database, three runs of mixed traffic (bench/harness/mixed.lua: 80 % pages, 15 % searches, 5 % edits
# through the API):
#   1. one instance, CONNS connections (200) for DURATION seconds (300);
#   2. the same for FAULT_SECS (60) while PostgreSQL restarts: how long after the database is back the
#      app answers again, and whether every write it acknowledged is in the database;
#   3. two instances on the one database, half the connections each, for FAULT_SECS: an edit on one
#      reaching the other's kept page, and a session from one signed in on the other.
# Run as root (it restarts the local PostgreSQL) after ./mvnw -DskipTests package. Loopback only; it
# stops the apps it started. Output: one line per figure.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(ls /etc/postgresql | sort -V | tail -n 1)
jar=$(ls target/claimtracker-*.jar | head -n 1)
here=bench/harness
DURATION=${DURATION:-300} CONNS=${CONNS:-200} FAULT_SECS=${FAULT_SECS:-60}
db=harness first=18401 second=18402
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
psqlq() { psql -X -q -t -A -h 127.0.0.1 -U postgres "$@"; }
now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

start() {
  local port=$1
  env SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:5432/$db" SERVER_PORT="$port" \
    CLAIMTRACKER_ADMIN_USERNAME=harness-admin "CLAIMTRACKER_ADMIN_PASSWORD=copper kettle drifts north" \
    MANAGEMENT_SERVER_PORT=$(( port + 1000 )) SPRING_PROFILES_ACTIVE=demo java -Xmx512m -jar "$jar" > "/tmp/harness-$port.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 900); do grep -q "Started ClaimTrackerApplication" "/tmp/harness-$port.log" && return; sleep 0.2; done
  echo "the app on $port did not start: /tmp/harness-$port.log" >&2; exit 1
}
# wrk with the mixed script against one instance; its last line is the summary.
mixed() {
  local port=$1 conns=$2 secs=$3 run=$4
  HARNESS_PAGES="$work/pages" HARNESS_TOKEN="$token" HARNESS_RUN="$run" \
    wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s -s "$here/mixed.lua" "http://127.0.0.1:$port" | tail -n 1
}
stored() { psqlq -d "$db" -c "select count(*) from claim where statement like 'Harness $1 claim %'"; }
acknowledged() { sed -n 's/.*acknowledged_writes=\([0-9]*\).*/\1/p' <<< "$1"; }

psqlq -c "drop database if exists $db with (force)" -c "create database $db owner claimtracker"
start $first
# the demo data and the admin account come just after the app has started
until [ "$(psqlq -d "$db" -c "select count(*) from quote where status = 'PUBLISHED'")" -gt 0 ] \
  && [ "$(psqlq -d "$db" -c "select count(*) from app_user where username = 'harness-admin'")" = 1 ]; do sleep 0.2; done
token="ct_harness$(date +%s%N)"
psqlq -d "$db" -c "insert into api_token (user_id, name, token_hash) select id, 'harness',
  encode(sha256('$token'::bytea), 'hex') from app_user where username = 'harness-admin'"
{
  echo "/"
  psqlq -d "$db" -c "select '/articles/' || id from article where status = 'PUBLISHED'
    union all select '/claims/' || id from claim where status = 'PUBLISHED'
    union all select '/quotes/' || id from quote where status = 'PUBLISHED'
    union all select '/people/' || id from person where status = 'PUBLISHED'
    union all select '/races/' || id from race where status = 'PUBLISHED'"
} > "$work/pages"
echo "pages in the mix: $(wc -l < "$work/pages")"

# 1. Mixed traffic on one instance.
summary=$(mixed $first "$CONNS" "$DURATION" steady)
echo "mixed ${CONNS}c ${DURATION}s: $summary"
echo "mixed writes: acknowledged $(acknowledged "$summary"), stored $(stored steady)"

# 2. PostgreSQL restarts a third of the way into the load (RESTART=0 skips this, when other work
# shares the cluster).
if [ "${RESTART:-1}" = 1 ]; then
mixed $first "$CONNS" "$FAULT_SECS" restart > "$work/restart" &
load=$!
sleep $(( FAULT_SECS / 3 ))
pg_ctlcluster --skip-systemctl-redirect "$version" main restart
until pg_isready -q -h 127.0.0.1 -p 5432; do sleep 0.05; done
back=$(now_ms)
until curl -fs -o /dev/null "http://127.0.0.1:$first/api/v1/claims?size=1"; do sleep 0.05; done
echo "restart: the app answered $(( $(now_ms) - back )) ms after PostgreSQL was back"
wait $load
echo "restart load: $(cat "$work/restart")"
echo "restart writes: acknowledged $(acknowledged "$(cat "$work/restart")"), stored $(stored restart)"
fi

# 3. Two instances on one database.
start $second
mixed $first $(( CONNS / 2 )) "$FAULT_SECS" two-a > "$work/two-a" &
loads=($!)
mixed $second $(( CONNS / 2 )) "$FAULT_SECS" two-b > "$work/two-b" &
loads+=($!)
sleep 5
person=$(psqlq -d "$db" -c "select id from person where status = 'PUBLISHED' order by id limit 1")
curl -fs -o /dev/null "http://127.0.0.1:$second/people/$person"
curl -fs -o /dev/null "http://127.0.0.1:$second/people/$person"
details=$(curl -fs "http://127.0.0.1:$first/api/v1/people/$person")
name="$(jq -r .name <<< "$details") (checked $(date +%s))"
curl -fs -o /dev/null -X PUT -H "Authorization: Bearer $token" -H "If-Match: *" -H "Content-Type: application/json" \
  --data "$(jq -c --arg name "$name" '{name: $name, party: .party, description: .description}' <<< "$details")" \
  "http://127.0.0.1:$first/api/v1/people/$person"
sent=$(now_ms)                          # acknowledged by the first instance
until curl -fs "http://127.0.0.1:$second/people/$person" | grep -qF "$name"; do
  [ $(( $(now_ms) - sent )) -lt 10000 ] || { echo "two instances: the edit did not reach the other's page in 10 s"; break; }
  sleep 0.01
done
echo "two instances: an edit on one showed on the other's kept page after $(( $(now_ms) - sent )) ms"
form=$(curl -fs -c "$work/jar" "http://127.0.0.1:$first/login")
csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<< "$form" | sed 's/.*value="//; s/"$//')
curl -fs -o /dev/null -b "$work/jar" -c "$work/jar" --data-urlencode "username=harness-admin" \
  --data-urlencode "password=copper kettle drifts north" --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$first/login"
desk=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/jar" "http://127.0.0.1:$second/editor")
echo "two instances: signed in on one, the other's editor desk answered $desk"
wait "${loads[@]}"
echo "two instances load a: $(cat "$work/two-a")"
echo "two instances load b: $(cat "$work/two-b")"
echo "two instances writes: acknowledged $(( $(acknowledged "$(cat "$work/two-a")") + $(acknowledged "$(cat "$work/two-b")") )), stored $(( $(stored two-a) + $(stored two-b) ))"
