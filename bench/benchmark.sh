#!/bin/sh
# Measures the quote extractor's speed on one core, in MB of article text per second.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
java -cp target/classes:target/test-classes org.claimtracker.extraction.ExtractionBenchmark
