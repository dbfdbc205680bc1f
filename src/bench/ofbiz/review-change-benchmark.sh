#!/usr/bin/env bash
# The review page right after a change that needs the whole review worked out again, against a running OFBiz (not a test, not
# in CI). Each round saves the facility's stock-difference parameters (which every review depends on), then asks the inventory's
# review page as a browser does, timed (curl, HTTP/1.1), then, while the page says the review is being worked out, asks it
# again as the page itself does (awaitReview=Y: a request that waits for that review). Prints per round: the first page's
# seconds, whether it showed the review kept before (pending), and the seconds until the page showed the review as the
# inventory stands; then the best and worst first page.
# Usage: OFBIZ_URL=https://localhost:8443 review-change-benchmark.sh INVENTORY FACILITY [ROUNDS]
# Env: PAUSE (seconds between rounds, default 10). Works with OFBiz's CSRF defence on or off.
set -euo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
inventory="${1:?usage: review-change-benchmark.sh INVENTORY FACILITY [ROUNDS]}"
facility="${2:?usage: review-change-benchmark.sh INVENTORY FACILITY [ROUNDS]}"
rounds="${3:-5}"
ofbiz_login
body="$(mktemp)"
trap 'rm -f "$jar" "$body"' EXIT
page() { # prints the seconds of the review's first page (with "&awaitReview=Y": as the page asks again); leaves it in $body
    curl -sk --http1.1 -b "$jar" --max-time 600 -o "$body" -w '%{time_total}' "$url/physinv/control/ReviewInventory?piInventoryId=$inventory${1:-}"
}
echo "review after a change $(date -u +%FT%TZ), $url, inventory $inventory of $facility, rounds $rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
firsts=()
for round in $(seq 1 "$rounds"); do
    ofbiz_post savePiStockDiffParam -o /dev/null -d organizationPartyId=Company -d facilityId="$facility" -d cutOffMinutes=$((120 + round % 2))
    start=$(date +%s.%N)
    first=$(page)
    pending=$(grep -c 'id="review-pending"' "$body" || true)
    while grep -q 'id="review-pending"' "$body"; do
        page "&awaitReview=Y" > /dev/null
    done
    current=$(echo "$(date +%s.%N) - $start" | bc)
    rows=$(grep -o '<tr' "$body" | wc -l)
    printf 'round %d: first page %.2f s (%s), the review as the inventory stands after %.2f s (%d rows), load %s\n' "$round" "$first" \
        "$([ "$pending" -gt 0 ] && echo "the review kept before, being worked out" || echo "current")" "$current" "$rows" "$(cut -d' ' -f1 /proc/loadavg)"
    firsts+=("$first")
    sleep "${PAUSE:-10}"
done
printf '%s\n' "${firsts[@]}" | sort -n | awk 'NR==1{b=$1} {w=$1} END{printf "first page: best %.2f s, worst %.2f s\n", b, w}'
