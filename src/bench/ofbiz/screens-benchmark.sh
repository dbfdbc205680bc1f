#!/usr/bin/env bash
# Screens benchmark against a running OFBiz (not a test, not in CI): every back-office screen of one inventory, timed as the
# browser gets it (curl, HTTP/1.1), against the same screen of a small inventory as the floor (the screen's own cost whatever
# the size), in one run, rounds alternating the two. Screens: the inventory (EditInventory, ViewInventory), its list
# (EditInventoryList), the list's count grid (first page, a filtered page, the last page) and scan log, the review (the first page
# cold, i.e. just after the inventory changed, then warm: first page, a filtered page, the last page), the supervision page and
# its JSON (getPiSupervision). Prints every request, then per screen: the rows shown (table rows of the page), the first
# round's seconds, the best of the rounds, the floor's best and their ratio, and the rows of the benchmark table
# (benchmark-table.sh: lines "TABLE | operation | rows | seconds | floor | ratio").
# Usage: OFBIZ_URL=https://localhost:8443 screens-benchmark.sh INVENTORY [ROUNDS]
# INVENTORY "-": a counted inventory of LINES lines (default 90000) of FACILITY (default PI_REF) is made first
# (preparePiBenchmarkInventory: one list, one unit short on every line), and COUNTING defaults to Y.
# Env: LIST (default: the inventory's first list), SMALL_INVENTORY (default PI_DEMO_1), SMALL_LIST (default its first list),
# LOCATION_FILTER (the filtered pages' location text, default R1), LINES and LIST_LINES (the inventory's and the list's lines,
# default 0 and LINES: the last pages asked for).
# A cold review page is the first after a count was stored (setPiCountedQuantity of the list's first line, LINE and SMALL_LINE,
# defaults 000001 and A0001, a quantity of 5 + the round): what the review depends on changed since the last page. With
# COUNTING=Y the script first puts the inventory and its list back to counting (a counted benchmark inventory takes no count).
# The first round's pages after OFBiz started are its cold ones. Works with OFBiz's CSRF defence on or off.
set -euo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
inventory="${1:?usage: screens-benchmark.sh INVENTORY [ROUNDS]}"
rounds="${2:-3}"
small="${SMALL_INVENTORY:-PI_DEMO_1}"
filter="${LOCATION_FILTER:-R1}"
ofbiz_login
if [ "$inventory" = - ]; then
    LINES="${LINES:-90000}"
    COUNTING="${COUNTING:-Y}"
    inventory="$(ofbiz_post preparePiBenchmarkInventory -d facilityId="${FACILITY:-PI_REF}" -d rows="$LINES" \
        | sed -n 's/.*prepared inventory \([^ ]*\) with.*/\1/p' | head -1)"
    [ -n "$inventory" ] || { echo "no inventory of $LINES lines prepared" >&2; exit 1; }
fi
out="$(mktemp -d)"
trap 'rm -rf "$out" "$jar"' EXIT
# GET a page of the back office; prints "total_s bytes rows"
timed() {
    local t
    t=$(curl -sk --http1.1 -b "$jar" --max-time 600 -o "$out/body" -w '%{time_total} %{size_download}' "$url/physinv/control/$1")
    echo "$t $(grep -o '<tr' "$out/body" | wc -l)"
}
# POST the supervision JSON as its page does; prints "total_s bytes tiles"
timed_json() {
    local t
    t=$(curl -sk --http1.1 -b "$jar" --max-time 600 -o "$out/body" -w '%{time_total} %{size_download}' -H "X-CSRF-Token: ${token:-}" \
        -H "X-Requested-With: XMLHttpRequest" -d piInventoryId="$1" "$url/physinv/control/getPiSupervision")
    echo "$t $(grep -o '"aisle"' "$out/body" | wc -l)"
}
first_list() { # the first list linked from the inventory page
    curl -sk --http1.1 -b "$jar" "$url/physinv/control/EditInventory?piInventoryId=$1" | grep -o 'EditInventoryList?piListId=[^"&]*' | head -1 | cut -d= -f2
}
list="${LIST:-$(first_list "$inventory")}"
small_list="${SMALL_LIST:-$(first_list "$small")}"
[ -n "$list" ] && [ -n "$small_list" ] || { echo "no list found for $inventory or $small" >&2; exit 1; }
# the last page of the list's grid (100 lines a page) and of the review (200 a page)
lines="${LINES:-0}"
list_lines="${LIST_LINES:-$lines}"
grid_last=$(((list_lines > 0 ? list_lines - 1 : 0) / 100))
review_last=$(((lines > 0 ? lines - 1 : 0) / 200))
echo "screens benchmark $(date -u +%FT%TZ), $url, inventory $inventory (list $list, $lines lines, list $list_lines), floor $small (list $small_list), rounds $rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
screens="inventory view list grid grid-filtered grid-last scanlog review-cold review review-filtered review-last supervision supervision-json"
path() { # screen inventory list last_grid_page last_review_page
    case $1 in
    inventory) echo "EditInventory?piInventoryId=$2" ;;
    view) echo "ViewInventory?piInventoryId=$2" ;;
    list) echo "EditInventoryList?piListId=$3" ;;
    grid) echo "CountLines?piListId=$3" ;;
    grid-filtered) echo "CountLines?piListId=$3&locationSeqId=$filter&counted=N" ;;
    grid-last) echo "CountLines?piListId=$3&VIEW_INDEX=$4" ;;
    scanlog) echo "ScanLog?piListId=$3" ;;
    review-cold | review) echo "ReviewInventory?piInventoryId=$2" ;;
    review-filtered) echo "ReviewInventory?piInventoryId=$2&locationSeqId=$filter&differencesOnly=Y" ;;
    review-last) echo "ReviewInventory?piInventoryId=$2&VIEW_SIZE=200&VIEW_INDEX=$5" ;;
    esac
}
if [ "${COUNTING:-N}" = Y ]; then
    ofbiz_post changePiInventoryStatus -o /dev/null -d piInventoryId="$inventory" -d statusId=PI_INV_COUNTING
    ofbiz_post changePiInventoryListStatus -o /dev/null -d piListId="$list" -d statusId=PI_LIST_COUNTING
fi
printf '%-6s %-6s %-17s %9s %8s %6s\n' round side screen total_s bytes rows
declare -A best first shown
keep() { # key seconds
    if [ -z "${best[$1]:-}" ] || awk "BEGIN{exit !($2 < ${best[$1]})}"; then best[$1]=$2; fi
}
for round in $(seq 1 "$rounds"); do
    for screen in $screens; do
        for side in big small; do
            if [ $side = big ]; then i=$inventory; l=$list; gl=$grid_last; rl=$review_last; else i=$small; l=$small_list; gl=0; rl=0; fi
            if [ $screen = review-cold ]; then
                if [ $side = big ]; then line="${LINE:-000001}"; else line="${SMALL_LINE:-A0001}"; fi
                code=$(ofbiz_post setPiCountedQuantity -o /dev/null -w '%{http_code}' -d piListId="$l" -d lineSeqId="$line" \
                    -d countedQuantity=$((5 + round)))
                [ "$code" = 302 ] || echo "count on $l/$line not stored (HTTP $code)" >&2
            fi
            if [ $screen = supervision-json ]; then
                read -r total bytes rows < <(timed_json "$i")
            else
                read -r total bytes rows < <(timed "$(path $screen "$i" "$l" $gl $rl)")
            fi
            printf '%-6s %-6s %-17s %9.3f %8s %6s\n' "$round" "$side" "$screen" "$total" "$bytes" "$rows"
            keep "$side-$screen" "$total"
            if [ "$round" = 1 ]; then first[$side-$screen]=$total; fi
            shown[$side-$screen]=$rows
        done
    done
done
echo "per screen: rows shown, seconds (round 1, best of $rounds) for inventory $inventory; the same for $small (the floor); ratio of the bests"
printf '%-17s %6s %8s %8s   %6s %8s %8s   %6s\n' screen rows first best rows first best ratio
for screen in $screens; do
    awk -v s="$screen" -v r="${shown[big-$screen]}" -v f="${first[big-$screen]}" -v b="${best[big-$screen]}" \
        -v sr="${shown[small-$screen]}" -v sf="${first[small-$screen]}" -v sb="${best[small-$screen]}" \
        'BEGIN { printf "%-17s %6s %8.3f %8.3f   %6s %8.3f %8.3f   %6.2f\n", s, r, f, b, sr, sf, sb, b / sb }'
done
echo "load after $(cut -d' ' -f1-3 /proc/loadavg)"
for screen in $screens; do
    awk -v s="$screen" -v n="$lines" -v b="${best[big-$screen]}" -v sb="${best[small-$screen]}" \
        'BEGIN { printf "TABLE | screen %s of an inventory of %d lines vs a small inventory'"'"'s | %d | %.2f | %.2f | %.2f\n", s, n, n, b, sb, b / sb }'
done
