#!/usr/bin/env bash
# Posting benchmark against a running OFBiz (not a test, not in CI): OFBiz's own path, ours and the floor, on
# disjoint items of a benchmark facility (made by the reference warehouse generator), in one run.
# Usage: OFBIZ_URL=https://localhost:8443 posting-benchmark.sh FACILITY_ID [ROWS] [PATHS]
# OFBiz's CSRF defence must be off (its default) for this script.
set -euo pipefail
url="${OFBIZ_URL:-https://localhost:8443}"
facility="${1:?usage: posting-benchmark.sh FACILITY_ID [ROWS] [PATHS]}"
rows="${2:-10000}"
paths="${3:-ofbiz,ours,floor}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
curl -sk --http1.1 -c "$jar" -b "$jar" -o /dev/null "$url/physinv/control/main"
curl -sk --http1.1 -c "$jar" -b "$jar" -o /dev/null -d USERNAME="${OFBIZ_USER:-admin}" -d PASSWORD="${OFBIZ_PASSWORD:-ofbiz}" \
    "$url/physinv/control/login"
curl -sk --http1.1 -c "$jar" -b "$jar" --max-time 14400 -d facilityId="$facility" -d rows="$rows" -d paths="$paths" \
    "$url/physinv/control/runPiPostingBenchmark" | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g'
