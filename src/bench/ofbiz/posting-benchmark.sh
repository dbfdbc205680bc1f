#!/usr/bin/env bash
# Posting benchmark against a running OFBiz (not a test, not in CI): OFBiz's own path, ours, a real posting (ours, of an
# inventory that went through counting, stock-after snapshot included) and the floor, on disjoint items of a benchmark
# facility (made by the reference warehouse generator), in one run. PATHS: comma-separated ofbiz, ours, real, job, floor
# (job: a real posting started as a job with startPiPosting, timed until its progress says DONE).
# Usage: OFBIZ_URL=https://localhost:8443 posting-benchmark.sh FACILITY_ID [ROWS] [PATHS]
# Works with OFBiz's CSRF defence on or off.
set -euo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
facility="${1:?usage: posting-benchmark.sh FACILITY_ID [ROWS] [PATHS]}"
rows="${2:-10000}"
paths="${3:-ofbiz,ours,real,floor}"
ofbiz_login
ofbiz_post runPiPostingBenchmark -d facilityId="$facility" -d rows="$rows" -d paths="$paths" \
    | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g'
