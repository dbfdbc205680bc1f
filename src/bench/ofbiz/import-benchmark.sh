#!/usr/bin/env bash
# Import benchmark against a running OFBiz (not a test, not in CI): one count on each of ROWS lines of a benchmark facility
# (made by the reference warehouse generator), recorded by importing a CSV file (upload, preview, apply) and through the
# counting API's store as recordPiCount writes each read (a short transaction per read), each run on a fresh list.
# PATHS: comma-separated import, api (e.g. import,api,import,api alternates them).
# Usage: OFBIZ_URL=https://localhost:8443 import-benchmark.sh FACILITY_ID [ROWS] [PATHS]
# Works with OFBiz's CSRF defence on or off.
set -euo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
facility="${1:?usage: import-benchmark.sh FACILITY_ID [ROWS] [PATHS]}"
rows="${2:-50000}"
paths="${3:-import,api}"
ofbiz_login
ofbiz_post runPiImportBenchmark -d facilityId="$facility" -d rows="$rows" -d paths="$paths" \
    | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g'
