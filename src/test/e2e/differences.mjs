// Stock differences in a real OFBiz with the demo data, as seeds 003 and 004 describe them: the demo inventory is
// counted (the counter's handheld API), the back office marks it counted and reviews the differences, sends the
// line beyond tolerance to a recount that the counter counts on the handheld page; archiving it with differences
// still to post is refused and cancelling asks first; then it posts at the inventory date the form proposes, and
// OFBiz's own inventory item and ledger screens show the result in that date's period. It posts the demo
// inventory: run it last on a demo load.
// Run: OFBIZ_URL=https://localhost:8443 node differences.mjs
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { BASE, browser, tally, backOfficeLogin, pageErrors, messages, inventoryStatus, ean, adminPage, clickThrough, markCounted as markListsCounted,
    acctgTransRow, glAccountMonth } from "./lib.mjs";

const t = tally();
const shots = process.env.SCREENSHOTS || "screenshots";
fs.mkdirSync(shots, { recursive: true });
const INVENTORY = "PI_DEMO_1";
/** The demo inventory's date (data/PhysInvDemoData.xml), as OFBiz's forms show it. */
const INVENTORY_DATE = "2026-11-30 18:00";
const EDIT = `${BASE}/physinv/control/EditInventory?piInventoryId=${INVENTORY}`;
const REVIEW = `${BASE}/physinv/control/ReviewInventory?piInventoryId=${INVENTORY}`;

const chrome = await browser();
try {
    const admin = await adminPage(chrome);

    /** Clicks a link or button by its text and waits for the page it leads to. */
    const click = (text) => clickThrough(admin, text);
    async function reviewRows() {
        await admin.goto(REVIEW);
        return admin.$$eval("#differences tbody tr", (rows) => rows.map((r) => ({ ...r.dataset })));
    }

    // the lists of the demo inventory get their lines from the book stock
    await admin.goto(REVIEW);
    const lists = await admin.$$eval("form[name=FindDifferences] select[name=piListId] option", (os) => os.map((o) => o.value).filter(Boolean));
    for (const list of lists) {
        await admin.goto(`${BASE}/physinv/control/CountLines?piListId=${list}`);
        await click("Generate lines from book stock");
    }
    let rows = await reviewRows();
    t.check("the review shows every line of the inventory's lists", rows.length > 20, `${rows.length} lines in ${lists.join(", ")}`);

    // the counter counts every line through the handheld's JSON API: all as booked, but one short by 5 and one over by 1
    const counter = await chrome.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 640 } });
    const hh = await counter.newPage();
    await hh.goto(`${BASE}/physinv-count/control/main`);
    await hh.fill("#USERNAME", "picounter1");
    await hh.fill("#PASSWORD", "ofbiz");
    await Promise.all([hh.waitForNavigation(), hh.click("button[type=submit]")]);
    const token = await hh.getAttribute("meta[name=csrf-token]", "content");
    const shortLine = rows.find((r) => !r.serial && Number(r.book) >= 10);
    const overLine = rows.find((r) => r !== shortLine && !r.serial && Number(r.book) >= 20);
    async function record(fields) {
        const answer = await hh.request.post(`${BASE}/physinv-count/control/recordPiCount`, {
            form: { scanKey: randomUUID(), deviceId: "e2e-differences", ...fields },
            headers: { "X-CSRF-Token": token || "", "X-Requested-With": "XMLHttpRequest" } });
        return answer.json();
    }
    let refused = 0;
    for (const row of rows) {
        const quantity = row === shortLine ? Number(row.book) - 5 : row === overLine ? Number(row.book) + 1 : Number(row.book);
        const answer = await record({ piListId: row.list, locationSeqId: row.location, productId: row.product, lotId: row.lot,
            serialNumber: row.serial, quantity: String(quantity), scanAction: "REPLACE" });
        refused += answer.outcome === "RECORDED" ? 0 : 1;
    }
    t.check("the counter's reads are all recorded", refused === 0, `${refused} refused`);
    // stock found where the book has none: a hammer in B10, at the cost of its last receipt
    const found = await record({ piListId: "PI_DEMO_L2", locationSeqId: "B10", code: ean("PI-1001"), quantity: "2" });
    t.check("an item found where the book has none is counted", found.outcome === "RECORDED", JSON.stringify(found).slice(0, 200));

    /** Marks every list of the inventory counted, then the inventory. */
    const markCounted = (listIds) => markListsCounted(admin, INVENTORY, listIds);
    await markCounted(lists);
    const errors = await pageErrors(admin);
    const counted = await inventoryStatus(admin, INVENTORY);
    t.check("the back office marks the lists and the inventory counted", counted.id === "PI_INV_COUNTED" && counted.shown === "Counted",
        `${JSON.stringify(counted)} ${errors}`);

    // the review: seed 004's summary of the movements posting will create, the line beyond tolerance flagged
    rows = await reviewRows();
    const short = rows.find((r) => r.line === shortLine.line);
    const summary = await admin.locator(".screenlet", { hasText: "Summary of the stock movements" }).innerText();
    t.check("the short line shows its difference of -5", Number(short.difference) === -5, short.difference);
    t.check("and is flagged over tolerance", (await admin.getAttribute(`tr[data-line="${short.line}"]`, "class")).includes("pi-over-tolerance"));
    t.check("the summary totals the shortage by reason", /Lost[^\n]*Shortage[^\n]*-5/i.test(summary), summary.replace(/\s+/g, " ").slice(0, 300));
    const csv = await (await admin.request.get(`${BASE}/physinv/control/ReviewCsv?piInventoryId=${INVENTORY}`)).text();
    t.check("the CSV export holds every line", csv.trim().split("\n").length - 1 === rows.length, `${csv.trim().split("\n").length - 1} CSV rows`);
    await admin.screenshot({ path: `${shots}/review.png`, fullPage: true });

    // the line beyond tolerance goes to a recount list for the counter
    await admin.check(`input[name=lineRef][value="${short.line}"]`);
    await admin.selectOption("form[name=CreateRecountList] select[name=partyId]", "PI_COUNTER1");
    const recountPage = await click("Create a recount list");
    const recountList = new URL(admin.url()).searchParams.get("piListId");
    t.check("a recount list with the chosen line is made and opened for counting", !!recountList && recountPage.includes("Maria Rossi"),
        await pageErrors(admin));

    // counted on the handheld as usual
    await hh.goto(`${BASE}/physinv-count/control/main`);
    await hh.waitForSelector(`button.list[data-list="${recountList}"]`);
    await hh.click(`button.list[data-list="${recountList}"]`);
    await hh.fill("#scan", short.location);
    await hh.press("#scan", "Enter");
    await hh.waitForFunction((l) => document.getElementById("message").innerText.includes(l), short.location);
    await hh.fill("#scan", ean(short.product));
    await hh.press("#scan", "Enter");
    await hh.waitForSelector("#item-form:not([hidden])");
    await hh.fill("#quantity", String(Number(short.book) - 1));
    await hh.press("#quantity", "Enter");
    await hh.waitForFunction((q) => document.getElementById("message").innerText.endsWith(": " + q), String(Number(short.book) - 1))
        .catch(() => {});
    t.check("the counter recounts the line on the handheld", (await hh.innerText("#message")).endsWith(`: ${Number(short.book) - 1}`),
        await hh.innerText("#message"));

    await markCounted([recountList]);
    rows = await reviewRows();
    const recounted = rows.find((r) => r.product === short.product && r.location === short.location && (r.lot || "") === (short.lot || ""));
    t.check("the recount replaces the first count", Number(recounted.difference) === -1, recounted.difference);

    if (process.env.CSRF === "on") {
        // with OFBiz's CSRF defence on, a posting POSTed without the token changes nothing
        const forged = await admin.request.post(`${BASE}/physinv/control/startPiPosting`, { form: { piInventoryId: INVENTORY } });
        const status = await inventoryStatus(admin, INVENTORY);
        t.check("a posting POSTed without the CSRF token is refused and posts nothing", /CSRF/.test(await forged.text())
            && status.id === "PI_INV_COUNTED", `HTTP ${forged.status()}, ${JSON.stringify(status)}`);
    }

    // no way to lose a count: a counted inventory's actions are Recount, Archive and Cancel, and archiving it with
    // differences still to post is refused, saying to post them or cancel
    await admin.goto(EDIT);
    const actions = await admin.locator("form[name=InventoryStatusActions] a.buttontext, table a.buttontext").allInnerTexts();
    t.check("a counted inventory offers Recount, Archive and Cancel", ["Recount", "Archive", "Cancel"].every((a) => actions.includes(a)),
        actions.join(", "));
    await click("Archive");
    const archiving = await messages(admin);
    let status = await inventoryStatus(admin, INVENTORY);
    t.check("archiving it with differences still to post is refused, saying to post or cancel",
        /still has \d+ stock differences to post/.test(archiving) && archiving.includes("cancel the inventory") && status.id === "PI_INV_COUNTED",
        `${JSON.stringify(status)} ${archiving.slice(0, 300)}`);
    // cancelling asks first, saying the counts will not be posted; answered No, the inventory stays as it is
    const asker = await admin.context().newPage();
    let asked = "";
    asker.on("dialog", (dialog) => { asked = dialog.message(); dialog.dismiss(); });
    await asker.goto(EDIT);
    await asker.locator("a.buttontext", { hasText: /^Cancel$/ }).first().click();
    await asker.waitForTimeout(1000);
    await asker.close();
    status = await inventoryStatus(admin, INVENTORY);
    t.check("cancelling asks for confirmation, saying the counts will not be posted", /counts will not be posted/.test(asked), asked);
    t.check("answered No, the inventory stays counted", status.id === "PI_INV_COUNTED", JSON.stringify(status));

    // the post form proposes the inventory date: a count of 30 November posted in December lands in November
    await admin.goto(REVIEW);
    const proposed = await admin.getAttribute("form[name=PostInventory] input[name=postingDate]", "value");
    const proposedShown = await admin.inputValue("form[name=PostInventory] input[name=postingDate_i18n]").catch(() => "");
    t.check("the post form proposes the inventory date as the posting date", (proposed || "").startsWith(INVENTORY_DATE),
        `${proposed} (shown ${proposedShown})`);
    await admin.locator(".screenlet", { has: admin.locator("form[name=PostInventory]") }).first().screenshot({ path: `${shots}/post-dated.png` });

    // post, then OFBiz's own screens show the stock and the ledger
    const posted = await click("Post the differences");
    t.check("the inventory is posted", posted.includes("posted:") || posted.includes("Posted"), (await pageErrors(admin)) || posted.slice(0, 300));
    await admin.screenshot({ path: `${shots}/review-posted.png`, fullPage: true });
    const ledgerLink = await admin.getAttribute("form[name=PostingStatus] a[href*='acctgTransId=']", "href");
    const acctgTransId = new URL(ledgerLink, BASE).searchParams.get("acctgTransId");
    const postedSummary = await admin.locator(".screenlet", { hasText: "Summary of the stock movements" }).innerText();
    t.check("after posting, the review shows what was posted", /Lost[^\n]*Shortage[^\n]*-1/i.test(postedSummary)
        && /Found[^\n]*Surplus/i.test(postedSummary), postedSummary.replace(/\s+/g, " ").slice(0, 300));
    const postingShown = await admin.locator("form[name=PostingStatus]").innerText();
    t.check("the inventory shows the posting date", /Posting date\s+(2026-11-30 18:00|11\/30\/26, 6:00)/.test(postingShown),
        (postingShown.match(/Posting date[^\n]*/) || [postingShown.slice(0, 200)])[0]);
    status = await inventoryStatus(admin, INVENTORY);
    t.check("its status is Posted", status.id === "PI_INV_POSTED" && status.shown === "Posted", JSON.stringify(status));

    // OFBiz's screens through the links the review shows (they carry OFBiz's CSRF token when its defence is on)
    await admin.goto(REVIEW);
    await Promise.all([admin.waitForNavigation(), admin.click("form[name=PostingStatus] a[href*='EditFacilityInventoryItems']")]);
    if (await admin.locator("input[name=USERNAME]").count()) {
        await backOfficeLogin(admin, "/facility", "admin", "ofbiz");
    }
    await admin.fill("input[name=productId]", short.product);
    await Promise.all([admin.waitForNavigation(), admin.locator("input[type=submit][value=Find], button", { hasText: "Find" }).first().click()
        .catch(() => admin.press("input[name=productId]", "Enter"))]);
    const facility = await admin.innerText("body");
    const left = Number(short.book) - 1;
    t.check("OFBiz's facility screen shows the recounted quantity", new RegExp(`\\[${short.location}\\][^\\n]*\\b${left} / ${left}\\b`).test(facility),
        facility.split("\n").filter((l) => l.includes(short.product)).join(" | ") || (await pageErrors(admin)));
    await admin.screenshot({ path: `${shots}/ofbiz-inventory-items.png`, fullPage: true });
    const ledger = await acctgTransRow(admin, acctgTransId);
    t.check("OFBiz's ledger shows one posted inventory variance transaction", /Item Variance/.test(ledger.row) && / Y /.test(ledger.row),
        ledger.row || ledger.rows.slice(-3).join(" | "));
    t.check("dated at the inventory date", ledger.row.includes(INVENTORY_DATE), ledger.row);
    await admin.screenshot({ path: `${shots}/ofbiz-acctg-trans.png`, fullPage: true });

    // OFBiz's GL account report of the fiscal year, month by month: the transaction is in November with its date
    const account = "140000"; // the demo company's inventory account
    const { row, sameMonth } = await glAccountMonth(admin, account, "PI_FY2026", acctgTransId);
    t.check("OFBiz's GL account report files it in November of the inventory's fiscal year", !!row && row.startsWith("2026-11-30")
        && sameMonth.every((r) => r.startsWith("2026-11")), row || "not in the report");
    await admin.screenshot({ path: `${shots}/ofbiz-gl-account-month.png`, fullPage: true });
} finally {
    await chrome.close();
    t.end();
}
