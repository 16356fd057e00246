#!/bin/sh
# Scores the quote extractor on the gold set (src/test/resources/extraction/gold):
# precision, recall and F1 per kind (exact and overlapping spans) and speaker accuracy.
# Pass --errors to list every miss, extra proposal and wrong speaker.
set -e
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile
java -cp target/classes:target/test-classes org.claimtracker.extraction.GoldReport "$@"
