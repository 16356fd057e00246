#!/usr/bin/env bash
# Creates (or recreates) the benchmark database and fills it with the synthetic corpus.
# Usage: bench/generate-corpus.sh [quotes]   (default 1000000; database claimtracker_bench)
set -euo pipefail
cd "$(dirname "$0")/.."
quotes=${1:-1000000}
db=${CLAIMTRACKER_BENCH_DB:-claimtracker_bench}
export PGPASSWORD=${PGPASSWORD:-claimtracker}
psql -h 127.0.0.1 -U claimtracker -d postgres -q -c "drop database if exists $db with (force)" -c "create database $db"
./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.claimtracker.bench.CorpusGenerator \
  -Dexec.args="jdbc:postgresql://127.0.0.1:5432/$db claimtracker claimtracker $quotes"
