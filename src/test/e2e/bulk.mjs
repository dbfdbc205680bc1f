// Counts in bulk in the back office, as seed 004 counts on paper: a CSV of 5,000 counts imported (upload, preview, apply,
// the same file again: nothing doubled), 200 counts typed in the count grid and saved at once (one refused row keeps
// what was typed and says why), the count sheet printed with the grid's filter (PDF, CSV and XLSX hold only those
// lines), the grid without JavaScript. With CSRF=on (OFBiz's CSRF defence on), a forged save is refused too.
// Screenshots of the grid and of the import's preview go to ./screenshots (SCREENSHOTS names another folder).
// Run: OFBIZ_URL=https://localhost:8443 node bulk.mjs   (demo data loaded; a list of its own on aisle A of PI_WH1)
import fs from "node:fs";
import { BASE, browser, tally, adminPage, pageErrors, messages, countSheet, gridRows, typeInGrid, uploadCounts } from "./lib.mjs";
import { Session } from "./session.mjs";
import { pdfText, xlsxRows } from "./documents.mjs";

const ROWS = Number(process.env.ROWS || 5000);
const GRID = 200;
const t = tally();
const shots = process.env.SCREENSHOTS || "screenshots";
fs.mkdirSync(shots, { recursive: true });

// a list of its own: aisle A of the demo warehouse, its lines made from the book stock, open for counting
const session = await new Session(BASE, "/physinv").login("admin", "ofbiz");
const inventoryId = await session.newInventory(`Bulk ${new Date().toISOString()}`);
const created = await session.post("createPiInventoryList", { piInventoryId: inventoryId, listTypeId: "PI_STANDARD",
    description: `Bulk counts ${new Date().toISOString()}`, fromLocationSeqId: "A01", thruLocationSeqId: "A10" });
const listId = new URL(created.location, "http://x").searchParams.get("piListId");
await session.post("assignPiInventoryList", { piListId: listId, partyId: "PI_COUNTER1" });
await session.post("changePiInventoryListStatus", { piListId: listId, statusId: "PI_LIST_COUNTING" });
await session.post("generatePiCountLines", { piListId: listId });

/** The file of counts: lot-managed demo products PI-1036 .. PI-1047 in A01 .. A10, lots X001 .., then four rows it refuses or skips. */
function countFile() {
    const rows = ["Location,Product,Lot,Counted quantity"];
    let total = 0;
    for (let lot = 1; rows.length <= ROWS; lot++) {
        for (let p = 1036; p <= 1047 && rows.length <= ROWS; p++) {
            for (let l = 1; l <= 10 && rows.length <= ROWS; l++) {
                const quantity = (rows.length % 9) + 1;
                total += quantity;
                rows.push(`A${String(l).padStart(2, "0")},PI-${p},X${String(lot).padStart(3, "0")},${quantity}`);
            }
        }
    }
    rows.push("A01,NO-SUCH-PRODUCT,,1", "A02,PI-1036,,2", "A03,PI-1037,X001,2.5", "A04,PI-1038,X001,");
    return { csv: Buffer.from(rows.join("\n") + "\n"), total };
}

/** The counted lines of the list as its count sheet (CSV) gives them, by key, with the sum of their counts. */
const sheet = (page, filter = "") => countSheet(page, listId, filter);

const chrome = await browser();
try {
    const admin = await adminPage(chrome);
    admin.setDefaultTimeout(600000); // an import of thousands of rows answers when it is recorded
    const file = countFile();

    /** Uploads the file and answers the preview's summary. */
    const upload = (name, mode) => uploadCounts(admin, listId, { name, buffer: file.csv, mode });

    // the import: upload, preview, apply
    const first = await upload("counts.csv", "REPLACE");
    t.check(`the preview of ${ROWS + 4} rows says what it records, refuses and skips`, first.rows === String(ROWS + 4) && first.record === String(ROWS)
        && first.refused === "3" && first.notCounted === "1" && first.already === "0", `${JSON.stringify(first)}`);
    const reasons = await admin.innerText("#importRefused");
    t.check("every refused row says why", /NO-SUCH-PRODUCT/.test(reasons) && /managed by lot/.test(reasons) && /whole/.test(reasons), reasons.slice(0, 300));
    const firstRecord = await admin.$$eval("#importRecord tbody tr", (rows) => rows.map((r) => [...r.cells].map((c) => c.innerText.trim())));
    t.check("the rows to record show the line's count now and after", firstRecord.length === 100 && firstRecord[0][0] === "2"
        && firstRecord[0][8] === "2", JSON.stringify(firstRecord[0]));
    await admin.screenshot({ path: `${shots}/count-import.png`, fullPage: false });
    let started = Date.now();
    await Promise.all([admin.waitForNavigation({ timeout: 600000 }), admin.click("#applyCountFile button[type=submit]")]);
    const applySeconds = (Date.now() - started) / 1000;
    const applied = await messages(admin);
    t.check(`one action records the ${ROWS} counts`, applied.includes(`${ROWS.toLocaleString("en")} counts recorded from counts.csv`)
        && (await admin.getAttribute("#importSummary", "data-already")) === String(ROWS), `${applied}; preview ${first.seconds} s, apply ${applySeconds} s`);
    const afterImport = await sheet(admin);
    t.check("the list's counts add up to the file's", afterImport.sum === file.total, `${afterImport.sum} counted, ${file.total} in the file`);
    const log = await (await admin.request.get(`${BASE}/physinv/control/ScanLog?piListId=${listId}`)).text();
    t.check("the scan log shows the reads as imported from the file", /Import (\(|&#x28;)counts\.csv/.test(log), // OFBiz's HTML encoder writes a parenthesis as &#x28;
        log.split("<tr").slice(2, 4).map((r) => r.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).join(" / "));

    // the same file again: nothing to record, nothing doubled
    const again = await upload("counts-again.csv", "ADD");
    t.check("the same file again: every row was imported before", again.record === "0" && again.already === String(ROWS)
        && !(await admin.$("#applyCountFile")), JSON.stringify(again));
    const afterAgain = await sheet(admin);
    t.check("importing again doubled nothing", afterAgain.sum === file.total && afterAgain.lines.length === afterImport.lines.length,
        `${afterAgain.sum} counted`);

    // the grid: 200 counts typed, Enter going down, saved at once; one of them refused
    const filter = "&locationSeqId=A0";
    await admin.goto(`${BASE}/physinv/control/CountLines?piListId=${listId}${filter}&VIEW_SIZE=${GRID}`);
    const rows = await gridRows(admin);
    t.check(`the grid shows a page of ${GRID} lines`, rows.length === GRID, `${rows.length}`);
    const BAD = 57;
    const typed = rows.map((row, i) => (i === BAD ? "1.5" : String(100 + i)));
    started = Date.now();
    await typeInGrid(admin, typed);
    const typing = (Date.now() - started) / 1000;
    t.check("Enter goes down row by row, then to Save all", (await admin.evaluate(() => document.activeElement.id)) === "saveAllCounts",
        `${GRID} counts typed in ${typing} s`);
    started = Date.now();
    await Promise.all([admin.waitForNavigation(), admin.click("#saveAllCounts")]);
    const saveSeconds = (Date.now() - started) / 1000;
    const said = await messages(admin);
    t.check("Save all stores the page at once and says which row is refused", /199 counts saved; 1 rows refused/.test(said), `${said} (${saveSeconds} s)`);
    const refusedRow = admin.locator("#countGrid tbody tr").nth(BAD);
    t.check("the refused row keeps what was typed and says why", (await refusedRow.locator("input.pi-count").inputValue()) === "1.5"
        && /whole/.test(await refusedRow.locator(".pi-refusal").innerText()) && /pi-refused/.test(await refusedRow.getAttribute("class")));
    await admin.screenshot({ path: `${shots}/count-grid.png`, fullPage: false });
    const afterGrid = await sheet(admin, filter);
    const wrong = rows.filter((row, i) => afterGrid.counted.get(row.key) !== (i === BAD ? row.shown : typed[i]));
    t.check(`the ${GRID - 1} other counts are stored, the refused row's count is as it was`, wrong.length === 0, JSON.stringify(wrong.slice(0, 3)));
    const grid = await (await admin.request.get(`${BASE}/physinv/control/ScanLog?piListId=${listId}`)).text();
    t.check("the grid's counts are in the scan log as typed in the back office", /Back office/.test(grid));

    // the count sheet printed with a filter: PDF, CSV and XLSX hold only the lines it keeps
    const a03 = "&locationSeqId=A03";
    const all = await sheet(admin);
    const expected = all.lines.filter((cells) => cells[0].includes("A03")).length;
    const csv = await sheet(admin, a03);
    t.check("the CSV count sheet holds only the filtered lines", csv.lines.length === expected && expected > 0
        && csv.lines.every((cells) => cells[0] === "A03"), `${csv.lines.length} of ${all.lines.length}`);
    const xlsx = xlsxRows(Buffer.from(await (await admin.request.get(`${BASE}/physinv/control/CountSheetXlsx?piListId=${listId}${a03}`)).body()));
    t.check("the XLSX count sheet has the CSV's columns and lines", xlsx.length === expected + 1 && xlsx[0].join(",") === (await (await admin.request
        .get(`${BASE}/physinv/control/CountSheetCsv?piListId=${listId}${a03}`)).text()).split("\n")[0] && xlsx.slice(1).every((r) => r[0] === "A03"),
        `${xlsx.length - 1} rows, ${xlsx[0]}`);
    const pdf = pdfText(Buffer.from(await (await admin.request.get(`${BASE}/physinv/control/CountSheetPdf?piListId=${listId}${a03}`)).body()));
    const locations = pdf.filter((s) => /^[AB]\d\d$/.test(s));
    t.check("the PDF count sheet holds only the filtered lines", locations.length === expected && locations.every((s) => s === "A03"),
        `${locations.length} location cells`);
    // the sheet filled in is what the import reads: its counted quantity column
    const link = await admin.getAttribute("#count-sheets a:has-text('XLSX')", "href");
    t.check("the grid's count sheet links carry its filter", /locationSeqId=A0/.test(link), link);

    // without JavaScript the grid's form still submits: Enter in a count saves the page
    const plain = await chrome.newContext({ ignoreHTTPSErrors: true, javaScriptEnabled: false, storageState: await admin.context().storageState() });
    const noScript = await plain.newPage();
    await noScript.goto(`${BASE}/physinv/control/CountLines?piListId=${listId}&locationSeqId=A10&VIEW_SIZE=50`);
    const firstKey = await noScript.$eval("#countGrid tbody tr", (tr) => [tr.cells[0], tr.cells[1].firstChild, tr.cells[2], tr.cells[3]]
        .map((c) => c.textContent.trim()).join("|"));
    await noScript.fill("#countGrid input.pi-count >> nth=0", "42");
    await Promise.all([noScript.waitForNavigation(), noScript.press("#countGrid input.pi-count >> nth=0", "Enter")]);
    t.check("without JavaScript, Enter saves the grid", (await sheet(noScript, "&locationSeqId=A10")).counted.get(firstKey) === "42",
        await pageErrors(noScript));
    await plain.close();

    if (process.env.CSRF === "on") {
        // with OFBiz's CSRF defence on, a save POSTed without the token changes nothing
        const [id, shown] = await admin.$eval("#countGrid tbody tr", (tr) => [tr.dataset.line, tr.querySelector("input.pi-count").value]);
        const forged = await admin.request.post(`${BASE}/physinv/control/setPiCountedQuantities`, { form: { piListId: listId, [`count_${id}`]: "999",
            [`shown_${id}`]: shown } });
        // opened again rather than reloaded: the page is the answer to Save all's POST, which a reload would send again
        await admin.goto(`${BASE}/physinv/control/CountLines?piListId=${listId}${filter}&VIEW_SIZE=${GRID}`);
        t.check("a save POSTed without the CSRF token is refused and stores nothing", /CSRF/.test(await forged.text())
            && (await admin.$eval("#countGrid tbody tr input.pi-count", (i) => i.value)) !== "999");
    }
} finally {
    await chrome.close();
}
t.end();
