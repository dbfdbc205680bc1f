#!/usr/bin/env bash
# Export benchmark against a running OFBiz (not a test, not in CI): every export of a large counted inventory of a benchmark
# facility (made by reference-warehouse.sh), timed with curl as the browser gets it, in one run, rounds alternating, against the
# valorized report's CSV of the facility as the floor (of CLOSING_ID when given, else the live report): the count sheet of the
# inventory's one list as CSV and XLSX, the review's CSV, the stock before (and after) as a zip of CSV files, the valorized
# report's XLSX, and once (last) the PDF count sheets of the whole inventory made by the job (started, its progress asked for
# every second, the zip downloaded). Prints per request seconds to the first byte and in all, rows, bytes, ms per row and the
# ratio to the floor's ms per row; with OFBIZ_PID (the OFBiz JVM's process id) also the most heap in use while it ran (jstat,
# sampled every 100 ms; young and old generations, in MB) and the old generation's growth.
# Usage: OFBIZ_URL=https://localhost:8443 export-benchmark.sh [FACILITY_ID] [LINES] [ROUNDS]
# Defaults: PI_REF 50000 3. The inventory (one list of LINES lines, one unit short on each) is made by preparePiBenchmarkInventory,
# its stock-before snapshot by takePiStockSnapshot; INVENTORY=ID reuses one made before. Env PDF=N: no count sheets job;
# REPORT_PDF=Y: the valorized report's PDF too (one document, streamed) and FOP's floor for it (ValorizedReportFloor.pdf: the same
# rows through FOP with the least FO, a plain block a row). REPORT_ONLY=Y: only the valorized report (CSV as the floor, XLSX, PDF,
# FOP's floor), no inventory made (best with CLOSING_ID). SHEET_LINES: lines per PDF of the job (default 1000). Works with OFBiz's
# CSRF defence on or off.
set -euo pipefail
. "$(dirname "$0")/ofbiz-session.sh"
facility="${1:-PI_REF}"
lines="${2:-50000}"
rounds="${3:-3}"
ofbiz_login
out="$(mktemp -d)"
trap 'rm -rf "$out" "$jar"; [ -n "${sampler:-}" ] && kill "$sampler" 2>/dev/null; true' EXIT
inventory="${INVENTORY:-}"
if [ "${REPORT_ONLY:-N}" = Y ]; then
    inventory="-"; PDF=N
elif [ -z "$inventory" ]; then
    inventory="$(ofbiz_post preparePiBenchmarkInventory -d facilityId="$facility" -d rows="$lines" \
        | sed -n 's/.*prepared inventory \([^ ]*\) with.*/\1/p' | head -1)"
    [ -n "$inventory" ] || { echo "no inventory of $lines lines prepared" >&2; exit 1; }
    ofbiz_post takePiStockSnapshot -d piInventoryId="$inventory" -d snapshotType=BEFORE > /dev/null
fi
if [ "$inventory" = - ]; then list="-"; else
list="$(curl -sk --http1.1 -b "$jar" "$url/physinv/control/EditInventory?piInventoryId=$inventory" \
    | grep -o 'CountLines?piListId=[A-Za-z0-9_-]*' | head -1 | cut -d= -f2)"
[ -n "$list" ] || { echo "inventory $inventory has no list" >&2; exit 1; }
fi
if [ -n "${CLOSING_ID:-}" ]; then report="closingId=$CLOSING_ID&facilityId=$facility"; else report="facilityId=$facility"; fi
echo "export benchmark $(date -u +%FT%TZ), $url, facility $facility, inventory $inventory (list $list), rounds $rounds, load $(cut -d' ' -f1-3 /proc/loadavg)"
# heap in use (MB) of the JVM: young + old, and old alone
heap() { jstat -gc "$OFBIZ_PID" | awk 'NR==2 {printf "%.0f %.0f\n", ($3+$4+$6+$8)/1024, $8/1024}'; }
sample() { # prints the most heap in use until killed
    local most=0 used
    trap 'echo $most > "$out/heap"; exit 0' TERM
    while true; do
        used=$(heap | cut -d' ' -f1)
        [ "$used" -gt "$most" ] && most=$used
        sleep 0.1
    done
}
# GET a download (the ratio printed with each is to the floor of the same round); prints "first_byte_s total_s bytes [peak_heap_mb old_growth_mb]"
timed() {
    local old_before=0 sampler_pid=""
    if [ -n "${OFBIZ_PID:-}" ]; then old_before=$(heap | cut -d' ' -f2); sample & sampler_pid=$!; sampler=$sampler_pid; fi
    local result
    result="$(curl -sk --http1.1 -b "$jar" --max-time 3600 -o "$out/body" -w '%{time_starttransfer} %{time_total} %{size_download}' \
        "$url/physinv/control/$1")"
    if [ -n "$sampler_pid" ]; then
        kill -TERM "$sampler_pid"; wait "$sampler_pid" 2>/dev/null || true; sampler=""
        result="$result $(cat "$out/heap") $(($(heap | cut -d' ' -f2) - old_before))"
    fi
    echo "$result"
}
rows() { # rows of the body, headings left out
    case $1 in
    *xlsx) unzip -p "$out/body" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l | awk '{print $1 - 1}' ;;
    zip) unzip -p "$out/body" stock-before.csv | wc -l | awk '{print $1 - 1}' ;;
    *) wc -l < "$out/body" | awk '{print $1 - 1}' ;;
    esac
}
printf '%-6s %-14s %9s %9s %8s %10s %9s %8s %s\n' round request first_s total_s rows bytes ms/row ratio heap_mb/old+
declare -A best first count
floor_ms=""
line() { # round name first total rows bytes [heap old]
    local ms ratio
    ms=$(awk -v t="$4" -v r="$5" 'BEGIN{printf "%.4f", (r > 0 ? t * 1000 / r : 0)}')
    ratio=$(awk -v m="$ms" -v f="${floor_ms:-$ms}" 'BEGIN{printf "%.2f", (f > 0 ? m / f : 0)}')
    printf '%-6s %-14s %9.3f %9.3f %8s %10s %9s %8s %s\n' "$1" "$2" "$3" "$4" "$5" "$6" "$ms" "${ratio}x" "${7:-}${8:+/+$8}"
    if [ -z "${best[$2]:-}" ] || awk "BEGIN{exit !($4 < ${best[$2]})}"; then best[$2]=$4; first[$2]=$3; fi
    count[$2]=$5
}
requests="floor sheet-csv sheet-xlsx review-csv stock-zip report-xlsx"
[ "${REPORT_ONLY:-N}" = Y ] && requests="floor report-xlsx"
[ "${REPORT_PDF:-N}" = Y ] || [ "${REPORT_ONLY:-N}" = Y ] && requests="$requests report-pdf pdf-floor"
for round in $(seq 1 "$rounds"); do
    for request in $requests; do
        case $request in
        floor) path="ValorizedReport.csv?$report" ;;
        sheet-csv) path="CountSheetCsv?piListId=$list" ;;
        sheet-xlsx) path="CountSheetXlsx?piListId=$list" ;;
        review-csv) path="ReviewCsv?piInventoryId=$inventory" ;;
        stock-zip) path="InventoryStock.zip?piInventoryId=$inventory" ;;
        report-xlsx) path="ValorizedReport.xlsx?$report" ;;
        report-pdf) path="ValorizedReport.pdf?$report" ;;
        pdf-floor) path="ValorizedReportFloor.pdf?$report" ;;
        esac
        read -r f t b h o < <(timed "$path")
        # a PDF's rows are the report's: the floor's CSV rows less its totals (checked by the integration tests, not here)
        r=$(case $request in report-pdf|pdf-floor) echo "${report_rows:-0}" ;; stock-zip) rows zip ;; *) rows "$request" ;; esac)
        [ "$request" = floor ] && report_rows=$(grep -vc '^\(Total\|Grand\)' "$out/body" | awk '{print $1 - 1}')
        [ "$request" = floor ] && floor_ms=$(awk -v t="$t" -v r="$r" 'BEGIN{printf "%.6f", t * 1000 / r}')
        line "$round" "$request" "$f" "$t" "$r" "$b" "${h:-}" "${o:-}"
    done
done
if [ "${PDF:-Y}" != N ]; then
    started=$(date +%s.%N)
    ofbiz_post startPiCountSheets -d piInventoryId="$inventory" -d linesPerSheet="${SHEET_LINES:-1000}" > /dev/null
    status=RUNNING
    while [ "$status" = RUNNING ]; do
        sleep 1
        progress="$(curl -sk --http1.1 -b "$jar" "$url/physinv/control/CountSheetsProgress?piInventoryId=$inventory")"
        status="$(printf '%s' "$progress" | sed -n 's/.*data-status="\([A-Z]*\)".*/\1/p' | head -1)"
    done
    made=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN{printf "%.3f", e - s}')
    read -r f t b h o < <(timed "CountSheetsZip?piInventoryId=$inventory")
    pdfs=$(unzip -l "$out/body" | grep -c '\.pdf$' || true)
    echo "count sheets job: $status, $pdfs PDFs of ${SHEET_LINES:-1000} lines at most made in $made s ($(awk -v s="$made" -v r="$lines" 'BEGIN{printf "%.2f", s * 1000 / r}') ms/line), zip of $b bytes downloaded in $t s"
    job_seconds=$(awk -v m="$made" -v t="$t" 'BEGIN{printf "%.3f", m + t}')
fi
echo "best of $rounds rounds (seconds in all [to the first byte]; ms per row; ratio to the floor's ms per row)"
fms=$(awk -v t="${best[floor]}" -v r="${count[floor]}" 'BEGIN{printf "%.6f", t * 1000 / r}')
for request in $requests; do
    awk -v n="$request" -v t="${best[$request]}" -v f="${first[$request]}" -v r="${count[$request]}" -v fms="$fms" 'BEGIN {
        ms = (r > 0 ? t * 1000 / r : 0)
        printf "%-12s %8.3f s [%.3f] %8d rows %8.4f ms/row %6.2fx\n", n, t, f, r, ms, (fms > 0 ? ms / fms : 0) }'
done
# the rows of the benchmark table (benchmark-table.sh): each export against the floor's time for as many rows
for request in $requests; do
    [ "$request" = floor ] || [ "$request" = report-pdf ] || [ "$request" = pdf-floor ] && continue
    awk -v n="$request" -v t="${best[$request]}" -v r="${count[$request]}" -v fms="$fms" 'BEGIN {
        printf "TABLE | export %s vs the valorized report CSV, per row | %d | %.2f | %.2f | %.2f\n", n, r, t, fms * r / 1000, t / (fms * r / 1000) }'
done
if [ -n "${best[report-pdf]:-}" ]; then
    awk -v t="${best[report-pdf]}" -v f="${best[pdf-floor]}" -v r="${count[report-pdf]}" 'BEGIN {
        printf "TABLE | valorized report PDF (streamed) vs the same rows through FOP as plain blocks | %d | %.2f | %.2f | %.2f\n", r, t, f, t / f }'
fi
if [ -n "${job_seconds:-}" ]; then
    awk -v t="$job_seconds" -v r="$lines" -v fms="$fms" 'BEGIN {
        printf "TABLE | count sheets PDF zip (job) vs the valorized report CSV, per row | %d | %.2f | %.2f | %.2f\n", r, t, fms * r / 1000, t / (fms * r / 1000) }'
fi
