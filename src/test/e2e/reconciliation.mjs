// A stock closing reconciled with the ledger, in a real OFBiz with the demo data: an accountant books 123.45 to the
// inventory account by hand in OFBiz's accounting (a journal entry naming no stock movement), closes the demo warehouse
// through the screen, opens "Reconcile with ledger" and finds the difference and its explanation: the journal entry, as
// a ledger entry without a movement, linked to OFBiz's own page of the transaction. The CSV, XLSX and PDF carry the
// screen's totals. Screenshot to ./screenshots. Run: OFBIZ_URL=https://localhost:8443 node reconciliation.mjs (CSRF=on with
// the defence on)
import fs from "node:fs";
import { BASE, browser, tally, backOfficeLogin } from "./lib.mjs";
import { pdfText, xlsxRows, parseCsv } from "./documents.mjs";

const t = tally();
const shots = process.env.SCREENSHOTS || "screenshots";
fs.mkdirSync(shots, { recursive: true });
const FACILITY = process.env.FACILITY || "PI_WH1";
const APP = `${BASE}/physinv/control`;
const ACCOUNTING = `${BASE}/accounting/control`;
const INVENTORY_ACCOUNT = "140000";
const day = (offset) => new Date(Date.now() + offset * 86400000).toISOString().slice(0, 10);
const toCents = (value) => Math.round(Number(value) * 100);

const chrome = await browser();
try {
    const first = await chrome.newPage({ ignoreHTTPSErrors: true });
    await backOfficeLogin(first, "/physinv", "admin", "ofbiz");
    await first.request.post(`${APP}/setUserPreference`, { form: { userPrefGroupTypeId: "GLOBAL_PREFERENCES",
        userPrefTypeId: "VISUAL_THEME", userPrefValue: process.env.SCREENSHOT_THEME || "TOMAHAWK" } });
    const session = await chrome.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const admin = await session.newPage();
    admin.on("dialog", (dialog) => dialog.accept());

    // the accountant's journal entry, in OFBiz's accounting: D 140000 / C 336000 123.45, dated yesterday noon, posted
    await backOfficeLogin(admin, "/accounting", "admin", "ofbiz");
    const ajax = async () => ({ "X-CSRF-Token": await admin.evaluate(() => document.querySelector("meta[name=csrf-token]")?.content || ""),
        "X-Requested-With": "XMLHttpRequest" });
    const created = await admin.request.post(`${ACCOUNTING}/quickCreateAcctgTransAndEntries`, { headers: await ajax(), form: {
        organizationPartyId: "Company", acctgTransTypeId: "INTERNAL_ACCTG_TRANS", glFiscalTypeId: "ACTUAL", debitGlAccountId: INVENTORY_ACCOUNT,
        creditGlAccountId: "336000", amount: "123.45", transactionDate: `${day(-1)} 12:00:00.000`, description: "e2e stock found by the accountant" } });
    const page = await created.text();
    const acctgTransId = (/name="acctgTransId"[^>]*value="([^"]+)"/.exec(page) || /acctgTransId=([A-Za-z0-9_-]+)/.exec(page) || [])[1];
    t.check("a journal entry by hand in OFBiz's accounting", created.ok() && !!acctgTransId, acctgTransId);
    const posted = await admin.request.post(`${ACCOUNTING}/postAcctgTrans`, { headers: await ajax(),
        form: { acctgTransId, organizationPartyId: "Company" } });
    t.check("and posted", posted.ok() && !/errorMessage|Could not find/.test(await posted.text()));

    // the closing of the demo warehouse at the end of yesterday, through the screen
    await backOfficeLogin(admin, "/physinv", "admin", "ofbiz");
    await admin.goto(`${APP}/StockClosings`);
    await admin.selectOption("form[name=NewStockClosing] select[name=facilityId]", FACILITY);
    await admin.$eval("form[name=NewStockClosing]", (form, value) => {
        form.querySelector("input[name=closingDate]").value = value;
        const typed = form.querySelector("input[name=closingDate_i18n]");
        if (typed) {
            typed.value = value;
        }
    }, day(-1));
    await admin.selectOption("form[name=NewStockClosing] select[name=valuationMethod]", "FIFO");
    await Promise.all([admin.waitForNavigation(), admin.click("form[name=NewStockClosing] input[type=submit]")]);
    const closingId = new URL(admin.url()).searchParams.get("closingId");
    let status = null;
    for (let i = 0; i < 60 && (!status || status === "PI_CLS_RUNNING"); i++) {
        await admin.waitForTimeout(i ? 1000 : 0);
        await admin.reload();
        status = await admin.getAttribute("#closing-status", "data-status").catch(() => null);
    }
    t.check("the closing of the demo warehouse is done", status === "PI_CLS_DONE", `${closingId} ${status}`);
    const closingTotal = toCents(await admin.getAttribute("#closing-total", "data-value"));

    // Reconcile with ledger
    await Promise.all([admin.waitForNavigation(), admin.click("#closing-reconcile")]);
    const figure = async (selector) => toCents(await admin.getAttribute(selector, "data-value"));
    const account = (column) => `#recon-accounts tr[data-account="${INVENTORY_ACCOUNT}"] td.${column}`;
    const difference = await figure(account("difference"));
    const closingValue = await figure(account("closing-value"));
    const ledger = await figure(account("ledger-balance"));
    t.check("the closing's value on the inventory account is the closing's", closingValue === closingTotal, `${closingValue / 100}`);
    t.check("beside the ledger's balance, and their difference", difference === closingValue - ledger && difference !== 0,
        `${closingValue / 100} − ${ledger / 100} = ${difference / 100}`);
    t.check("the period runs from the start: no closing of the warehouse is confirmed",
        (await admin.getAttribute("#recon-period", "data-from")) === "");
    const rows = await admin.$$eval("#recon-explanations tbody tr", (trs) => trs.map((tr) => ({ cause: tr.dataset.cause,
        transactions: tr.dataset.transactions, amount: tr.querySelector("td.amount").dataset.value })));
    const manual = rows.find((r) => r.transactions.split(" ").includes(acctgTransId));
    t.check("the journal entry explains −123.45 as a ledger entry without a movement", manual?.cause === "NO_MOVEMENT"
        && toCents(manual.amount) === -12345, JSON.stringify(manual));
    const explained = rows.reduce((s, r) => s + toCents(r.amount), 0);
    t.check("the explanations add up to the difference, nothing unexplained", explained === difference
        && (await figure("#recon-unexplained")) === 0, `${explained / 100} of ${difference / 100}`);
    await admin.screenshot({ path: `${shots}/closing-reconciliation.png`, fullPage: false });

    // the transaction's link opens OFBiz's own page of it
    await admin.goto(`${APP}/ReconcileStockClosing?closingId=${closingId}&glAccountId=${INVENTORY_ACCOUNT}`);
    t.check("the account's products add up to its closing value", (await admin.$$eval("#recon-products td[data-value]",
        (cells) => cells.reduce((s, c) => s + Math.round(Number(c.dataset.value) * 100), 0))) === closingValue);
    await Promise.all([admin.waitForNavigation(), admin.click(`#recon-explanations a.acctg-trans[data-id="${acctgTransId}"]`)]);
    const ofbizPage = await admin.content();
    t.check("its link opens the transaction in OFBiz's accounting", admin.url().includes("/accounting/control/EditAcctgTrans")
        && ofbizPage.includes(acctgTransId) && /123\.45/.test(ofbizPage), admin.url());
    await admin.goto(`${APP}/ReconcileStockClosing?closingId=${closingId}`);

    async function download(id) {
        const [file] = await Promise.all([admin.waitForEvent("download"), admin.click(id)]);
        return fs.readFileSync(await file.path());
    }
    // CSV: the account's line and the total line carry the screen's figures; its explanations add up to the difference
    const csv = parseCsv((await download("#recon-csv")).toString("utf8"));
    const accountLine = csv.find((r) => r[0] === "Account" && r[1] === INVENTORY_ACCOUNT);
    const total = csv[csv.length - 1];
    t.check("the CSV's account line is the screen's", toCents(accountLine?.[9]) === closingValue && toCents(accountLine?.[10]) === ledger
        && toCents(accountLine?.[11]) === difference, JSON.stringify(accountLine));
    const csvExplained = csv.filter((r) => r[0] === "Explanation" && r[1] === INVENTORY_ACCOUNT).reduce((s, r) => s + toCents(r[11]), 0);
    const csvProducts = csv.filter((r) => r[0] === "Product" && r[1] === INVENTORY_ACCOUNT).reduce((s, r) => s + toCents(r[9]), 0);
    t.check("its explanations add up to the difference and its products to the closing value", csvExplained === difference
        && csvProducts === closingValue, `${csvExplained / 100}, ${csvProducts / 100}`);
    t.check("its journal entry line", csv.some((r) => r[0] === "Explanation" && r[6] === acctgTransId && toCents(r[11]) === -12345));
    t.check("the CSV's total line is the screen's", total[0] === "Grand total" && toCents(total[11]) === await figure("#recon-difference"));
    // XLSX: the same lines, numbers as numbers
    const sheet = xlsxRows(await download("#recon-xlsx"));
    const sheetAccount = sheet.find((r) => r && r[0] === "Account" && r[1] === INVENTORY_ACCOUNT);
    t.check("the XLSX's account line is the screen's", toCents(sheetAccount?.[11]) === difference && sheet.length === csv.length,
        `${sheet.length} lines, ${csv.length} in the CSV`);
    // PDF (FOP): the total difference
    const pdf = await admin.request.get(await admin.getAttribute("#recon-pdf", "href"));
    const text = pdfText(Buffer.from(await pdf.body()));
    t.check("the PDF carries the screen's difference", pdf.headers()["content-type"].startsWith("application/pdf")
        && text.some((s) => toCents(s) === difference && /^-?\d+\.\d\d$/.test(s.trim())), `${difference / 100}`);

    // a download of a closing that does not exist: its translated message, nothing else
    const refused = await admin.request.get(`${APP}/ReconcileStockClosing.csv?closingId=PI_NO_SUCH_CLOSING`);
    t.check("a closing that does not exist is refused with a clear message", refused.status() === 400
        && /Closing PI_NO_SUCH_CLOSING does not exist/.test(await refused.text()));
} catch (e) {
    t.check("no unexpected error", false, e.stack);
} finally {
    await chrome.close();
    t.end();
}
