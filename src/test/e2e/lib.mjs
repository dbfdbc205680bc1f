// Shared helpers of the end-to-end scripts: a headless Chromium against a running OFBiz, and a tally
// that ends with the "N passed, N failed" line.
import { chromium } from "playwright-core";

export const BASE = process.env.OFBIZ_URL || "https://localhost:8443";

export async function browser() {
    return chromium.launch({
        executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
        headless: true,
        args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"],
    });
}

export function tally() {
    const results = [];
    return {
        check(name, ok, detail = "") {
            results.push(ok);
            console.log(`${ok ? "PASS" : "FAIL"} ${name}${detail ? " — " + detail : ""}`);
        },
        end() {
            const failed = results.filter((ok) => !ok).length;
            console.log(`${results.length - failed} passed, ${failed} failed`);
            process.exitCode = failed ? 1 : 0;
        },
    };
}

/** Logs in through OFBiz's own login form of a back-office webapp. */
export async function backOfficeLogin(page, mount, user, password) {
    await page.goto(`${BASE}${mount}/control/main`);
    await page.fill("input[name=USERNAME]", user);
    await page.fill("input[name=PASSWORD]", password);
    await Promise.all([page.waitForLoadState("load"), page.press("input[name=PASSWORD]", "Enter")]);
    await page.waitForLoadState("networkidle");
}

/**
 * The admin's back office in a theme with static style sheets (the default one compiles LESS that imports a web font,
 * which a machine without internet cannot load), so that screenshots are styled: the theme is set in a first session
 * and read at login by a second one, whose page answers confirmation dialogs with OK.
 */
export async function adminPage(chrome, contextOptions = {}) {
    const first = await chrome.newPage({ ignoreHTTPSErrors: true });
    await backOfficeLogin(first, "/physinv", "admin", "ofbiz");
    await first.request.post(`${BASE}/physinv/control/setUserPreference`, { form: { userPrefGroupTypeId: "GLOBAL_PREFERENCES",
        userPrefTypeId: "VISUAL_THEME", userPrefValue: process.env.SCREENSHOT_THEME || "TOMAHAWK" } });
    const session = await chrome.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1400, height: 1000 }, ...contextOptions });
    const admin = await session.newPage();
    admin.on("dialog", (dialog) => dialog.accept());
    await backOfficeLogin(admin, "/physinv", "admin", "ofbiz");
    return admin;
}

/** Logs in on the handheld's own login page; answers when the counter's lists are shown. */
export async function handheldLogin(page, user = "picounter1", password = "ofbiz") {
    await page.goto(`${BASE}/physinv-count/control/main`);
    await page.fill("#USERNAME", user);
    await page.fill("#PASSWORD", password);
    await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
    await page.waitForSelector("button.list");
}

/**
 * The text of OFBiz's message box on the page (errors and events alike), or "". Read as textContent: the Tomahawk theme
 * hides the box's paragraphs and shows their text as a notice (jGrowl), so the browser's innerText of the box is empty.
 */
export async function messages(page) {
    return page.$$eval("#content-messages", (boxes) => boxes.map((b) => b.textContent.replace(/\s+/g, " ").trim()).join(" | "));
}

/** The text of OFBiz's error box on the page, or "". */
export async function pageErrors(page) {
    const boxes = await page.$$eval("#content-messages.errorMessage, .errorMessage", (els) =>
        els.map((e) => e.textContent.replace(/\s+/g, " ").trim()).filter((t) => t && /error|errore|eroare|erreur|fehler/i.test(t)));
    return [...new Set(boxes)].join(" | ");
}

/**
 * The inventory's own status, read on its page: the status id its form holds and the text of its Status row (the page
 * shows the statuses of its lists too, in the same words).
 */
export async function inventoryStatus(page, inventoryId) {
    await page.goto(`${BASE}/physinv/control/EditInventory?piInventoryId=${inventoryId}`);
    const form = page.locator("form[name=EditInventory], form[name=ViewInventory]").first();
    const id = await form.locator("input[name=statusId]").first().getAttribute("value", { timeout: 5000 }).catch(() => null);
    const shown = await form.locator("tr", { has: page.locator("label[id$='_statusId_title']") }).locator("td").nth(1)
        .innerText({ timeout: 5000 }).catch(() => "");
    return { id, shown: shown.trim() };
}

/** The demo data's EAN-13 of a product PI-nnnn (data/PhysInvDemoData.xml). */
export function ean(productId) {
    const base = "8012345" + productId.slice(3) + "0";
    const sum = [...base].reduce((s, d, i) => s + Number(d) * (i % 2 ? 3 : 1), 0);
    return base + ((10 - (sum % 10)) % 10);
}

/**
 * Clicks the first link or button with that text, waits for the page it leads to and answers the messages OFBiz shows
 * there (see messages) and the page's text.
 */
export async function clickThrough(page, text) {
    await Promise.all([page.waitForNavigation(), page.locator("a, input[type=submit], button", { hasText: text }).first().click()]);
    return (await messages(page)) + "\n" + (await page.innerText("body"));
}

/** Logs in on the login form OFBiz shows on the page, if it shows one; answers whether it did. */
async function logInHere(page) {
    if (!(await page.locator("input[name=USERNAME]").count())) {
        return false;
    }
    await page.fill("input[name=USERNAME]", "admin");
    await page.fill("input[name=PASSWORD]", "ofbiz");
    await Promise.all([page.waitForNavigation(), page.press("input[name=PASSWORD]", "Enter")]);
    return true;
}

/**
 * Opens a page of another OFBiz webapp, logging in there first when that webapp asks. With OFBiz's CSRF defence on, a
 * page opens only with its path's token, which the links leading to it carry: then the webapp's main page is opened and
 * the links matching `via` followed, in turn, to a page linking the wanted one, whose token the wanted URL then takes.
 */
export async function openOfbiz(page, url, via = []) {
    await page.goto(url);
    if (await logInHere(page)) {
        await page.goto(url);
    }
    if (!/Invalid or missing CSRF token/.test(await page.innerText("body"))) {
        return;
    }
    const target = new URL(url);
    const main = `${target.origin}${target.pathname.replace(/\/[^/]*$/, "/main")}`;
    await page.goto(main);
    const login = page.locator("a[href*='/checkLogin']");
    if (await login.count()) {
        await Promise.all([page.waitForNavigation(), login.first().click()]);
    }
    if (await logInHere(page)) {
        await page.goto(main);
    }
    const hrefs = () => page.$$eval("a[href], form[action]", (els) => els.map((e) => e.href || e.action));
    for (const step of via) {
        const next = (await hrefs()).find((h) => step.test(h));
        if (!next) {
            return;
        }
        await page.goto(next);
    }
    const path = target.pathname.split("/").pop();
    const link = (await hrefs()).find((h) => new RegExp(`/${path}(\\?|$)`).test(h) && /[?&]csrf=/.test(h));
    if (link) {
        target.searchParams.set("csrf", new URL(link).searchParams.get("csrf"));
        await page.goto(target.href);
    }
}

/**
 * The one-step start (New inventory) filled in as a user does: fields by name (text fields filled, radios checked,
 * counters ticked), submitted; answers the new inventory's id and the stock-before zip that downloads by itself.
 */
export async function startInventory(page, { facilityId, counters = [], radios = {}, texts = {} }) {
    const form = "form[name=StartInventory]";
    await page.goto(`${BASE}/physinv/control/StartInventory`, { waitUntil: "networkidle" });
    await page.selectOption(`${form} select[name=facilityId]`, facilityId);
    for (const [name, value] of Object.entries(texts)) {
        await page.fill(`${form} input[name=${name}]`, value);
    }
    for (const [name, value] of Object.entries(radios)) {
        await page.check(`${form} input[name=${name}][value="${value}"]`);
    }
    for (const partyId of counters) {
        await page.check(`${form} input[name=partyId][value=${partyId}]`);
    }
    return {
        /** Submits the form (one POST) and waits for the inventory's page and its download. */
        async submit() {
            const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120000 }),
                page.click(`${form} input[type=submit], ${form} button[type=submit]`)]);
            await page.waitForLoadState("load");
            return { inventoryId: new URL(page.url()).searchParams.get("piInventoryId"), download };
        },
    };
}

/** The lists the inventory's page shows, each with its id (from its Count lines link) and its row's text. */
export async function inventoryLists(page, inventoryId) {
    await page.goto(`${BASE}/physinv/control/EditInventory?piInventoryId=${inventoryId}`);
    return page.$$eval("tr", (rows) => rows.map((r) => ({ text: r.innerText.replace(/\s+/g, " "),
        id: new URL(r.querySelector("a[href*='CountLines']")?.href || "http://x/", location.href).searchParams.get("piListId") }))
        .filter((r) => r.id));
}

/** The lines of a list as its CSV count sheet gives them (with the grid's filter, if any): by key, their counts, and the sum. */
export async function countSheet(page, listId, filter = "") {
    const csv = await (await page.request.get(`${BASE}/physinv/control/CountSheetCsv?piListId=${listId}${filter}`)).text();
    const lines = csv.trim().split("\n").slice(1).map((row) => row.split(","));
    const counted = new Map(lines.map((cells) => [cells.slice(0, 5).filter((_, i) => i !== 2).join("|"), cells[6]]));
    const sum = lines.reduce((s, cells) => s + Number(cells[6] || 0), 0);
    return { lines, counted, sum };
}

/** The grid's rows on the page: each line's key (location|product|lot|serial, as countSheet keys them) and the count shown. */
export async function gridRows(page) {
    return page.$$eval("#countGrid tbody tr", (trs) => trs.map((tr) => ({ line: tr.dataset.line, key: [tr.cells[0], tr.cells[1].firstChild,
        tr.cells[2], tr.cells[3]].map((c) => c.textContent.trim()).join("|"), shown: tr.querySelector("input.pi-count").value })));
}

/** Types the values into the grid's counts from the first row down, as a user does: each value, then Enter. */
export async function typeInGrid(page, values) {
    await page.click("#countGrid input.pi-count >> nth=0");
    for (const value of values) {
        await page.keyboard.press("Control+A");
        await page.keyboard.type(value);
        await page.keyboard.press("Enter");
    }
}

/** Uploads a file of counts on a list's import page and answers the preview's summary (its data-* counts and text). */
export async function uploadCounts(page, listId, { name, buffer, mode, mimeType = "text/csv" }) {
    await page.goto(`${BASE}/physinv/control/CountImport?piListId=${listId}`);
    await page.setInputFiles("input[name=countFile]", { name, mimeType, buffer });
    await page.check(`input[name=mode][value=${mode}]`);
    const started = Date.now();
    await Promise.all([page.waitForNavigation({ timeout: 300000 }), page.click("#uploadCountFile button[type=submit]")]);
    const summary = await page.$eval("#importSummary", (p) => ({ ...p.dataset, text: p.innerText.trim() })).catch(async () => ({
        error: await pageErrors(page) }));
    return { ...summary, seconds: (Date.now() - started) / 1000 };
}

/** Marks each list counted (from its page), then the inventory; answers the inventory page's text. */
export async function markCounted(page, inventoryId, listIds) {
    for (const list of listIds) {
        await page.goto(`${BASE}/physinv/control/EditInventoryList?piListId=${list}`);
        if (await page.locator("a.buttontext", { hasText: "Mark counted" }).count()) {
            await clickThrough(page, "Mark counted");
        }
    }
    await page.goto(`${BASE}/physinv/control/EditInventory?piInventoryId=${inventoryId}`);
    return clickThrough(page, "Mark counted");
}

/**
 * The handheld's gestures on a page logged in as a counter, checked with the tally: scan a code, count an item (scan,
 * optional lot, quantity, Enter), wait for the message or the newest of the last reads.
 */
export function handheldActions(hh, t) {
    const actions = {
        async scan(code) {
            await hh.fill("#scan", code);
            await hh.press("#scan", "Enter");
        },
        async count(code, quantity, lot) {
            await actions.scan(code);
            await hh.waitForSelector("#item-form:not([hidden])");
            if (lot !== undefined) {
                await hh.fill("#lot", lot);
            }
            await hh.fill("#quantity", String(quantity));
            await hh.press("#quantity", "Enter");
        },
        async expectMessage(pattern, name) {
            await hh.waitForFunction((p) => new RegExp(p).test(document.getElementById("message").innerText), pattern.source, { timeout: 10000 })
                .catch(() => {});
            const text = await hh.innerText("#message");
            t.check(name, pattern.test(text), text);
        },
        /** The last reads the handheld shows, newest first: each with its key, its class (undone, undo, waiting) and its text. */
        lastReads: () => hh.$$eval("#recent-list li", (lis) => lis.map((li) => ({ key: li.dataset.key, cls: li.className,
            text: li.innerText.replace(/\s+/g, " ") }))),
        /** Waits until the newest of the last reads matches; answers the last reads. */
        async expectNewestRead(pattern) {
            await hh.waitForFunction((p) => new RegExp(p).test(document.querySelector("#recent-list li")?.innerText.replace(/\s+/g, " ") || ""),
                pattern.source, { timeout: 10000 }).catch(() => {});
            return actions.lastReads();
        },
    };
    return actions;
}

/** The links from the accounting app's main page to the demo company's accounting pages (Transactions, Reports). */
const COMPANY_ACCOUNTING = [/\/ListCompanies\?/, /\/newAcctgTrans\?organizationPartyId=Company/];

/** OFBiz's list of the company's accounting transactions, found by id: the row of the transaction, as text. */
export async function acctgTransRow(page, acctgTransId) {
    await openOfbiz(page, `${BASE}/accounting/control/FindAcctgTrans?organizationPartyId=Company&acctgTransId=${acctgTransId}&performSearch=Y`,
        COMPANY_ACCOUNTING);
    const rows = await page.$$eval("table tr", (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, " ").trim()));
    return { row: rows.find((r) => r.startsWith(acctgTransId) || r.includes(` ${acctgTransId} `)) || "", rows };
}

/**
 * OFBiz's GL account report of a fiscal year, month by month: the row of the transaction and the other dated rows of its
 * month (between the previous and the next month's total).
 */
export async function glAccountMonth(page, glAccountId, timePeriod, acctgTransId) {
    await openOfbiz(page, `${BASE}/accounting/control/GlAccountTrialBalance?organizationPartyId=Company&glAccountId=${glAccountId}`
        + `&timePeriod=${timePeriod}&isPosted=Y`, [...COMPANY_ACCOUNTING, /\/TrialBalance\?organizationPartyId=Company/]);
    const rows = await page.$$eval("#glAccountTrialBalanceReport table tr", (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, " ").trim()));
    const at = rows.findIndex((r) => r.includes(acctgTransId));
    const monthTotal = rows.findIndex((r, i) => i > at && /Total of the current month/i.test(r));
    const sameMonth = at < 0 ? [] : rows.slice(rows.slice(0, at).findLastIndex((r) => /Total of/i.test(r)) + 1, monthTotal)
        .filter((r) => /^\d{4}-\d\d-\d\d/.test(r));
    return { row: rows[at], sameMonth, rows };
}
