#!/usr/bin/env bash
# Makes the reference warehouse in a running OFBiz (GUIDE §7): deterministic, sized by parameters.
# Usage: OFBIZ_URL=https://localhost:8443 reference-warehouse.sh [FACILITY_ID] [LOCATIONS] [PRODUCTS] [ITEMS] [DETAILS_PER_ITEM]
# Defaults: PI_REF 2000 20000 100000 10 (about 1,000,000 inventory item details). OFBiz's CSRF defence must be off.
set -euo pipefail
url="${OFBIZ_URL:-https://localhost:8443}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
curl -sk --http1.1 -c "$jar" -b "$jar" -o /dev/null "$url/physinv/control/main"
curl -sk --http1.1 -c "$jar" -b "$jar" -o /dev/null -d USERNAME="${OFBIZ_USER:-admin}" -d PASSWORD="${OFBIZ_PASSWORD:-ofbiz}" \
    "$url/physinv/control/login"
curl -sk --http1.1 -c "$jar" -b "$jar" --max-time 14400 -d facilityId="${1:-PI_REF}" -d locations="${2:-2000}" -d products="${3:-20000}" \
    -d items="${4:-100000}" -d detailsPerItem="${5:-10}" "$url/physinv/control/generatePiReferenceWarehouse" \
    | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g'
