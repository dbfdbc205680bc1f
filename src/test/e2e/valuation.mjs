// Warehouse valorization in a real OFBiz with the demo data: run a stock closing of the demo's web store warehouse
// through the screen, watch it finish, confirm it (then it can never run again), open the valorized inventory
// report, download it as CSV, XLSX and PDF and check that each one's totals are the screen's; a product's warehouse
// history with its chart, two closings compared, bad input and a user without the permission refused.
// Screenshots go to ./screenshots. Run: OFBIZ_URL=https://localhost:8443 node valuation.mjs (CSRF=on with the defence on)
import fs from "node:fs";
import { BASE, browser, tally, backOfficeLogin, pageErrors, messages, adminPage } from "./lib.mjs";
import { pdfText, xlsxRows, unzip, parseCsv } from "./documents.mjs";

const t = tally();
const shots = process.env.SCREENSHOTS || "screenshots";
fs.mkdirSync(shots, { recursive: true });
const FACILITY = process.env.FACILITY || "WebStoreWarehouse";
const APP = `${BASE}/physinv/control`;
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);

/** A figure as the screen shows it ("$2,299.60", "2.299,60 €") as a number of cents. */
function cents(text) {
    const digits = text.replace(/[^0-9,.-]/g, "");
    const decimal = /[.,]\d{2}$/.test(digits) ? digits.slice(-3, -2) : null;
    const plain = decimal ? digits.slice(0, -3).replace(/[.,]/g, "") + "." + digits.slice(-2) : digits.replace(/[.,]/g, "");
    return Math.round(Number(plain) * 100);
}
const toCents = (value) => Math.round(Number(value) * 100);

const chrome = await browser();
try {
    const admin = await adminPage(chrome, { acceptDownloads: true });

    async function runClosing(date, method) {
        await admin.goto(`${APP}/StockClosings`);
        await admin.selectOption("form[name=NewStockClosing] select[name=facilityId]", FACILITY);
        // OFBiz's date widget keeps the value in a hidden input beside the field one types in
        await admin.$eval("form[name=NewStockClosing]", (form, value) => {
            form.querySelector("input[name=closingDate]").value = value;
            const typed = form.querySelector("input[name=closingDate_i18n]");
            if (typed) {
                typed.value = value;
            }
        }, date);
        if (method) {
            await admin.selectOption("form[name=NewStockClosing] select[name=valuationMethod]", method);
        }
        await admin.fill("form[name=NewStockClosing] input[name=description]", `e2e closing at ${date}`);
        await Promise.all([admin.waitForNavigation(), admin.click("form[name=NewStockClosing] input[type=submit]")]);
    }
    async function waitDone() {
        for (let i = 0; i < 60; i++) {
            const status = await admin.getAttribute("#closing-status", "data-status").catch(() => null);
            if (status && status !== "PI_CLS_RUNNING") {
                return status;
            }
            await admin.waitForTimeout(1000);
            await admin.reload();
        }
        return "still running";
    }

    // a closing at the end of yesterday, by the organisation's own COGS method, runs as a job and shows its progress
    await runClosing(day(-1));
    const closingId = new URL(admin.url()).searchParams.get("closingId");
    t.check("running a closing leads to the closing's page", !!closingId, admin.url());
    t.check("the closing runs to the end", (await waitDone()) === "PI_CLS_DONE");
    const method = await admin.getAttribute("#closing-method", "data-method");
    t.check("by default the organisation's COGS method values it (the demo Company: LIFO)", method === "LIFO", method);
    const closingTotal = toCents(await admin.getAttribute("#closing-total", "data-value"));
    t.check("the closing has lines and a value", (await admin.$$("table.basic-table.hover-bar tbody tr")).length > 5 && closingTotal > 0,
        `${closingTotal / 100}`);
    await admin.screenshot({ path: `${shots}/stock-closing.png`, fullPage: false });

    // confirmed, it never runs again: no button, and a POST made by hand is refused
    await Promise.all([admin.waitForNavigation(), admin.click("#confirm-closing")]);
    t.check("confirming the closing", (await admin.getAttribute("#closing-status", "data-status")) === "PI_CLS_CONFIRMED");
    t.check("a confirmed closing offers no run again", (await admin.$("#run-again")) === null);
    const token = await admin.evaluate(() => document.querySelector("meta[name=csrf-token]")?.content || "");
    const forged = await admin.request.post(`${APP}/runPiStockClosingAgain`, { form: { closingId, runAsJob: "N" },
        headers: { "X-CSRF-Token": token, "X-Requested-With": "XMLHttpRequest" } });
    const forgedBody = await forged.text();
    t.check("running a confirmed closing again is refused with a clear message", /is confirmed: it can no longer change/.test(forgedBody)
        || (process.env.CSRF === "on" && /CSRF/i.test(forgedBody)));
    await admin.goto(`${APP}/StockClosing?closingId=${closingId}`);
    t.check("and the closing did not change", toCents(await admin.getAttribute("#closing-total", "data-value")) === closingTotal
        && (await admin.getAttribute("#closing-status", "data-status")) === "PI_CLS_CONFIRMED");

    // the valorized inventory report over the closing
    await Promise.all([admin.waitForNavigation(), admin.click("#closing-report")]);
    const screenTotal = toCents(await admin.getAttribute("#report-total", "data-value"));
    const shownTotal = cents(await admin.innerText("#report-total"));
    t.check("the report's grand total is the closing's", screenTotal === closingTotal && shownTotal === screenTotal, `${shownTotal / 100}`);
    const categorySum = (await admin.$$eval("#category-totals tbody td[data-value]", (cells) => cells.map((c) => c.dataset.value)))
        .reduce((s, v) => s + toCents(v), 0);
    t.check("the categories' totals add up to the grand total", categorySum === screenTotal);
    await admin.screenshot({ path: `${shots}/valorized-report.png`, fullPage: false });

    async function download(id) {
        const [file] = await Promise.all([admin.waitForEvent("download"), admin.click(id)]);
        return fs.readFileSync(await file.path());
    }
    // CSV: its rows add up to the screen's total, and its total row says so
    const csv = parseCsv((await download("#export-csv")).toString("utf8"));
    const dataRows = csv.slice(1).filter((r) => !/^(Total|Grand)/.test(r[0]));
    const csvSum = dataRows.reduce((s, r) => s + toCents(r[7]), 0);
    const csvTotal = toCents(csv[csv.length - 1][7]);
    t.check("the CSV's rows add up to the screen's total", csvSum === screenTotal, `${csvSum / 100}`);
    t.check("the CSV's grand total is the screen's", csvTotal === screenTotal && csv[csv.length - 1][0] === "Grand total");
    // XLSX: numbers in cells, the same
    const sheet = xlsxRows(await download("#export-xlsx"));
    const sheetRows = sheet.slice(1).filter((r) => r && !/^(Total|Grand)/.test(r[0] || ""));
    const sheetSum = sheetRows.reduce((s, r) => s + toCents(r[7]), 0);
    const sheetTotal = toCents(sheet[sheet.length - 1][7]);
    t.check("the XLSX's rows add up to the screen's total", sheetSum === screenTotal && sheetRows.length === dataRows.length, `${sheetSum / 100}`);
    t.check("the XLSX's grand total is the screen's", sheetTotal === screenTotal && sheet[sheet.length - 1][0] === "Grand total");
    // PDF (FOP, streamed as the closing's lines are read: a line of fixed-width columns a row): every row of the CSV once, and
    // the grand total line carries the screen's total
    const started = Date.now();
    const pdfResponse = await admin.request.get(await admin.getAttribute("#export-pdf", "href"));
    const pdf = Buffer.from(await pdfResponse.body());
    const seconds = ((Date.now() - started) / 1000).toFixed(2);
    const text = pdfText(pdf).join("\n");
    t.check("the PDF is a PDF of the report", pdfResponse.headers()["content-type"].startsWith("application/pdf") && pdf.subarray(0, 5).toString() === "%PDF-"
        && /Grand total/.test(text), `${pdf.length} bytes in ${seconds} s`);
    const times = (id) => text.split(new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`)).length - 1;
    const products = [...new Set(dataRows.map((r) => r[1]))];
    const shown = products.filter((id) => times(id) === dataRows.filter((r) => r[1] === id).length);
    t.check("the PDF shows every row of the CSV once", shown.length === products.length, `${shown.length} of ${products.length} products`);
    const grand = /Grand total[\s\u00a0]+(\S+)[\s\u00a0]+(\S+)/.exec(text);
    t.check("the PDF's grand total is the screen's", grand !== null && toCents(grand[2]) === screenTotal, grand ? grand[0] : text.slice(-200));

    // a product across closings: a second closing, earlier, then the warehouse history of a product with its chart
    await runClosing(day(-20), "FIFO");
    const earlierId = new URL(admin.url()).searchParams.get("closingId");
    t.check("an earlier closing by another method runs", (await waitDone()) === "PI_CLS_DONE"
        && (await admin.getAttribute("#closing-method", "data-method")) === "FIFO");
    await admin.goto(`${APP}/CompareStockClosings?closingId=${closingId}&otherClosingId=${earlierId}&changedOnly=N`);
    t.check("two closings compare product by product", (await admin.$$("#comparison tbody tr")).length > 5);
    await admin.screenshot({ path: `${shots}/compare-closings.png`, fullPage: false });
    const product = await admin.$eval("#comparison tbody tr td:nth-child(2) a", (a) => a.textContent.trim());
    await admin.goto(`${APP}/WarehouseHistory?productId=${encodeURIComponent(product)}&facilityId=${FACILITY}`);
    const historyRows = (await admin.$$("#warehouse-history tbody tr")).length;
    const points = await admin.getAttribute("#chart-value polyline", "points");
    t.check("the warehouse history shows the product in both closings, with a chart", historyRows >= 2 && points.split(" ").length === historyRows,
        `${historyRows} closings`);
    await admin.screenshot({ path: `${shots}/warehouse-history.png`, fullPage: false });

    // for the README: a product of a generated reference warehouse (HISTORY_FACILITY, e.g. a small one made by
    // src/bench/ofbiz/reference-warehouse.sh) across quarterly closings
    if (process.env.HISTORY_FACILITY) {
        const quarters = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31", "2026-03-31", "2026-06-30", "2026-09-30"];
        for (const quarter of quarters) {
            await admin.goto(`${APP}/StockClosings`);
            await admin.selectOption("form[name=NewStockClosing] select[name=facilityId]", process.env.HISTORY_FACILITY);
            await admin.$eval("form[name=NewStockClosing]", (form, value) => {
                form.querySelector("input[name=closingDate]").value = value;
            }, quarter);
            await Promise.all([admin.waitForNavigation(), admin.click("form[name=NewStockClosing] input[type=submit]")]);
            await waitDone();
        }
        await admin.goto(`${APP}/WarehouseHistory?productId=${process.env.HISTORY_FACILITY}-P000007&facilityId=${process.env.HISTORY_FACILITY}`);
        t.check("a reference product across quarterly closings", (await admin.$$("#warehouse-history tbody tr")).length >= quarters.length);
        await admin.screenshot({ path: `${shots}/warehouse-history.png`, fullPage: false });
    }

    // the stock before and after an inventory: a new inventory of the web store warehouse starts counting, and its page
    // offers the stock of that moment as a zip of CSV files (the inventory is cancelled at the end, so the script runs again)
    const ajax = { "X-CSRF-Token": token, "X-Requested-With": "XMLHttpRequest" };
    const created = await admin.request.post(`${APP}/createPiInventory`, { form: { facilityId: FACILITY, description: "e2e stock before/after" },
        headers: ajax, maxRedirects: 0 });
    const inventoryId = new URL(created.headers().location || "http://x/", "http://x").searchParams.get("piInventoryId");
    const list = await admin.request.post(`${APP}/createPiInventoryList`, { form: { piInventoryId: inventoryId, listTypeId: "PI_STANDARD",
        description: "whole warehouse" }, headers: ajax, maxRedirects: 0 });
    const listId = new URL(list.headers().location || "http://x/", "http://x").searchParams.get("piListId");
    await admin.request.post(`${APP}/assignPiInventoryList`, { form: { piListId: listId, partyId: "PI_COUNTER1" }, headers: ajax, maxRedirects: 0 });
    await admin.request.post(`${APP}/changePiInventoryListStatus`, { form: { piListId: listId, statusId: "PI_LIST_COUNTING" }, headers: ajax,
        maxRedirects: 0 });
    await admin.goto(`${APP}/ViewInventory?piInventoryId=${inventoryId}`);
    const before = await admin.$$eval("#stock-snapshots tbody tr", (rows) => rows.map((r) => [r.dataset.snapshot, r.children[2].textContent.trim()]));
    t.check("counting started: the inventory shows the stock before", before.length === 1 && before[0][0] === "BEFORE", JSON.stringify(before));
    await admin.locator("#stock-snapshots").scrollIntoViewIfNeeded();
    await admin.screenshot({ path: `${shots}/stock-before-after.png`, fullPage: false });
    const zip = unzip(Buffer.from(await (await admin.request.get(await admin.getAttribute("#stock-zip", "href"))).body()));
    const beforeRows = parseCsv(zip["stock-before.csv"] || "");
    t.check("the zip holds the stock before, one row per item on hand", Object.keys(zip).join() === "stock-before.csv"
        && beforeRows.length - 1 === Number(before[0]?.[1]), `${beforeRows.length - 1} rows, ${Object.keys(zip).join()}`);
    const cancelled = await admin.request.post(`${APP}/changePiInventoryStatus`, { form: { piInventoryId: inventoryId, statusId: "PI_INV_CANCELLED" },
        headers: ajax, maxRedirects: 0 });
    t.check("the inventory is cancelled again", [200, 302].includes(cancelled.status()) && !/errorMessage/.test(await cancelled.text()));

    // bad input through the screen: a day not over yet
    await admin.goto(`${APP}/StockClosings`);
    const closingsBefore = await admin.$$eval("table.basic-table.hover-bar tbody tr", (rows) => rows.length);
    await runClosing(day(2));
    const errors = (await messages(admin)) || (await pageErrors(admin));
    t.check("a closing in the future is refused with a clear message", /is not over yet/.test(errors), errors);
    await admin.goto(`${APP}/StockClosings`);
    t.check("and nothing is written", (await admin.$$eval("table.basic-table.hover-bar tbody tr", (rows) => rows.length)) === closingsBefore);

    if (process.env.CSRF === "on") {
        // with OFBiz's CSRF defence on, a POST without the token changes nothing
        const noToken = await admin.request.post(`${APP}/startPiStockClosing`, { form: { facilityId: FACILITY, closingDate: day(-3), runAsJob: "N" } });
        const body = await noToken.text();
        await admin.goto(`${APP}/StockClosings`);
        t.check("a POST without the CSRF token is refused and runs nothing", /CSRF/i.test(body)
            && (await admin.$$eval("table.basic-table.hover-bar tbody tr", (rows) => rows.length)) === closingsBefore);
    }

    // a user who may view but not close: no form, and a POST made by hand changes nothing
    const other = await chrome.newContext({ ignoreHTTPSErrors: true });
    const flex = await other.newPage();
    await backOfficeLogin(flex, "/physinv", "flexadmin", "ofbiz");
    await flex.goto(`${APP}/StockClosings`);
    t.check("without PHYSINV_CLOSE the closing history shows, the form does not",
        (await flex.$("form[name=NewStockClosing]")) === null && (await flex.$$("table.basic-table.hover-bar tbody tr")).length >= 2);
    const flexToken = await flex.evaluate(() => document.querySelector("meta[name=csrf-token]")?.content || "");
    const refused = await flex.request.post(`${APP}/startPiStockClosing`, { form: { facilityId: FACILITY, closingDate: day(-2), runAsJob: "N" },
        headers: { "X-CSRF-Token": flexToken, "X-Requested-With": "XMLHttpRequest" } });
    t.check("and running a closing is refused, naming the permission", /PHYSINV_CLOSE/.test(await refused.text()));
    await other.close();
} catch (e) {
    t.check("no unexpected error", false, e.stack);
} finally {
    await chrome.close();
    t.end();
}
