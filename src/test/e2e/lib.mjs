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
