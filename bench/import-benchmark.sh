#!/usr/bin/env bash
# Bulk import benchmark: generates realistic input (5 KB articles with attributed quotes,
# claims with speakers, topics and ratings), imports it with the import command into a fresh
# database, and prints the figures: records a second as the import counts them (from its
# start to its end, extraction and review queue included), and the whole command's time
# with the JVM's start.
# Usage: bench/import-benchmark.sh [articles] [claims]   (default 20000 and 50000)
# Environment: CLAIMTRACKER_BENCH_DB (default claimtracker_import_bench), JAVA_OPTS (default -Xmx256m).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-20000}
claims=${2:-50000}
db=${CLAIMTRACKER_BENCH_DB:-claimtracker_import_bench}
java_opts=${JAVA_OPTS:--Xmx256m}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PGPASSWORD=${PGPASSWORD:-claimtracker}

[ -f target/claimtracker-0.1.0-SNAPSHOT.jar ] || ./mvnw -B -q -DskipTests package
psql -h 127.0.0.1 -U claimtracker -d postgres -q -c "drop database if exists $db with (force)" -c "create database $db"
python3 bench/import-input.py "$work" "$articles" "$claims"
ls -l "$work"

run() {
  local label=$1 file=$2 started ended
  started=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $java_opts -jar target/claimtracker-0.1.0-SNAPSHOT.jar import "$file" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" --logging.level.root=WARN \
    --claimtracker.admin.password="copper kettle drifts north" | grep -E "^Import [0-9]+ " | tee "$work/$label.out"
  ended=$(date +%s.%N)
  awk -v label="$label" -v wall="$(echo "$ended - $started" | bc)" '
    { for (i = 1; i <= NF; i++) { if ($i == "added") a = $(i+1); if ($i == "unchanged") u = $(i+1); if ($i == "in") s = $(i+1) } }
    END { gsub(",", "", a); gsub(",", "", u); n = a + u;
          printf "%s: %d records in %.1f s of import (%.0f a second); %.1f s with the JVM start\n", label, n, s, n / s, wall }' \
    "$work/$label.out"
}

run "articles, first import" "$work/articles.jsonl"
run "articles, same file again" "$work/articles.jsonl"
run "claims, first import" "$work/claims.csv"
