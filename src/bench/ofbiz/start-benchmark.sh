#!/usr/bin/env bash
# Start benchmark against a running OFBiz (not a test, not in CI): the one-step start of a benchmark facility (made by
# reference-warehouse.sh) split every N locations, against the same lines made as today (one list over the whole facility,
# generatePiCountLines), and that line generation against its floor (the same rows written again through the entity
# engine, nothing checked), alternating in one run; every inventory made is cancelled, so it can run again.
# Usage: OFBIZ_URL=https://localhost:8443 start-benchmark.sh [FACILITY_ID] [LOCATIONS_PER_LIST] [ROUNDS] [COUNTERS] [PATHS]
# Defaults: PI_REF 40 (50 lists of the reference warehouse's 2,000 locations) 1 10 generation,floor,start.
# Works with OFBiz's CSRF defence on or off.
set -euo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
ofbiz_login
ofbiz_post runPiStartBenchmark -d facilityId="${1:-PI_REF}" -d locationsPerList="${2:-40}" -d rounds="${3:-1}" -d counters="${4:-10}" \
    -d paths="${5:-generation,floor,start}" \
    | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g'
