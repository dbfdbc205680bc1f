// Seed 004's path, start to finish, as a new user does it through the screens: the demo warehouse gets an aisle C
// of 20 locations and 300 stock rows (through OFBiz's Webtools XML import: aisles A and B are too small to type 200 counts);
// New inventory starts it in one step, dated the last day of last month, scoped to aisle C and split every 10 locations
// into two lists, one counter each; the stock before counting downloads by itself (its zip holds the scope's rows); the
// count sheet is printed with a filter (the PDF holds only those lines); 200 counts are typed in the first list's grid and
// saved at once with Save all (one decimal for a piece product is refused, keeps what was typed and says why; the 199
// others are stored); a batch scanner's CSV of 5,000 reads is imported into the second list (preview with its refusals,
// apply, the same file again: nothing doubled); a wrong read made on the handheld by the first list's counter is undone
// there; the lists are marked counted, the review shows the differences, they are posted at the inventory date; OFBiz's
// accounting shows the transaction in that month and OFBiz's inventory item details show the stock moved at that date.
// It posts in the demo warehouse: run it on a fresh demo load. Screenshots go to ./screenshots (SCREENSHOTS names another).
// Run: OFBIZ_URL=https://localhost:8443 node seed004.mjs   (CSRF=on with OFBiz's CSRF defence on)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { BASE, browser, tally, adminPage, pageErrors, inventoryStatus, ean, messages, clickThrough, openOfbiz, startInventory,
    inventoryLists, countSheet, gridRows, typeInGrid, uploadCounts, markCounted, handheldLogin, handheldActions, acctgTransRow,
    glAccountMonth } from "./lib.mjs";
import { pdfText } from "./documents.mjs";

const t = tally();
const shots = process.env.SCREENSHOTS || "screenshots";
fs.mkdirSync(shots, { recursive: true });
const FACILITY = "PI_WH1";
const pad = (n, width = 2) => String(n).padStart(width, "0");
/** The inventory date: the last day of last month at 18:00, so that posting lands in the previous period. */
const lastMonthEnd = new Date(new Date().getFullYear(), new Date().getMonth(), 0);
const DAY = `${lastMonthEnd.getFullYear()}-${pad(lastMonthEnd.getMonth() + 1)}-${pad(lastMonthEnd.getDate())}`;
const INVENTORY_DATE = `${DAY} 18:00`;
const FISCAL_YEAR = `PI_FY${lastMonthEnd.getFullYear()}`; // the demo's fiscal years (data/PhysInvDemoData.xml)
const INVENTORY_ACCOUNT = "140000"; // the demo company's inventory account

// Aisle C: C01..C10 hold PI-1001..PI-1020 (200 lines, the first list), C11..C20 hold PI-1021..PI-1030 (100 lines, the second)
const stock = [];
for (let l = 1; l <= 20; l++) {
    const first = l <= 10 ? 1001 : 1021;
    for (let p = first; p < first + (l <= 10 ? 20 : 10); p++) {
        const location = `C${pad(l)}`;
        const product = `PI-${p}`;
        // the second list's book is 50 everywhere but two lines: the scanner's 50 reads of each find 2 short and 2 over
        const book = l <= 10 ? ((l * 20 + p) % 25) + 5 : location === "C11" && p === 1021 ? 52 : location === "C11" && p === 1022 ? 48 : 50;
        stock.push({ id: `S4-${location}-${p}`, location, product, book, cost: (1 + (p % 17) * 0.75).toFixed(2) });
    }
}
const aisleC = `<entity-engine-xml>
${Array.from({ length: 20 }, (_, i) => `<FacilityLocation facilityId="${FACILITY}" locationSeqId="C${pad(i + 1)}" locationTypeEnumId="FLT_PICKLOC" areaId="MAIN" aisleId="C" sectionId="${pad(i + 1)}" levelId="1" positionId="1"/>`).join("\n")}
${stock.map((s) => `<InventoryItem inventoryItemId="${s.id}" inventoryItemTypeId="NON_SERIAL_INV_ITEM" productId="${s.product}" facilityId="${FACILITY}" locationSeqId="${s.location}" ownerPartyId="Company" currencyUomId="USD" unitCost="${s.cost}" datetimeReceived="2024-06-03 08:00:00.0"/>
<InventoryItemDetail inventoryItemId="${s.id}" inventoryItemDetailSeqId="0001" effectiveDate="2024-06-03 08:00:00.0" quantityOnHandDiff="${s.book}" availableToPromiseDiff="${s.book}" accountingQuantityDiff="${s.book}"/>`).join("\n")}
</entity-engine-xml>`;
const firstList = stock.filter((s) => s.location <= "C10");
const secondList = stock.filter((s) => s.location > "C10");

/** A batch scanner's export for the second list: a read of 1 per row, 50 reads of every line (5,000 rows), then two it refuses. */
function scannerExport() {
    const rows = ["Barcode,Qty,Bin"];
    for (let read = 0; read < 50; read++) {
        for (const s of secondList) {
            rows.push(`${ean(s.product)},1,${s.location}`);
        }
    }
    rows.push("9999999999994,1,C12", `${ean("PI-1023")},0.5,C12`);
    return Buffer.from(rows.join("\n") + "\n");
}

const chrome = await browser();
let inventoryId = null;
try {
    const admin = await adminPage(chrome, { acceptDownloads: true });
    admin.setDefaultTimeout(180000); // a posting answers when it is done (the import waits longer, below)

    // the demo warehouse gets its aisle C through OFBiz's Webtools XML import
    await openOfbiz(admin, `${BASE}/webtools/control/EntityImport`);
    await admin.fill("textarea[name=fulltext]", aisleC);
    await Promise.all([admin.waitForNavigation(), admin.locator("input[type=submit]", { hasText: "" }).last().click()]);
    const imported = await admin.innerText("body");
    t.check("the demo warehouse gets aisle C: 20 locations, 300 stock rows (OFBiz's XML import)", /Wrote 620 of 620 from XML|620/.test(imported)
        && !/error|exception/i.test(imported.split("\n").filter((l) => /Wrote|rror|xception/.test(l)).join(" ")),
        imported.split("\n").filter((l) => /Wrote|rror|xception/.test(l)).join(" | ").slice(0, 300));

    // 1. one-step start: New inventory on the demo warehouse, aisle C, every 10 locations a list, two counters, no freeze
    const description = `Seed 004 count ${new Date().toISOString().slice(0, 19).replace("T", " ")}`;
    const start = await startInventory(admin, { facilityId: FACILITY, counters: ["PI_COUNTER1", "PI_COUNTER2"],
        radios: { splitMode: "EVERY_N", freezeMovements: "N" },
        texts: { description, fromLocationSeqId: "C01", thruLocationSeqId: "C20", locationsPerList: "10" } });
    // the date-time field, as OFBiz's date picker fills it (what is shown and the value posted): this development OFBiz
    // serves no jQuery (its node_modules are not installed), so the picker's script cannot run here
    await admin.evaluate((date) => {
        for (const input of document.querySelectorAll("form[name=StartInventory] input[name=inventoryDate], form[name=StartInventory] input[name=inventoryDate_i18n]")) {
            input.value = date;
        }
    }, `${INVENTORY_DATE}:00.000`);
    await admin.screenshot({ path: `${shots}/seed004-start.png`, fullPage: true });
    const started = await start.submit();
    inventoryId = started.inventoryId;
    const startedPage = (await messages(admin)) + "\n" + (await admin.innerText("body"));
    await admin.screenshot({ path: `${shots}/seed004-started.png`, fullPage: true });
    t.check("one POST starts it: 2 lists, 300 lines, counting open", !!inventoryId && /started: 2 lists, 300 lines; counting is open/.test(startedPage)
        && !(await pageErrors(admin)), `${admin.url()} ${startedPage.slice(0, 300)}`);
    const lists = await inventoryLists(admin, inventoryId);
    const counterOf = (list) => (/\[(PI_COUNTER[12])\]/.exec(list.text) || [])[1];
    t.check("the inventory shows its lists, each with its lines and its counter", lists.length === 2
        && / 200 Count lines/.test(lists[0].text) && / 100 Count lines/.test(lists[1].text) && lists.every(counterOf)
        && counterOf(lists[0]) !== counterOf(lists[1]), lists.map((l) => l.text).join(" | "));
    const dated = await admin.inputValue("form[name=EditInventory] input[name=inventoryDate_i18n]").catch(() => "");
    t.check("dated the last day of last month", dated.startsWith(INVENTORY_DATE), dated);
    const [list1, list2] = lists.map((l) => l.id);

    // the zip: stock-before.csv holds every stock row of the scope with its quantity
    const zip = path.join(os.tmpdir(), `seed004-${Date.now()}.zip`);
    await started.download.saveAs(zip);
    const csv = execFileSync("unzip", ["-p", zip, "stock-before.csv"]).toString().trim().split("\n").map((r) => r.split(","));
    fs.rmSync(zip, { force: true });
    const header = csv[0].map((h) => h.replace(/"/g, "").toLowerCase());
    const col = (name) => header.findIndex((h) => h.includes(name));
    const [locationAt, productAt] = [col("location"), col("product")];
    const quantityAt = header.findIndex((h) => /quantity on hand|on hand|quantity/.test(h));
    const inZip = new Map(csv.slice(1).map((r) => [`${r[locationAt]}|${r[productAt]}`.replace(/"/g, ""), Number(r[quantityAt])]));
    const missing = stock.filter((s) => inZip.get(`${s.location}|${s.product}`) !== s.book);
    t.check("the stock-before zip downloads by itself, holding the 300 stock rows of the scope", started.download.suggestedFilename()
        === `inventory-${inventoryId}-stock.zip` && missing.length === 0, `${started.download.suggestedFilename()}: ${csv.length - 1} rows, `
        + `${missing.length} of the scope missing; header ${header.join(",")}`);

    // 2. the count sheet printed with a filter: the grid filtered on C03, its PDF link holds only those 20 lines
    await admin.goto(`${BASE}/physinv/control/CountLines?piListId=${list1}`);
    await admin.fill("form[name=FindCountLines] input[name=locationSeqId]", "C03");
    await Promise.all([admin.waitForNavigation(), admin.click("form[name=FindCountLines] button[type=submit]")]);
    const pdfHref = await admin.getAttribute("#count-sheets a:has-text('PDF')", "href");
    const pdf = pdfText(Buffer.from(await (await admin.request.get(new URL(pdfHref, BASE).href)).body()));
    const pdfLocations = pdf.filter((s) => /^[A-C]\d\d$/.test(s));
    const pdfProducts = pdf.filter((s) => /^PI-\d{4}$/.test(s));
    t.check("the count sheet printed with the grid's filter holds only its 20 lines", /locationSeqId=C03/.test(pdfHref)
        && pdfLocations.length === 20 && pdfLocations.every((s) => s === "C03") && new Set(pdfProducts).size === 20,
        `${pdfLocations.length} location cells, ${new Set(pdfProducts).size} products`);
    await admin.screenshot({ path: `${shots}/seed004-filtered.png`, fullPage: false });

    // 3. 200 counts typed from the paper sheet, Enter going down, saved at once; a decimal for a piece product is refused
    await admin.goto(`${BASE}/physinv/control/CountLines?piListId=${list1}`);
    await admin.selectOption("form[name=FindCountLines] select[name=VIEW_SIZE]", "200");
    await Promise.all([admin.waitForNavigation(), admin.click("form[name=FindCountLines] button[type=submit]")]);
    const rows = await gridRows(admin);
    const bookOf = new Map(stock.map((s) => [`${s.location}|${s.product}||`, s.book]));
    const BAD = 57;
    const SHORT = 5; // the first five rows are one short
    const typed = rows.map((row, i) => String(i === BAD ? "1.5" : bookOf.get(row.key) - (i < SHORT ? 1 : 0)));
    await typeInGrid(admin, typed);
    t.check("200 counts typed, Enter going down row by row, then to Save all", rows.length === 200
        && (await admin.evaluate(() => document.activeElement.id)) === "saveAllCounts", `${rows.length} rows`);
    await Promise.all([admin.waitForNavigation(), admin.click("#saveAllCounts")]);
    const saved = await messages(admin);
    t.check("Save all stores them at once and says one row is refused", /199 counts saved; 1 rows refused/.test(saved), saved);
    const refusedRow = admin.locator("#countGrid tbody tr").nth(BAD);
    const refusal = await refusedRow.locator(".pi-refusal").innerText();
    t.check("the refused row keeps what was typed and says why", (await refusedRow.locator("input.pi-count").inputValue()) === "1.5"
        && /whole/.test(refusal) && /pi-refused/.test(await refusedRow.getAttribute("class")), refusal);
    await refusedRow.scrollIntoViewIfNeeded();
    await admin.screenshot({ path: `${shots}/seed004-grid-refused.png`, fullPage: false });
    let sheet1 = await countSheet(admin, list1);
    const wrong = rows.filter((row, i) => i !== BAD && sheet1.counted.get(row.key) !== typed[i]);
    t.check("the 199 others are stored as typed, the refused line is still uncounted", wrong.length === 0
        && sheet1.counted.get(rows[BAD].key) === "", JSON.stringify(wrong.slice(0, 3)));
    // the user corrects the refused row and saves again
    await refusedRow.locator("input.pi-count").fill(String(bookOf.get(rows[BAD].key)));
    await Promise.all([admin.waitForNavigation(), admin.click("#saveAllCounts")]);
    sheet1 = await countSheet(admin, list1);
    t.check("corrected, it is saved: every line of the first list is counted", /1 counts saved/.test(await messages(admin))
        && sheet1.lines.every((cells) => cells[6] !== ""), await messages(admin));

    // 4. the scanner's CSV of 5,000 reads imported into the second list: preview, apply, the same file again
    const file = { name: "scanner-export.csv", buffer: scannerExport(), mode: "ADD" };
    const preview = await uploadCounts(admin, list2, file);
    const reasons = await admin.innerText("#importRefused").catch(() => "");
    t.check("the preview says what it records and what it refuses", preview.rows === "5002" && preview.record === "5000"
        && preview.refused === "2" && preview.already === "0", JSON.stringify(preview));
    t.check("each refused row says why", /9999999999994/.test(reasons) && /whole/.test(reasons), reasons.slice(0, 300));
    await admin.screenshot({ path: `${shots}/seed004-import-preview.png`, fullPage: false });
    await Promise.all([admin.waitForNavigation({ timeout: 600000 }), admin.click("#applyCountFile button[type=submit]")]);
    const applied = await messages(admin);
    const sheet2 = await countSheet(admin, list2);
    t.check("apply records the 5,000 reads: every line of the second list counts 50", applied.includes("5,000 counts recorded from scanner-export.csv")
        && sheet2.lines.length === 100 && sheet2.lines.every((cells) => cells[6] === "50"), `${applied}; sum ${sheet2.sum}`);
    const again = await uploadCounts(admin, list2, { ...file, name: "scanner-export-again.csv" });
    t.check("the same file again: every row was imported before, nothing to apply", again.record === "0" && again.already === "5000"
        && !(await admin.$("#applyCountFile")), JSON.stringify(again));
    const sheet2Again = await countSheet(admin, list2);
    t.check("nothing doubled: the list's totals are unchanged", sheet2Again.sum === 5000 && sheet2Again.lines.length === sheet2.lines.length,
        `${sheet2Again.sum} counted in ${sheet2Again.lines.length} lines`);
    const log = await (await admin.request.get(`${BASE}/physinv/control/ScanLog?piListId=${list2}`)).text();
    t.check("the scan log shows the reads as imported from the file", />\s*Import\b/.test(log) && /scanner-export\.csv/.test(log));

    // 5. a wrong read on the handheld by the first list's counter, undone there
    const counter = counterOf(lists[0]) === "PI_COUNTER1" ? "picounter1" : "picounter2";
    const handheld = await chrome.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 640 } });
    const hh = await handheld.newPage();
    await handheldLogin(hh, counter);
    const hand = handheldActions(hh, t);
    await hh.click(`button.list[data-list="${list1}"]`);
    const line = firstList[0];
    const before = Number(sheet1.counted.get(`${line.location}|${line.product}||`));
    await hand.scan(line.location);
    await hand.expectMessage(new RegExp(line.location), `the counter scans ${line.location}`);
    await hand.count(ean(line.product), 100);
    await hh.waitForSelector("#ask:not([hidden])");
    await hh.click("#ask-add");
    await hand.expectMessage(new RegExp(`: ${before + 100}$`), `a wrong read: 100 added to ${before}`);
    const reads = await hand.expectNewestRead(/Add 100 · total/);
    await hh.click(`#recent-list button.undo[data-key="${reads[0]?.key}"]`);
    await hh.waitForSelector("#undo-ask:not([hidden])");
    await hh.click("#undo-yes");
    await hand.expectMessage(new RegExp(`counts ${before}\\.$`), `undone on the handheld: the line counts ${before} again`);
    await hand.expectNewestRead(/Undo \u2212100/);
    await hh.screenshot({ path: `${shots}/seed004-handheld-undo.png`, fullPage: true });
    await handheld.close();
    const afterUndo = await countSheet(admin, list1);
    t.check("the line's total is back to what it was", Number(afterUndo.counted.get(`${line.location}|${line.product}||`)) === before
        && afterUndo.sum === sheet1.sum, `${afterUndo.counted.get(`${line.location}|${line.product}||`)}, list ${afterUndo.sum} / ${sheet1.sum}`);

    // 6. the lists marked counted, the review shows the differences, posted at the inventory date
    await markCounted(admin, inventoryId, [list1, list2]);
    const counted = await inventoryStatus(admin, inventoryId);
    t.check("the lists and the inventory are marked counted", counted.id === "PI_INV_COUNTED", `${JSON.stringify(counted)} ${await pageErrors(admin)}`);
    const review = `${BASE}/physinv/control/ReviewInventory?piInventoryId=${inventoryId}`;
    await admin.goto(review);
    await admin.check("form[name=FindDifferences] input[name=differencesOnly]");
    await Promise.all([admin.waitForNavigation(), admin.click("form[name=FindDifferences] [type=submit]")]);
    const differences = await admin.$$eval("#differences tbody tr", (trs) => trs.map((r) => ({ ...r.dataset })));
    const expected = [...rows.slice(0, SHORT).map((r) => `${r.key.split("|").slice(0, 2).join("|")}:-1`), "C11|PI-1021:-2", "C11|PI-1022:2"].sort();
    const shown = differences.map((r) => `${r.location}|${r.product}:${Number(r.difference)}`).sort();
    t.check("the review, only lines that change stock: five lines one short, one 2 short, one 2 over", shown.join() === expected.join(),
        shown.join(" ") || (await pageErrors(admin)));
    await admin.screenshot({ path: `${shots}/seed004-review.png`, fullPage: true });
    const proposed = await admin.getAttribute("form[name=PostInventory] input[name=postingDate]", "value");
    t.check("the post form proposes the inventory date", (proposed || "").startsWith(INVENTORY_DATE), proposed);
    await clickThrough(admin, "Post the differences");
    let status = await inventoryStatus(admin, inventoryId);
    for (let i = 0; i < 60 && status.id !== "PI_INV_POSTED"; i++) {
        await admin.waitForTimeout(2000);
        status = await inventoryStatus(admin, inventoryId);
    }
    t.check("the differences are posted", status.id === "PI_INV_POSTED", JSON.stringify(status));
    await admin.goto(review);
    await admin.screenshot({ path: `${shots}/seed004-posted.png`, fullPage: true });
    const postingShown = await admin.locator("form[name=PostingStatus]").innerText();
    const shownDate = `${lastMonthEnd.getMonth() + 1}/${lastMonthEnd.getDate()}/${String(lastMonthEnd.getFullYear()).slice(2)}, 6:00`;
    const ledgerLink = await admin.getAttribute("form[name=PostingStatus] a[href*='acctgTransId=']", "href");
    const acctgTransId = new URL(ledgerLink, BASE).searchParams.get("acctgTransId");
    t.check("the inventory shows its posting date and its ledger transaction", (postingShown.includes(INVENTORY_DATE) || postingShown.includes(shownDate)) && !!acctgTransId,
        (postingShown.match(/Posting date[^\n]*/) || [postingShown.slice(0, 200)])[0]);

    // 7. OFBiz's own screens: the transaction in the inventory date's month, the stock moved at that date
    const ledger = await acctgTransRow(admin, acctgTransId);
    t.check("OFBiz's list of accounting transactions shows it posted, dated at the inventory date", ledger.row.includes(INVENTORY_DATE)
        && /Item Variance/.test(ledger.row) && / Y /.test(ledger.row),
        ledger.row || ledger.rows.slice(-3).join(" | "));
    await admin.screenshot({ path: `${shots}/seed004-acctg-trans.png`, fullPage: true });
    const month = await glAccountMonth(admin, INVENTORY_ACCOUNT, FISCAL_YEAR, acctgTransId);
    t.check("OFBiz's GL account report files it in the inventory date's month", !!month.row && month.row.startsWith(DAY)
        && month.sameMonth.every((r) => r.startsWith(DAY.slice(0, 7))), month.row || month.rows.slice(0, 4).join(" | "));
    await admin.screenshot({ path: `${shots}/seed004-gl-account-month.png`, fullPage: true });
    // the stock: from the review's link to OFBiz's inventory items of the warehouse, the item, its details
    const moved = stock.find((s) => s.location === "C11" && s.product === "PI-1021");
    await admin.goto(review);
    await Promise.all([admin.waitForNavigation(), admin.click("form[name=PostingStatus] a[href*='EditFacilityInventoryItems']")]);
    await admin.fill("input[name=productId]", moved.product);
    await Promise.all([admin.waitForNavigation(), admin.locator("input[type=submit][value=Find], button", { hasText: "Find" }).first().click()
        .catch(() => admin.press("input[name=productId]", "Enter"))]);
    await Promise.all([admin.waitForNavigation(), admin.locator(`a[href*='inventoryItemId=${moved.id}']`).first().click()]);
    await Promise.all([admin.waitForNavigation(), admin.locator("a[href*='ViewInventoryItemDetail']").first().click()]);
    const details = await admin.innerText("body");
    t.check("OFBiz's inventory item details show the stock moved at the inventory date", new RegExp(`${INVENTORY_DATE}[^\\n]*-2\\b`).test(details),
        details.split("\n").filter((l) => /-2\b/.test(l)).join(" | ").slice(0, 300) || admin.url());
    await admin.screenshot({ path: `${shots}/seed004-inventory-item-detail.png`, fullPage: true });
} finally {
    await chrome.close();
    t.end();
}
