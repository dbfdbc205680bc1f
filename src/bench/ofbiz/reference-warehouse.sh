#!/usr/bin/env bash
# Makes the reference warehouse in a running OFBiz (GUIDE §7): deterministic, sized by parameters.
# Usage: OFBIZ_URL=https://localhost:8443 reference-warehouse.sh [FACILITY_ID] [LOCATIONS] [PRODUCTS] [ITEMS] [DETAILS_PER_ITEM] [OWNER]
# Defaults: PI_REF 2000 20000 100000 10 Company (about 1,000,000 inventory item details; about 2 minutes on Derby or PostgreSQL).
# Logs in as OFBIZ_USER (default admin, who needs PHYSINV_ADMIN); works with OFBiz's CSRF defence on or off.
set -euo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
ofbiz_login
echo "generating ${1:-PI_REF}: ${2:-2000} locations, ${3:-20000} products, ${4:-100000} items, ${5:-10} details per item ..."
ofbiz_post generatePiReferenceWarehouse -d facilityId="${1:-PI_REF}" -d locations="${2:-2000}" -d products="${3:-20000}" \
    -d items="${4:-100000}" -d detailsPerItem="${5:-10}" -d ownerPartyId="${6:-Company}" \
    | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g'
