#!/usr/bin/env bash
# Crash test of a posting (not in CI): a counted inventory of ROWS differences on a benchmark facility is posted
# as a job, the OFBiz JVM is killed (kill -9) a third of the way, OFBiz is started again: the stock and the ledger
# must be untouched; posting again must finish it, once.
# Usage: OFBIZ_URL=https://localhost:8443 OFBIZ_START="<command that starts OFBiz in the background>" crash-posting.sh FACILITY [ROWS]
set -uo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
start="${OFBIZ_START:?set OFBIZ_START to the command that starts OFBiz in the background}"
facility="${1:?usage: crash-posting.sh FACILITY [ROWS]}"
rows="${2:-10000}"
port="$(echo "$url" | sed -E 's#.*:([0-9]+).*#\1#')"
failed=0
check() { if [ "$2" = 0 ]; then echo "PASS $1"; else echo "FAIL $1"; failed=$((failed + 1)); fi; }
login() { ofbiz_login; }
report() { # request, fields...
    local request="$1"; shift
    ofbiz_post "$request" "$@" \
        | sed -n '/<pre id="report">/,/<\/pre>/p' | sed -e 's/<[^>]*>//g' | tr -d '\r' | grep -v '^$'
}
snapshot() { report getPiBenchmarkSnapshot -d facilityId="$facility" -d piInventoryId="$inventory"; }
field() { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
wait_up() { for _ in $(seq 1 180); do curl -sk --http1.1 -o /dev/null "$url/physinv/control/main" && return 0; sleep 1; done; return 1; }

login
inventory="$(report preparePiBenchmarkInventory -d facilityId="$facility" -d rows="$rows" | sed -n 's/prepared inventory \([^ ]*\).*/\1/p')"
[ -n "$inventory" ] || { echo "could not prepare an inventory"; exit 1; }
before="$(snapshot)"; echo "before:  $before"
ofbiz_post startPiPosting -o /dev/null -d piInventoryId="$inventory"
for _ in $(seq 1 3000); do
    now="$(report getPiBenchmarkSnapshot -d facilityId="$facility" -d piInventoryId="$inventory" -d progressOnly=Y)"
    done_lines="$(field "$now" done)"
    [ "${done_lines:-0}" != "null" ] && [ "${done_lines:-0}" -ge $((rows / 3)) ] 2>/dev/null && break
    sleep 0.05
done
pid="$(ss -ltnp "sport = :$port" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
echo "killing OFBiz (pid $pid) with $done_lines of $rows lines written"
kill -9 "$pid"
sleep 2
eval "$start"
wait_up || { echo "OFBiz did not come back"; exit 1; }
sleep 5
login
after="$(snapshot)"; echo "after the crash: $after"
check "the stock is untouched" "$([ "$(field "$before" onHand)" = "$(field "$after" onHand)" ]; echo $?)"
check "no variance was left" "$([ "$(field "$before" variances)" = "$(field "$after" variances)" ]; echo $?)"
check "no ledger transaction was left" "$([ "$(field "$before" variance_transactions)" = "$(field "$after" variance_transactions)" ]; echo $?)"
check "the inventory is still counted, its posting shown as interrupted" \
    "$([ "$(field "$after" status)" = PI_INV_COUNTED ] && [ "$(field "$after" run)" = INTERRUPTED ]; echo $?)"
ofbiz_post startPiPosting -o /dev/null -d piInventoryId="$inventory"
for _ in $(seq 1 3000); do
    run="$(field "$(report getPiBenchmarkSnapshot -d facilityId="$facility" -d piInventoryId="$inventory" -d progressOnly=Y)" run)"
    [ "$run" = DONE ] || [ "$run" = FAILED ] && break
    sleep 0.5
done
final="$(snapshot)"   # taken once the posting is over: a snapshot is no transaction of its own
echo "posted again: $final"
expected="$(echo "$(field "$before" onHand) - $rows" | bc)"
check "posting again finishes it: one unit less on each of the $rows keys" "$([ "$(field "$final" onHand)" = "$expected" ]; echo $?)"
check "with $rows variances and one ledger transaction" "$([ "$(field "$final" variances)" = "$(($(field "$before" variances) + rows))" ] \
    && [ "$(field "$final" variance_transactions)" = "$(($(field "$before" variance_transactions) + 1))" ] \
    && [ "$(field "$final" status)" = PI_INV_POSTED ]; echo $?)"
echo "$(( 6 - failed )) passed, $failed failed"
exit $(( failed > 0 ))
