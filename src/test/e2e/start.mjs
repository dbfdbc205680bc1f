// The one-step start in a real OFBiz with the demo data: New inventory takes the facility, a description, the split
// (one list per aisle of the demo warehouse PI_WH1), the counters and the freeze; one POST makes the inventory, its lists and
// lines, assigns the counters and opens counting; the stock before counting downloads by itself (a zip holding stock-before.csv
// with the facility's items) and the inventory shows with its lists, whose lines open from there. An own number already taken
// is refused on the same form and nothing is made. The inventory is cancelled at the end, so that the demo stays as it was.
// Run: OFBIZ_URL=https://localhost:8443 node start.mjs   (CSRF=on also checks a forged POST with OFBiz's CSRF defence on)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { BASE, browser, tally, pageErrors, adminPage, messages, startInventory } from "./lib.mjs";

const t = tally();
const shots = process.env.SCREENSHOTS || "screenshots";
fs.mkdirSync(shots, { recursive: true });
const FACILITY = "PI_WH1";

const chrome = await browser();
let inventoryId = null;
let admin = null;
try {
    admin = await adminPage(chrome, { acceptDownloads: true });

    /** The messages OFBiz shows (the theme shows them by script) and the page's text. */
    const shown = async () => (await messages(admin)) + "\n" + (await admin.innerText("body"));
    const submitButton = "form[name=StartInventory] input[type=submit], form[name=StartInventory] button[type=submit]";

    // the menu's New inventory opens the one-step start, with the step-by-step path one link away
    await admin.goto(`${BASE}/physinv/control/FindInventory?noConditionFind=Y`);
    await Promise.all([admin.waitForNavigation(), admin.locator("a", { hasText: "New physical inventory" }).first().click()]);
    const form = await shown();
    t.check("New inventory opens the one-step start", admin.url().includes("StartInventory") && form.includes("Start an inventory in one step")
        && (await admin.locator("form[name=StartInventory] input[name=splitMode]").count()) === 3, admin.url());
    t.check("the step-by-step path stays one link away", (await admin.locator("a", { hasText: "Step by step" }).count()) === 1);

    // the form filled in as a user would: the demo warehouse, one list per aisle, two counters, no freeze
    const description = `Stock count ${new Date().toISOString().slice(0, 19).replace("T", " ")}`;
    const start = await startInventory(admin, { facilityId: FACILITY, counters: ["PI_COUNTER1", "PI_COUNTER2"],
        radios: { splitMode: "AISLE", freezeMovements: "N" }, texts: { description } });
    await admin.screenshot({ path: `${shots}/start-inventory.png`, fullPage: true });

    // one POST; the inventory shows and the stock before counting downloads by itself
    const started = await start.submit();
    const download = started.download;
    inventoryId = started.inventoryId;
    const page = await shown();
    await admin.screenshot({ path: `${shots}/inventory-started.png`, fullPage: true });
    // aisles A and B of the demo data, and C when seed004.mjs gave the warehouse its aisle C before
    t.check("one POST starts the inventory: one list per aisle, counting open", !!inventoryId && /started: [23] lists, \d+ lines; counting is open/
        .test(page) && page.includes(description) && !(await pageErrors(admin)), `${admin.url()} ${page.slice(0, 300)}`);
    const lists = await admin.$$eval("form[name=InventoryLists] tr, table tr", (rows) => rows.map((r) => r.innerText.replace(/\s+/g, " ")));
    const aisles = lists.filter((r) => /Aisle MAIN-[AB]/.test(r));
    t.check("the lists show, each with its aisle, its lines and its counter, open for counting",
        aisles.length === 2 && aisles.every((r) => /Open for counting/.test(r) && /\[PI_COUNTER[12]\]/.test(r) && / \d+ Count lines/.test(r)), aisles.join(" | "));
    t.check("the inventory is counting", /Status\s*Counting/.test(page), page.match(/Status[^\n]*\n?[^\n]*/)?.[0] || "");

    // the zip: inventory-<id>-stock.zip holding stock-before.csv with the facility's items, as many as the snapshot counted
    t.check("the download is the inventory's stock zip", download.suggestedFilename() === `inventory-${inventoryId}-stock.zip`,
        download.suggestedFilename());
    const zip = path.join(os.tmpdir(), `start-${Date.now()}.zip`);
    await download.saveAs(zip);
    const entries = execFileSync("unzip", ["-Z1", zip]).toString().trim().split("\n");
    const csv = execFileSync("unzip", ["-p", zip, "stock-before.csv"]).toString().trim().split("\n");
    const items = await admin.$eval("#stock-snapshots tr[data-snapshot=BEFORE] td:nth-child(3)", (td) => Number(td.innerText)).catch(() => -1);
    t.check("the zip holds stock-before.csv with the facility's items", entries.includes("stock-before.csv") && items > 0
        && csv.length - 1 === items && csv.some((line) => line.includes("PI-1001")), `${entries.join(",")}: ${csv.length - 1} rows, ${items} items`);
    fs.rmSync(zip, { force: true });

    // the lines of a list open from the inventory
    const first = admin.locator("a", { hasText: "Count lines" }).first();
    await Promise.all([admin.waitForNavigation(), first.click()]);
    const lines = await admin.innerText("body");
    t.check("a list's lines open from the inventory", /PI-10\d\d/.test(lines) && /A0\d/.test(lines), admin.url());

    // the stock-before download stays a button on the View and Edit pages
    for (const screen of ["ViewInventory", "EditInventory"]) {
        await admin.goto(`${BASE}/physinv/control/${screen}?piInventoryId=${inventoryId}`);
        const href = await admin.getAttribute("#stock-zip", "href").catch(() => null);
        const response = href ? await admin.request.get(new URL(href, BASE).href) : null;
        t.check(`${screen} keeps the stock-before download as a button`, !!response && response.status() === 200
            && /zip/.test(response.headers()["content-type"] || ""), href || "no button");
    }

    // an own number already taken: refused on the form, nothing made
    await startInventory(admin, { facilityId: FACILITY, texts: { piInventoryId: inventoryId, description: `${description} again` } });
    await Promise.all([admin.waitForNavigation(), admin.click(submitButton)]);
    const taken = await shown();
    t.check("an own inventory number already taken is refused", taken.includes(`inventory number ${inventoryId} is already taken`), taken.slice(0, 300));
    await admin.goto(`${BASE}/physinv/control/FindInventory?noConditionFind=Y&description=${encodeURIComponent(description + " again")}`);
    t.check("and nothing is made", !(await admin.innerText("body")).includes(`${description} again`));

    if (process.env.CSRF === "on") {
        // with OFBiz's CSRF defence on, a POST without the token starts nothing
        const forged = await admin.request.post(`${BASE}/physinv/control/startPiInventory`, { form: { facilityId: FACILITY,
            description: "forged start" } });
        const body = await forged.text();
        await admin.goto(`${BASE}/physinv/control/FindInventory?noConditionFind=Y&description=forged%20start`);
        t.check("a POST without the CSRF token is refused and starts nothing", /CSRF/.test(body)
            && !(await admin.innerText("body")).includes("forged start"), `HTTP ${forged.status()}`);
    }
} finally {
    if (inventoryId && admin) {
        // cancel it through its action button, so that the demo warehouse is as it was
        await admin.goto(`${BASE}/physinv/control/EditInventory?piInventoryId=${inventoryId}`);
        const cancel = admin.locator("a.buttontext", { hasText: /^Cancel$/ }).first();
        await Promise.all([admin.waitForNavigation(), cancel.click()]).catch(() => {});
        t.check("the started inventory is cancelled again", /archived or cancelled/.test(await admin.innerText("body")));
    }
    await chrome.close();
    t.end();
}
