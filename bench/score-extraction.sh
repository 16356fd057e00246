#!/bin/sh
# Scores the quote extractor of a running app against real annotated news (PolNeAR, kept outside
# the repository beside it in ../shared/eval, as the scorer's README describes) and prints the
# scorer's figures: span precision, recall and F1, speaker accuracy and wrong and missing speakers.
#
#   bench/score-extraction.sh [BASE_URL] [SPLIT] [LIMIT]    defaults: http://127.0.0.1:8080 dev
#
# SCORE_QUOTES names the scorer if it is elsewhere. Raise the app's extraction rate limit for a
# quick run (claimtracker.extract.rate.capacity and claimtracker.extract.rate.per-minute); the
# scorer waits out 429 answers otherwise.
set -e
cd "$(dirname "$0")/.."
base=${1:-http://127.0.0.1:8080}
split=${2:-dev}
scorer=${SCORE_QUOTES:-}
if [ -z "$scorer" ]; then
	for candidate in ../shared/eval/score-quotes ../../shared/eval/score-quotes; do
		if [ -x "$candidate" ] || [ -f "$candidate" ]; then
			scorer=$candidate
			break
		fi
	done
fi
if [ -z "$scorer" ]; then
	echo "score-quotes not found: set SCORE_QUOTES to its path" >&2
	exit 2
fi
if ! curl -fsS -o /dev/null -H 'Content-Type: text/plain' --data-binary 'x' "$base/api/v1/extract"; then
	echo "no app answering POST $base/api/v1/extract" >&2
	exit 2
fi
if [ -n "$3" ]; then
	python3 "$scorer" "$base" "$split" "$3"
else
	python3 "$scorer" "$base" "$split"
fi
