#!/usr/bin/env bash
# Closing benchmark against a running OFBiz (not a test, not in CI): a stock closing of a benchmark facility (made by
# reference-warehouse.sh) against its floor, one SQL aggregate over the same rows, alternately in one run; prints each
# round, then the median and the best round of each and their ratios. By LIFO, a first closing at CARRIED_FROM_DATE is made
# from the whole history and confirmed (it stays in the database), and each round runs the floor, the closing from the whole
# history and the closing carried forward from that first one.
# Usage: OFBIZ_URL=https://localhost:8443 closing-benchmark.sh [FACILITY_ID] [CLOSING_DATE] [ROUNDS] [METHOD] [CARRIED_FROM_DATE]
# Defaults: PI_REF 2026-10-31 5, the organisation's valuation method (FIFO, LIFO, AVERAGE, LAST_COST, STANDARD), four weeks
# before CLOSING_DATE. Compare databases on the same number of rounds. Works with OFBiz's CSRF defence on or off.
set -euo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
ofbiz_login
ofbiz_post runPiClosingBenchmark -d facilityId="${1:-PI_REF}" -d closingDate="${2:-2026-10-31}" -d rounds="${3:-5}" -d valuationMethod="${4:-}" \
    -d carriedFromDate="${5:-}" \
    | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g'
