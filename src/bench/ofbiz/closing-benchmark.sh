#!/usr/bin/env bash
# Closing benchmark against a running OFBiz (not a test, not in CI): a stock closing of a benchmark facility (made by
# reference-warehouse.sh) against its floor, one SQL aggregate over the same rows, alternately in one run.
# Usage: OFBIZ_URL=https://localhost:8443 closing-benchmark.sh [FACILITY_ID] [CLOSING_DATE] [ROUNDS]
# Defaults: PI_REF 2026-10-31 3. Works with OFBiz's CSRF defence on or off.
set -euo pipefail
url="${OFBIZ_URL:-https://localhost:8443}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
curl -sk --http1.1 -c "$jar" -b "$jar" -o /dev/null "$url/physinv/control/main"
curl -sk --http1.1 -c "$jar" -b "$jar" -o /dev/null -d USERNAME="${OFBIZ_USER:-admin}" -d PASSWORD="${OFBIZ_PASSWORD:-ofbiz}" \
    "$url/physinv/control/login"
token="$(curl -sk --http1.1 -c "$jar" -b "$jar" "$url/physinv/control/main" | sed -n 's/.*<meta name="csrf-token" content="\([^"]*\)".*/\1/p' | head -1)"
curl -sk --http1.1 -c "$jar" -b "$jar" --max-time 14400 -H "X-Requested-With: XMLHttpRequest" -H "X-CSRF-Token: $token" \
    -d facilityId="${1:-PI_REF}" -d closingDate="${2:-2026-10-31}" -d rounds="${3:-3}" "$url/physinv/control/runPiClosingBenchmark" \
    | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g'
