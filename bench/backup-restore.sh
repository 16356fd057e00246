#!/usr/bin/env bash
# Backup and restore, checked: dumps a ClaimTracker database with pg_dump (custom format), restores
# the dump into a fresh database with pg_restore, then checks that the copy is the same database:
#   - every table has as many rows, and the same rows (a digest of each table's rows, for tables of
#     up to DIGEST_MAX_ROWS rows), and every sequence stands where it stood;
#   - a sample of pages and API answers (articles, claims, people, quotes, the home page, a search)
#     is byte for byte the same from an app on the copy as from an app on the original.
# It starts those two apps itself (the built jar, on loopback ports, imports not resumed) and stops
# them when it ends, whatever happens. The last line says OK or FAILED, with the figures.
#
# Usage: bench/backup-restore.sh [database]          (default claimtracker)
# Environment:
#   PGHOST, PGPORT, PGUSER   a role that may create databases and read every table (default
#                            127.0.0.1, 5432, postgres); PGPASSWORD if it needs one
#   RESTORED_DB              the fresh database (default <database>_restored; dropped first if there)
#   BACKUP_FILE              where the dump goes (default a temporary file, deleted at the end)
#   APP_USER, APP_PASSWORD   the app's role (default claimtracker / claimtracker), owner of the copy
#   SAMPLE                   pages of each kind compared (default 5)
#   PORTS                    four free loopback ports for the two apps and their management servers
#                            (default "18181 18182 18191 18192")
#   DIGEST_MAX_ROWS          tables larger than this are compared by count only (default 1000000)
#   PAGES=0                  skips the page comparison (no app started)
set -euo pipefail
cd "$(dirname "$0")/.."

source_db=${1:-claimtracker}
restored_db=${RESTORED_DB:-${source_db}_restored}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
app_user=${APP_USER:-claimtracker}
app_password=${APP_PASSWORD:-claimtracker}
sample=${SAMPLE:-5}
digest_max=${DIGEST_MAX_ROWS:-1000000}
read -r source_port restored_port source_mgmt restored_mgmt <<<"${PORTS:-18181 18182 18191 18192}"
jar=target/claimtracker-0.1.0-SNAPSHOT.jar
work=$(mktemp -d)
backup=${BACKUP_FILE:-$work/$source_db.dump}
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "backup-restore: FAILED: $*"
  exit 1
}

if [ "$restored_db" = "$source_db" ]; then
  fail "the fresh database must not be the original"
fi
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -d "$1" -c "$2"; }

# 1. Dump
started=$(date +%s.%N)
pg_dump -Fc -d "$source_db" -f "$backup"
dumped=$(date +%s.%N)
size=$(stat -c %s "$backup")
echo "dumped $source_db to $backup: $size bytes in $(printf '%.1f' "$(echo "$dumped - $started" | bc)") s"

# 2. Restore into a fresh database
psql -X -q -v ON_ERROR_STOP=1 -d postgres \
  -c "drop database if exists \"$restored_db\" with (force)" \
  -c "create database \"$restored_db\" owner \"$app_user\""
pg_restore --exit-on-error -d "$restored_db" "$backup"
restored=$(date +%s.%N)
echo "restored into $restored_db in $(printf '%.1f' "$(echo "$restored - $dumped" | bc)") s"

# 3. Tables: counts, and a digest of the rows in a fixed order
tables=$(sql "$source_db" "select format('%I.%I', schemaname, tablename) from pg_tables
  where schemaname not in ('pg_catalog', 'information_schema') order by 1")
restored_tables=$(sql "$restored_db" "select format('%I.%I', schemaname, tablename) from pg_tables
  where schemaname not in ('pg_catalog', 'information_schema') order by 1")
[ "$tables" = "$restored_tables" ] || fail "the copy's tables differ: $(diff <(echo "$tables") <(echo "$restored_tables") | tr '\n' ' ')"
table_count=0
rows=0
digested=0
for table in $tables; do
  a=$(sql "$source_db" "select count(*) from $table")
  b=$(sql "$restored_db" "select count(*) from $table")
  [ "$a" = "$b" ] || fail "$table has $a rows, its copy $b"
  if [ "$a" -le "$digest_max" ]; then
    digest="select md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) from $table t"
    [ "$(sql "$source_db" "$digest")" = "$(sql "$restored_db" "$digest")" ] || fail "$table's rows differ from its copy's"
    digested=$((digested + 1))
  fi
  table_count=$((table_count + 1))
  rows=$((rows + a))
done
sequences="select string_agg(format('%I.%I=%s', schemaname, sequencename, last_value), ' ' order by schemaname, sequencename)
  from pg_sequences where schemaname not in ('pg_catalog', 'information_schema')"
[ "$(sql "$source_db" "$sequences")" = "$(sql "$restored_db" "$sequences")" ] || fail "sequences differ"
echo "tables: $table_count alike ($rows rows; $digested compared row by row), sequences alike"

# 4. Pages: one app on each database, the same pages asked of both
pages=0
if [ "${PAGES:-1}" != 0 ]; then
  [ -f "$jar" ] || ./mvnw -B -q -DskipTests package
  for port in "$source_port" "$restored_port" "$source_mgmt" "$restored_mgmt"; do
    if ss -ltn | awk '{print $4}' | grep -qE "[:.]$port\$"; then fail "port $port is taken: set PORTS"; fi
  done
  start_app() { # database port management-port
    java -Xmx512m -XX:TieredStopAtLevel=1 -jar "$jar" \
      --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$1" \
      --spring.datasource.username="$app_user" --spring.datasource.password="$app_password" \
      --server.address=127.0.0.1 --server.port="$2" \
      --management.server.address=127.0.0.1 --management.server.port="$3" \
      --claimtracker.public-url=https://claims.example.org \
      --claimtracker.import.resume-at-start=false --spring.flyway.enabled=false \
      --logging.level.root=WARN >"$work/app-$2.log" 2>&1 &
    pids+=($!)
  }
  start_app "$source_db" "$source_port" "$source_mgmt"
  start_app "$restored_db" "$restored_port" "$restored_mgmt"
  for mgmt in "$source_mgmt" "$restored_mgmt"; do
    for _ in $(seq 1 180); do
      curl -sf "http://127.0.0.1:$mgmt/actuator/health/readiness" >/dev/null && break
      sleep 1
    done
    curl -sf "http://127.0.0.1:$mgmt/actuator/health/readiness" >/dev/null \
      || fail "the app on port $mgmt is not ready after 3 minutes: $(tail -5 "$work"/app-*.log)"
  done
  ids() { sql "$source_db" "select id from $1 where status = 'PUBLISHED' order by random() limit $sample"; }
  paths=(/ "/search?q=said" /claims /articles)
  for id in $(ids article); do paths+=("/articles/$id" "/api/v1/articles/$id"); done
  for id in $(ids claim); do paths+=("/claims/$id" "/api/v1/claims/$id"); done
  for id in $(ids person); do paths+=("/people/$id" "/api/v1/people/$id"); done
  for id in $(ids quote); do paths+=("/quotes/$id" "/api/v1/quotes/$id"); done
  for path in "${paths[@]}"; do
    a=$(curl -s -w '\n%{http_code}' "http://127.0.0.1:$source_port$path")
    b=$(curl -s -w '\n%{http_code}' "http://127.0.0.1:$restored_port$path")
    [ "${a##*$'\n'}" = 200 ] || fail "$path answers ${a##*$'\n'} on the original"
    [ "$a" = "$b" ] || fail "$path differs on the copy"
    pages=$((pages + 1))
  done
  echo "pages: $pages alike (${paths[*]})"
fi

echo "backup-restore: OK: $source_db dumped ($size bytes) and restored into $restored_db in" \
  "$(printf '%.1f' "$(echo "$restored - $started" | bc)") s; $table_count tables, $rows rows and $pages pages alike"
