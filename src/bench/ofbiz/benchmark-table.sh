#!/usr/bin/env bash
# The benchmark table (not a test, not in CI): runs the benchmarks of this folder one after the other against a running
# OFBiz holding the reference warehouse (reference-warehouse.sh) and prints one table: operation, rows, seconds (best
# round), the floor or the reference the operation names (best round), and their ratio. Each benchmark's report ends with
# its rows of the table, lines starting with "TABLE |"; the whole reports are kept in LOGS.
# Usage: OFBIZ_URL=https://localhost:8443 benchmark-table.sh [FACILITY] [STEPS]
#   STEPS, comma-separated, in the order given (default lines,start,posting,posting100k,closing,lifo,import,review,screens,exports):
#     lines        line generation of the whole facility against the same rows written with nothing checked (ROUNDS rounds)
#     start        the one-step start of the whole facility (50 lists, 10 counters) against line generation alone
#     posting      10,000 differences posted, ours against the floor, alternating (floor,ours,floor,ours)
#     posting100k  100,000 differences posted as a job, on LARGE_FACILITY: the reference warehouse holds 98,641 keys with
#                  stock, so make a larger one first, e.g. reference-warehouse.sh PI_BIG 2000 26000 130000 2
#     closing      a closing of the facility by FIFO against one SQL aggregate (ROUNDS rounds)
#     lifo         by LIFO from the whole history and carried forward from a closing four weeks before
#     import       50,000 counts imported from a file against the counting API's store
#     review       the review of 10,000 differences: its CSV per row against the valorized report's CSV per row (of the
#                  closing step's closing, or CLOSING_ID), its first page against a small inventory's (SMALL_INVENTORY)
#     screens      every screen of a counted inventory of 90,000 lines against the same screen of the demo inventory
#     exports      the exports of 50,000 lines (count sheet CSV and XLSX, review CSV, stock zip, report XLSX) and the count
#                  sheets job per row against the valorized report's CSV per row (of the closing step's closing, or CLOSING_ID;
#                  export-benchmark.sh)
# Env: LOGS (default benchmark-logs-<time>), ROUNDS (default 3), CLOSING_DATE (default 2026-10-31), LARGE_FACILITY.
# Works with OFBiz's CSRF defence on or off.
set -uo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
facility="${1:-PI_REF}"
steps="${2:-lines,start,posting,posting100k,closing,lifo,import,review,screens,exports}"
logs="${LOGS:-benchmark-logs-$(date -u +%Y%m%dT%H%M%SZ)}"
rounds="${ROUNDS:-3}"
closing_date="${CLOSING_DATE:-2026-10-31}"
mkdir -p "$logs"

run() { # STEP COMMAND...: the command's output kept in LOGS/STEP.txt; a failed step gets a row saying so
    local step="$1"
    shift
    echo "== $step: $* (load $(cut -d' ' -f1-3 /proc/loadavg))" >&2
    if ! "$@" > "$logs/$step.txt" 2>&1 || ! grep -q '^TABLE |' "$logs/$step.txt"; then
        echo "TABLE | $step: failed, see $logs/$step.txt | 0 | 0 | 0 | NaN" >> "$logs/$step.txt"
    fi
}

closing_of_run() { # the floor of the review and exports steps: CLOSING_ID, else the closing step's closing
    printf '%s' "${CLOSING_ID:-$(sed -n 's/^ours: closing \([^ ]*\).*/\1/p' "$logs/closing.txt" 2>/dev/null | tail -1)}"
}

for step in ${steps//,/ }; do
    case $step in
    lines) run lines "$here/start-benchmark.sh" "$facility" 40 "$rounds" 10 generation,floor ;;
    start) run start "$here/start-benchmark.sh" "$facility" 40 1 10 generation,start ;;
    posting) run posting "$here/posting-benchmark.sh" "$facility" 10000 floor,ours,floor,ours ;;
    posting100k) run posting100k "$here/posting-benchmark.sh" "${LARGE_FACILITY:-$facility}" 100000 job ;;
    closing) run closing "$here/closing-benchmark.sh" "$facility" "$closing_date" "$rounds" FIFO ;;
    lifo) run lifo "$here/closing-benchmark.sh" "$facility" "$closing_date" "$rounds" LIFO ;;
    import) run import "$here/import-benchmark.sh" "$facility" 50000 import,api ;;
    review) CLOSING_ID="$(closing_of_run)" SMALL_INVENTORY="${SMALL_INVENTORY:-PI_DEMO_1}" run review "$here/review-benchmark.sh" "$facility" 10000 "$rounds" ;;
    screens) FACILITY="$facility" LINES=90000 run screens "$here/screens-benchmark.sh" - "$rounds" ;;
    exports) CLOSING_ID="$(closing_of_run)" run exports "$here/export-benchmark.sh" "$facility" 50000 "$rounds" ;;
    *) echo "unknown step $step" >&2; exit 2 ;;
    esac
done

echo "benchmark table $(date -u +%FT%TZ), $(uname -n), $(nproc) cores, facility $facility, load $(cut -d' ' -f1-3 /proc/loadavg)"
{
    echo "operation|rows|seconds|floor|ratio"
    for step in ${steps//,/ }; do
        grep -h '^TABLE |' "$logs/$step.txt" | sed -e 's/^TABLE | //' -e 's/ | /|/g'
    done
} | column -t -s '|'
