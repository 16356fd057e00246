#!/usr/bin/env bash
# Startup to the first 200, ClaimTracker against spring-petclinic in the same run: each started three
# times in turn on its own database, ClaimTracker both as a plain `java -jar` and the way the
# Dockerfile starts it (the jar extracted, with a class data sharing archive made by a training run).
# Usage: bench/startup.sh PETCLINIC_JAR [JAVA_OPTS...]   (build ClaimTracker first: ./mvnw -DskipTests package)
# Needs the PostgreSQL the tests use (127.0.0.1:5432, superuser postgres). Loopback only; stops what it starts.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { echo "usage: bench/startup.sh PETCLINIC_JAR [JAVA_OPTS...]" >&2; exit 2; }
pc_jar=$(realpath "$1"); shift
opts=("$@")
ct_jar=$(ls target/claimtracker-*.jar | grep -v plain | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
psqlq() { psql -X -q -t -A -h 127.0.0.1 -U postgres "$@"; }
for role in petclinic claimtracker; do
  psqlq -c "do \$\$begin if not exists (select from pg_roles where rolname='$role') then create role $role login password '$role'; end if; end\$\$"
done
for db in startup_pc:petclinic startup_ct:claimtracker; do
  psqlq -c "drop database if exists ${db%%:*} with (force)" -c "create database ${db%%:*} owner ${db##*:}"
done

pc_run() {
  java "${opts[@]}" -jar "$pc_jar" --server.port=18290 --spring.profiles.active=postgres \
    --spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/startup_pc \
    --spring.datasource.username=petclinic --spring.datasource.password=petclinic
}
ct_env=(SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/startup_ct SERVER_PORT=18295 MANAGEMENT_SERVER_PORT=18296
  CLAIMTRACKER_ADMIN_USERNAME=startup-admin "CLAIMTRACKER_ADMIN_PASSWORD=copper kettle drifts north")
ct_plain() { env "${ct_env[@]}" java "${opts[@]}" -jar "$ct_jar"; }
ct_cds() { env "${ct_env[@]}" java "${opts[@]}" -XX:SharedArchiveFile="$work/app/claimtracker.jsa" -jar "$work/app/$(basename "$ct_jar")"; }

# Milliseconds from launch to the first 200 on /, then stops the app.
timed() {
  local port=$1; shift
  local t0; t0=$(date +%s%N)
  "$@" > "$work/log" 2>&1 &
  local pid=$!
  for _ in $(seq 1200); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.05; done
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
  kill "$pid"; wait "$pid" 2> /dev/null || true
}

# First starts make the schemas and load the demo data: not timed. The training run starts the
# context on the migrated database and stops once it is refreshed, writing the archive at exit.
timed 18290 pc_run > /dev/null
timed 18295 ct_plain > /dev/null
java -Djarmode=tools -jar "$ct_jar" extract --destination "$work/app" > /dev/null
env "${ct_env[@]}" java "${opts[@]}" -XX:ArchiveClassesAtExit="$work/app/claimtracker.jsa" \
  -Dspring.context.exit=onRefresh -jar "$work/app/$(basename "$ct_jar")" > "$work/training.log" 2>&1

pc=() ct=() cds=()
for run in 1 2 3; do
  pc+=("$(timed 18290 pc_run)"); ct+=("$(timed 18295 ct_plain)"); cds+=("$(timed 18295 ct_cds)")
  echo "run $run: petclinic ${pc[-1]} ms, claimtracker ${ct[-1]} ms, claimtracker with CDS ${cds[-1]} ms"
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
pcm=$(median "${pc[@]}") ctm=$(median "${ct[@]}") cdsm=$(median "${cds[@]}")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
echo "startup median ms: petclinic=$pcm claimtracker=$ctm ($(ratio "$ctm" "$pcm")x)" \
  "claimtracker_cds=$cdsm ($(ratio "$cdsm" "$pcm")x)"
