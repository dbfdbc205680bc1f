#!/usr/bin/env bash
# Review benchmark against a running OFBiz (not a test, not in CI): the stock-differences review of a counted inventory of a
# benchmark facility (made by reference-warehouse.sh), timed as the browser gets it, against the valorized report's CSV as the
# floor, in one run, rounds alternating: per size, the review's CSV export (every row), its first page, a filtered page
# (location filter and differences only) and its last page; the floor is the valorized report CSV of the facility (of CLOSING_ID
# when given, else the live report). Prints, per request, seconds to the first byte and in all, rows (CSV) and bytes, then per
# size the best round of each, the CSV's ms per row against the floor's, and their ratio.
# Usage: OFBIZ_URL=https://localhost:8443 review-benchmark.sh [FACILITY_ID] [SIZES] [ROUNDS]
# Defaults: PI_REF 10000,50000 3. Each size gets a counted inventory of its own, one unit short on each of SIZE keys
# (preparePiBenchmarkInventory); INVENTORIES="10000:ID,50000:ID" reuses inventories made before. Env CLOSING_ID: the floor's
# closing; LOCATION_FILTER: the filtered page's location text (default R1); SMALL_INVENTORY: a small inventory (e.g. PI_DEMO_1) whose
# review page is timed too, as the screen's own cost whatever the size. The review is worked out again when anything it depends on
# changed (and kept until then): round 1's first page is that cold page when the inventory was just made or OFBiz just started.
# Works with OFBiz's CSRF defence on or off.
# Likely causes: after the rounds above, CAUSES_ROUNDS rounds (default ROUNDS; 0: none) time per size the review's first page worked
# out afresh with the likely causes and without them (causes=N), alternating which goes first: before each, the facility's
# stock-difference parameters are saved (savePiStockDiffParam, OWNER default Company), which the review depends on, so that the
# kept review is worked out again; then the same page kept (warm), both ways. These pages are asked
# as the review page asks itself again (awaitReview=Y): the page of an inventory of 5,000 lines or more would otherwise show the
# review kept before under a notice after 0.3 s, and the work would not be timed. Prints per size the best of each and the ratio with
# causes to without; the server log says how long the causes themselves took ("likely causes: ...").
set -euo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
facility="${1:-PI_REF}"
sizes="${2:-10000,50000}"
rounds="${3:-3}"
filter="${LOCATION_FILTER:-R1}"
ofbiz_login
out="$(mktemp -d)"
trap 'rm -rf "$out" "$jar"' EXIT
# GET a page of the back office; prints "first_byte_s total_s bytes"
timed() {
    curl -sk --http1.1 -b "$jar" --max-time 3600 -o "$out/body" -w '%{time_starttransfer} %{time_total} %{size_download}\n' \
        "$url/physinv/control/$1"
}
csv_rows() { echo $(($(wc -l < "$out/body") - 1)); }
declare -A inventory
for pair in $(printf '%s' "${INVENTORIES:-}" | tr ',' ' '); do
    inventory[${pair%%:*}]="${pair#*:}"
done
for size in $(printf '%s' "$sizes" | tr ',' ' '); do
    if [ -z "${inventory[$size]:-}" ]; then
        inventory[$size]="$(ofbiz_post preparePiBenchmarkInventory -d facilityId="$facility" -d rows="$size" \
            | sed -n 's/.*prepared inventory \([^ ]*\) with.*/\1/p' | head -1)"
        [ -n "${inventory[$size]}" ] || { echo "no inventory of $size lines prepared" >&2; exit 1; }
    fi
    echo "size $size: inventory ${inventory[$size]}"
done
if [ -n "${CLOSING_ID:-}" ]; then floor="ValorizedReport.csv?closingId=$CLOSING_ID&facilityId=$facility"; else floor="ValorizedReport.csv?facilityId=$facility"; fi
echo "review benchmark $(date -u +%FT%TZ), $url, facility $facility, rounds $rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-6s %-5s %-22s %9s %9s %8s %10s\n' round size request first_s total_s rows bytes
declare -A best count cold
keep() { # name seconds
    if [ -z "${best[$1]:-}" ] || awk "BEGIN{exit !($2 < ${best[$1]})}"; then best[$1]=$2; fi
}
for round in $(seq 1 "$rounds"); do
    for size in $(printf '%s' "$sizes" | tr ',' ' '); do
        id="${inventory[$size]}"
        last=$(((size - 1) / 200))
        for request in floor csv first filtered last ${SMALL_INVENTORY:+small}; do
            case $request in
            floor) path="$floor" ;;
            csv) path="ReviewCsv?piInventoryId=$id" ;;
            first) path="ReviewInventory?piInventoryId=$id" ;;
            filtered) path="ReviewInventory?piInventoryId=$id&locationSeqId=$filter&differencesOnly=Y" ;;
            last) path="ReviewInventory?piInventoryId=$id&VIEW_SIZE=200&VIEW_INDEX=$last" ;;
            small) path="ReviewInventory?piInventoryId=$SMALL_INVENTORY" ;;
            esac
            read -r first total bytes < <(timed "$path")
            rows=-
            case $request in floor | csv) rows=$(csv_rows) ;; esac
            case $request in floor | csv) count[$size-$request]=$rows ;; esac
            printf '%-6s %-5s %-22s %9.3f %9.3f %8s %10s\n' "$round" "$size" "$request" "$first" "$total" "$rows" "$bytes"
            keep "$size-$request" "$total"
            if [ "$round" = 1 ] && [ "$request" = first ]; then cold[$size]=$total; fi
            keep "$size-$request-first" "$first"
        done
    done
done
causes_rounds="${CAUSES_ROUNDS:-$rounds}"
if [ "$causes_rounds" -gt 0 ]; then
    echo "likely causes: $causes_rounds rounds, alternating, load $(cut -d' ' -f1-3 /proc/loadavg)"
    declare -A cbest
    touches=0
    ckeep() { if [ -z "${cbest[$1]:-}" ] || awk "BEGIN{exit !($2 < ${cbest[$1]})}"; then cbest[$1]=$2; fi; }
    for round in $(seq 1 "$causes_rounds"); do
        for size in $(printf '%s' "$sizes" | tr ',' ' '); do
            id="${inventory[$size]}"
            if [ $((round % 2)) = 1 ]; then order="with without"; else order="without with"; fi
            for side in $order; do
                flag="&awaitReview=Y"; [ "$side" = without ] && flag="$flag&causes=N"
                ofbiz_post savePiStockDiffParam -o /dev/null -d organizationPartyId="${OWNER:-Company}" -d facilityId="$facility" \
                    -d cutOffMinutes=$((120 + ++touches % 2))
                read -r first total bytes < <(timed "ReviewInventory?piInventoryId=$id$flag")
                read -r wfirst wtotal wbytes < <(timed "ReviewInventory?piInventoryId=$id$flag")
                printf '%-6s %-5s %-22s %9.3f %9.3f %8s %10s   kept: %9.3f\n' "$round" "$size" "cold $side causes" "$first" "$total" - "$bytes" "$wtotal"
                ckeep "$size-$side" "$total"; ckeep "$size-$side-warm" "$wtotal"
            done
        done
    done
    for size in $(printf '%s' "$sizes" | tr ',' ' '); do
        awk -v s="$size" -v w="${cbest[$size-with]}" -v n="${cbest[$size-without]}" -v ww="${cbest[$size-with-warm]}" -v nw="${cbest[$size-without-warm]}" 'BEGIN {
            printf "%s lines, first page worked out afresh: with likely causes %.3f s, without %.3f s, %.2fx; kept: with %.3f s, without %.3f s, %.2fx\n",
                s, w, n, w / n, ww, nw, ww / nw
            printf "TABLE | review page worked out afresh, with likely causes vs without | %d | %.2f | %.2f | %.2f\n", s, w, n, w / n }'
    done
fi
echo "best of $rounds rounds (seconds in all; to the first byte in brackets)"
for size in $(printf '%s' "$sizes" | tr ',' ' '); do
    f=${best[$size-floor]}; c=${best[$size-csv]}
    awk -v s="$size" -v f="$f" -v fr="${count[$size-floor]}" -v c="$c" -v cr="${count[$size-csv]}" -v cf="${best[$size-csv-first]}" \
        -v p1="${best[$size-first]}" -v p2="${best[$size-filtered]}" -v p3="${best[$size-last]}" -v p0="${cold[$size]}" -v sm="${best[$size-small]:-0}" 'BEGIN {
        printf "%s lines: floor %.3f s (%d rows, %.4f ms/row); review CSV %.3f s [%.3f] (%d rows, %.4f ms/row, %.2fx the floor per row); page first %.3f s (round 1: %.3f s), filtered %.3f s, last %.3f s; small inventory page %.3f s\n",
            s, f, fr, f * 1000 / fr, c, cf, cr, c * 1000 / cr, (c / cr) / (f / fr), p1, p0, p2, p3, sm
        # rows of benchmark-table.sh: the CSV against the floor scaled to as many rows; pages against the small inventory page
        printf "TABLE | review CSV vs the valorized report CSV, per row | %d | %.2f | %.2f | %.2f\n", cr, c, f * cr / fr, (c / cr) / (f / fr)
        if (sm > 0) printf "TABLE | review page, first (round 1) vs a small inventory page | %d | %.2f | %.2f | %.2f\n", s, p0, sm, p0 / sm }'
done
