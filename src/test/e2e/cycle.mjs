// Cycle counting in a real OFBiz with the demo data: the plan of the demo's cycle-counted warehouse PI_WH2 shows what is
// due with its ABC classes and the inventory record accuracy; one action makes a cycle inventory of a few due rows for a counter;
// the counter counts it on the handheld, confirming an empty location in one scan; the back office marks it counted and posts it;
// then the plan no longer shows those rows. Bad input on the way (no employee, shares that do not add up) changes nothing.
// Each run counts a few of the due rows of PI_WH2: reload the demo data when the plan has run dry.
// Run: OFBIZ_URL=https://localhost:8443 node cycle.mjs   (CSRF=on also checks a forged POST with OFBiz's CSRF defence on)
import fs from "node:fs";
import { BASE, browser, tally, backOfficeLogin, handheldLogin, pageErrors, messages, inventoryStatus, ean, adminPage } from "./lib.mjs";

const t = tally();
const shots = process.env.SCREENSHOTS || "screenshots";
fs.mkdirSync(shots, { recursive: true });
const PLAN = `${BASE}/physinv/control/CyclePlan?facilityId=PI_WH2`;

const chrome = await browser();
try {
    const admin = await adminPage(chrome);

    /** Clicks a link or button by its text and answers the page it leads to, with OFBiz's messages (the theme shows them by script). */
    async function click(text, selector = "a, input[type=submit], button") {
        const target = text ? admin.locator(selector, { hasText: text }) : admin.locator(selector);
        await Promise.all([admin.waitForNavigation(), target.first().click()]);
        return (await messages(admin)) + "\n" + (await admin.innerText("body"));
    }
    async function submit(form) {
        return click(null, `form[name=${form}] input[type=submit], form[name=${form}] button`);
    }
    async function planRows() {
        await admin.goto(PLAN);
        return admin.$$eval("#due-items tbody tr", (rows) => rows.map((r) => ({ ...r.dataset })));
    }

    // the plan: what is due, with classes, and the accuracy of the counts posted over the last twelve months
    let rows = await planRows();
    const dues = [...new Set(rows.map((r) => r.due))];
    t.check("the plan shows what is due", rows.length >= 3, `${rows.length} rows: ${dues.join(", ")}`);
    t.check("overdue items come first", rows[0] && rows[0].due === "OVERDUE");
    const classes = [...new Set(rows.map((r) => r.class))].filter(Boolean).sort();
    t.check("due items carry their ABC class", classes.length >= 2, classes.join(" "));
    const year = await admin.$eval("#accuracy tr.header-row-2:last-child td[data-class=ALL]", (td) => ({ lines: Number(td.dataset.lines),
        text: td.innerText }));
    t.check("inventory record accuracy of the last twelve months is shown", year.lines > 0 && /%/.test(year.text), year.text);
    t.check("with its chart", (await admin.locator("#accuracy-chart circle").count()) > 0);
    await admin.screenshot({ path: `${shots}/cycle-plan.png`, fullPage: true });

    // the ABC classes recomputed on demand from OFBiz's movements
    const computed = await click("Recompute ABC classes");
    t.check("the ABC classes are recomputed from the movements", /PI_WH2: \d+ A, \d+ B, \d+ C/.test(computed),
        (computed.match(/ABC classes of facility[^\n]*?C\./) || [computed.slice(0, 200)])[0]);

    // choose: a location to confirm empty when one is due, and two rows with stock of one line each
    rows = await planRows();
    const zero = rows.find((r) => Number(r.book) === 0);
    const plain = rows.filter((r) => Number(r.book) > 0 && r.lines === "1" && (!zero || r.location !== zero.location)).slice(0, 2);
    const chosen = [...(zero ? [zero] : []), ...plain];
    t.check("there is something due to count (reload the demo when the plan has run dry)", plain.length === 2,
        chosen.map((r) => r.key).join(" "));

    // bad input: no employee chosen; nothing is made
    for (const row of chosen) {
        await admin.check(`input[name=cycleKey][value="${row.key}"]`);
    }
    const refused = await click("Create cycle inventory");
    t.check("without an employee the cycle inventory is refused", /at least one employee/.test(refused), refused.slice(0, 200));
    t.check("and nothing is made", (await planRows()).length === rows.length);

    // one action: a cycle inventory of the ticked rows for Maria Rossi
    for (const row of chosen) {
        await admin.check(`input[name=cycleKey][value="${row.key}"]`);
    }
    await admin.check("input[name=partyId][value=PI_COUNTER1]");
    const made = await click("Create cycle inventory");
    const inventoryId = new URL(admin.url()).searchParams.get("piInventoryId");
    const listId = await admin.$eval("a[href*='EditInventoryList?piListId=']", (a) => new URL(a.href).searchParams.get("piListId"))
        .catch(() => null);
    t.check("one action makes a cycle inventory with a list open for counting", !!inventoryId && !!listId && made.includes("Cycle count"),
        `${inventoryId} ${listId} ${made.slice(0, 300)}`);
    rows = await planRows();
    t.check("the plan no longer offers what is being counted", chosen.every((c) => !rows.some((r) => r.key === c.key)));

    // the counter counts it on the handheld: the empty location in one scan, the others item by item
    const counter = await chrome.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 640 } });
    const hh = await counter.newPage();
    await handheldLogin(hh);
    await hh.click(`button.list[data-list="${listId}"]`);
    const message = () => hh.innerText("#message");
    async function scan(code, expect) {
        await hh.fill("#scan", code);
        await hh.press("#scan", "Enter");
        await hh.waitForFunction((e) => document.getElementById("message").innerText.includes(e), expect, { timeout: 10000 }).catch(() => {});
        return message();
    }
    if (zero) {
        const offered = await scan(zero.location, "empty");
        t.check("a location whose book is empty is offered to confirm empty", offered.includes(`${zero.location} is empty`), offered);
        const confirmed = await scan(zero.location, "confirmed empty");
        t.check("scanning it again confirms it empty", confirmed.includes(`${zero.location} confirmed empty. Lines counted zero: 1`), confirmed);
        await hh.screenshot({ path: `${shots}/cycle-handheld.png` });
    }
    let expected = 0;
    for (const [i, row] of plain.entries()) {
        const quantity = i === 0 ? Number(row.book) - 1 : Number(row.book);
        expected += i === 0 ? -1 : 0;
        await scan(row.location, row.location);
        await hh.fill("#scan", ean(row.product));
        await hh.press("#scan", "Enter");
        await hh.waitForSelector("#item-form:not([hidden])");
        await hh.fill("#quantity", String(quantity));
        await hh.press("#quantity", "Enter");
        await hh.waitForFunction((q) => document.getElementById("message").innerText.endsWith(": " + q), String(quantity), { timeout: 10000 })
            .catch(() => {});
        t.check(`${row.product} in ${row.location} is counted on the handheld`, (await message()).endsWith(`: ${quantity}`), await message());
    }
    await hh.waitForFunction((n) => document.getElementById("progress").innerText.startsWith(`${n} of ${n}`), chosen.length, { timeout: 10000 })
        .catch(() => {});
    t.check("every line of the list is counted", (await hh.innerText("#progress")).startsWith(`${chosen.length} of ${chosen.length}`),
        await hh.innerText("#progress"));

    if (process.env.CSRF === "on") {
        const before = (await planRows()).length;
        const forged = await admin.request.post(`${BASE}/physinv/control/createPiCycleInventory`, { form: { facilityId: "PI_WH2",
            partyId: "PI_COUNTER2", horizon: "THIS_WEEK" } });
        t.check("a cycle inventory POSTed without the CSRF token is refused and makes nothing", /CSRF/.test(await forged.text())
            && (await planRows()).length === before, `HTTP ${forged.status()}`);
    }

    // the normal flow: counted, reviewed, posted
    await admin.goto(`${BASE}/physinv/control/EditInventoryList?piListId=${listId}`);
    await click("Mark counted");
    await admin.goto(`${BASE}/physinv/control/EditInventory?piInventoryId=${inventoryId}`);
    await click("Mark counted");
    const errors = await pageErrors(admin);
    const counted = await inventoryStatus(admin, inventoryId);
    t.check("the back office marks the cycle inventory counted", counted.id === "PI_INV_COUNTED" && counted.shown === "Counted",
        `${JSON.stringify(counted)} ${errors}`);
    await admin.goto(`${BASE}/physinv/control/ReviewInventory?piInventoryId=${inventoryId}`);
    const differences = await admin.$$eval("#differences tbody tr", (trs) => trs.map((r) => Number(r.dataset.difference)));
    t.check("the review shows the cycle count's difference", differences.reduce((a, b) => a + b, 0) === expected, differences.join(" "));
    const posted = await click("Post the differences");
    t.check("the cycle inventory is posted", posted.includes("Posted") || posted.includes("posted:"), await pageErrors(admin));

    // the plan afterwards: counted today, those rows are not due
    rows = await planRows();
    t.check("after posting, the plan no longer shows the counted rows", chosen.every((c) => !rows.some((r) => r.key === c.key)),
        rows.map((r) => r.key).join(" "));
    const month = new Date().toISOString().slice(0, 7);
    const thisMonth = await admin.$eval(`#accuracy tr[data-month="${month}"] td[data-class=ALL]`, (td) => Number(td.dataset.lines)).catch(() => 0);
    t.check("and this month's accuracy counts their lines", thisMonth >= chosen.length, `${thisMonth} lines this month`);

    // parameters: shares that do not add up are refused, nothing changes
    await admin.goto(`${BASE}/physinv/control/CycleCountParams?facilityId=PI_WH2`);
    await admin.fill("form[name=SaveCycleCountParam] input[name=classCShare]", "10");
    const wrong = await submit("SaveCycleCountParam");
    t.check("ABC shares that do not add up to 100 are refused", /must add up to 100/.test(wrong), wrong.slice(0, 200));
    await admin.goto(`${BASE}/physinv/control/CycleCountParams?facilityId=PI_WH2`);
    t.check("and the parameters are unchanged", (await admin.inputValue("form[name=SaveCycleCountParam] input[name=classCShare]")).startsWith("5"));
    // a location counted more often: a frequency of zero days is refused; one of 7 days is kept, and deleted again
    await admin.selectOption("form[name=AddLocationCountFreq] select[name=locationSeqId]", "C01");
    await admin.fill("form[name=AddLocationCountFreq] input[name=frequencyDays]", "0");
    const zeroDays = await submit("AddLocationCountFreq");
    t.check("a location frequency of zero days is refused", /above zero/.test(zeroDays), zeroDays.slice(0, 200));
    await admin.goto(`${BASE}/physinv/control/CycleCountParams?facilityId=PI_WH2`);
    await admin.selectOption("form[name=AddLocationCountFreq] select[name=locationSeqId]", "C01");
    await admin.fill("form[name=AddLocationCountFreq] input[name=frequencyDays]", "7");
    await submit("AddLocationCountFreq");
    const frequencies = () => admin.$$eval("form[name=ListLocationCountFreqs] tr, table tr", (trs) => trs.map((tr) => tr.innerText))
        .then((rows) => rows.filter((r) => /^C\d\d\s/.test(r)).map((r) => r.split(/\s+/).slice(0, 2).join(" ")));
    await admin.screenshot({ path: `${shots}/cycle-params.png`, fullPage: true });
    const kept = await frequencies();
    t.check("a location frequency of 7 days is kept", kept.includes("C01 7"), kept.join(", "));
    await Promise.all([admin.waitForNavigation(), admin.locator("form[action*=deletePiLocationCountFreq]:has(input[name=locationSeqId][value=C01]) + a").click()]);
    const left = await frequencies();
    t.check("and deleted with a POST", !left.some((r) => r.startsWith("C01")), left.join(", "));
} finally {
    await chrome.close();
    t.end();
}
