#!/usr/bin/env bash
# Times one search step by step in one JVM (search service, + Spring MVC and template, + Spring
# Security, + HTTP) on the benchmark database (see generate-corpus.sh) and prints p50/p95 of each.
# Usage: bench/split-request.sh [query]   (default: the benchmark's first rare word)
set -euo pipefail
cd "$(dirname "$0")/.."
db=${CLAIMTRACKER_BENCH_DB:-claimtracker_bench}
args="jdbc:postgresql://127.0.0.1:5432/$db"
if [ $# -gt 0 ]; then args="$args $1"; fi
./mvnw -B -q test-compile
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.claimtracker.bench.RequestSplit \
  -Dexec.args="$args"
