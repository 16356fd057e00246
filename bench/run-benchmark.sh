#!/usr/bin/env bash
# Starts the app on the benchmark database (see generate-corpus.sh), runs the fixed query mix over
# HTTP and straight against PostgreSQL, prints p50/p95/p99 per class and index sizes, stops the app.
# Usage: bench/run-benchmark.sh [rounds]   (default 50 timed runs of each query)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-50}
db=${CLAIMTRACKER_BENCH_DB:-claimtracker_bench}
port=${CLAIMTRACKER_BENCH_PORT:-8091}
./mvnw -B -q package -DskipTests
java -Xmx1g -jar target/claimtracker-*.jar --server.port="$port" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$db" \
  > target/bench-app.log 2>&1 &
app=$!
trap 'kill $app' EXIT
for _ in $(seq 120); do curl -sf -o /dev/null "http://127.0.0.1:$port/search" && break; sleep 1; done
./mvnw -B -q exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.claimtracker.bench.Benchmark \
  -Dexec.args="http://127.0.0.1:$port jdbc:postgresql://127.0.0.1:5432/$db claimtracker claimtracker $rounds"
