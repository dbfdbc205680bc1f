#!/usr/bin/env bash
# Makes the reference warehouse in a running OFBiz (GUIDE §7): deterministic, sized by parameters.
# Usage: OFBIZ_URL=https://localhost:8443 reference-warehouse.sh [FACILITY_ID] [LOCATIONS] [PRODUCTS] [ITEMS] [DETAILS_PER_ITEM] [OWNER]
# Defaults: PI_REF 2000 20000 100000 10 Company (about 1,000,000 inventory item details; 15 to 30 minutes on Derby).
# Logs in as OFBIZ_USER (default admin, who needs PHYSINV_ADMIN); works with OFBiz's CSRF defence on or off.
set -euo pipefail
url="${OFBIZ_URL:-https://localhost:8443}"
jar="$(mktemp)"
trap 'rm -f "$jar"' EXIT
curl -sk --http1.1 -c "$jar" -b "$jar" -o /dev/null "$url/physinv/control/main"
curl -sk --http1.1 -c "$jar" -b "$jar" -o /dev/null -d USERNAME="${OFBIZ_USER:-admin}" -d PASSWORD="${OFBIZ_PASSWORD:-ofbiz}" \
    "$url/physinv/control/login"
# with the CSRF defence on, the page carries a token for script calls (empty, and unused, when it is off)
token="$(curl -sk --http1.1 -c "$jar" -b "$jar" "$url/physinv/control/main" | sed -n 's/.*<meta name="csrf-token" content="\([^"]*\)".*/\1/p' | head -1)"
echo "generating ${1:-PI_REF}: ${2:-2000} locations, ${3:-20000} products, ${4:-100000} items, ${5:-10} details per item ..."
curl -sk --http1.1 -c "$jar" -b "$jar" --max-time 14400 -H "X-Requested-With: XMLHttpRequest" -H "X-CSRF-Token: $token" \
    -d facilityId="${1:-PI_REF}" -d locations="${2:-2000}" -d products="${3:-20000}" -d items="${4:-100000}" -d detailsPerItem="${5:-10}" \
    -d ownerPartyId="${6:-Company}" "$url/physinv/control/generatePiReferenceWarehouse" \
    | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g'
