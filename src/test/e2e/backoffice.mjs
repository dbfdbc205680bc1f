// Back office in a real OFBiz: the find, edit and view screens answer for an admin and are refused
// without the permission; a physical inventory is created through the screen (run it with OFBiz's
// CSRF defence off and on: it must pass both ways). Screenshots go to ./screenshots.
// Run: OFBIZ_URL=https://localhost:8443 node backoffice.mjs
import fs from "node:fs";
import { BASE, browser, tally, backOfficeLogin, pageErrors } from "./lib.mjs";

const t = tally();
const shots = process.env.SCREENSHOTS || "screenshots";
fs.mkdirSync(shots, { recursive: true });
const chrome = await browser();
try {
    const admin = await chrome.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    admin.on("dialog", (dialog) => dialog.accept());
    await backOfficeLogin(admin, "/physinv", "admin", "ofbiz");

    for (const [page, expected] of [["FindInventory?noConditionFind=Y", "PI_DEMO_1"], ["EditInventory?piInventoryId=PI_DEMO_1", "Year-end count 2026"],
        ["ViewInventory?piInventoryId=PI_DEMO_1", "Inventory lists"], ["EditInventoryList?piListId=PI_DEMO_L1", "Maria"],
        ["ListTypes", "PI_SCAN_EACH"], ["StockDiffParams", "Organization default"]]) {
        const response = await admin.goto(`${BASE}/physinv/control/${page}`);
        const text = await admin.innerText("body");
        const errors = await pageErrors(admin);
        t.check(`admin opens ${page}`, response.status() === 200 && text.includes(expected) && !errors, errors);
    }
    // screenshots in a theme with static style sheets (the default one compiles LESS that imports a web font,
    // which a machine without internet cannot load); the theme is read at login, hence a second session
    await admin.request.post(`${BASE}/physinv/control/setUserPreference`, { form: { userPrefGroupTypeId: "GLOBAL_PREFERENCES",
        userPrefTypeId: "VISUAL_THEME", userPrefValue: process.env.SCREENSHOT_THEME || "TOMAHAWK" } });
    const shooter = await chrome.newPage({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    await backOfficeLogin(shooter, "/physinv", "admin", "ofbiz");
    for (const [page, file] of [["FindInventory?noConditionFind=Y", "find-inventories"], ["EditInventory?piInventoryId=PI_DEMO_1", "edit-inventory"],
        ["CountLines?piListId=PI_DEMO_L1", "count-lines"]]) {
        await shooter.goto(`${BASE}/physinv/control/${page}`, { waitUntil: "networkidle" });
        await shooter.screenshot({ path: `${shots}/${file}.png`, fullPage: true });
    }

    // create an inventory through the New screen, in a facility with no open inventory
    await admin.goto(`${BASE}/physinv/control/EditInventory`);
    await admin.selectOption("form[name=NewInventory] select[name=facilityId]", "WebStoreWarehouse");
    const description = `E2E inventory ${Date.now()}`;
    await admin.fill("form[name=NewInventory] input[name=description]", description);
    await admin.fill("form[name=NewInventory] textarea[name=notes]", "created by backoffice.mjs");
    await Promise.all([admin.waitForNavigation(), admin.click("form[name=NewInventory] input[type=submit], form[name=NewInventory] button[type=submit]")]);
    const created = new URL(admin.url()).searchParams.get("piInventoryId");
    const errors = await pageErrors(admin);
    t.check("admin creates an inventory through the screen", !!created && (await admin.innerText("body")).includes(description) && !errors,
        `url ${admin.url()} ${errors}`);

    // cancel it again through its action button, so that the facility is free for the next run
    if (created) {
        const cancel = admin.locator("a.buttontext", { hasText: /^Cancel$/ }).first();
        await Promise.all([admin.waitForNavigation(), cancel.click()]);
        const text = await admin.innerText("body");
        t.check("admin cancels it with the Cancel action (a POST)", text.includes("archived or cancelled"), await pageErrors(admin));
    }

    if (process.env.CSRF === "on") {
        // with OFBiz's CSRF defence on, a POST without the token changes nothing
        const forged = await admin.request.post(`${BASE}/physinv/control/createPiInventory`, { form: { facilityId: "StoreWarehouse1",
            description: "forged" } });
        const body = await forged.text();
        await admin.goto(`${BASE}/physinv/control/FindInventory?noConditionFind=Y&description=forged`);
        t.check("a POST without the CSRF token is refused and creates nothing", /CSRF/.test(body)
            && !(await admin.innerText("body")).includes("forged"), `HTTP ${forged.status()}`);
    }

    // a user without PHYSINV_VIEW: the counter of the demo data
    const counter = await chrome.newPage({ ignoreHTTPSErrors: true });
    await backOfficeLogin(counter, "/physinv", "picounter1", "ofbiz");
    const counterText = await counter.innerText("body");
    t.check("a counter without PHYSINV_VIEW is refused the back office", !counterText.includes("Year-end count 2026")
        && !counterText.includes("Find physical inventories"), counterText.slice(0, 200).replace(/\s+/g, " "));
    const direct = await counter.goto(`${BASE}/physinv/control/FindInventory?noConditionFind=Y`);
    t.check("and refused a find page opened directly", !(await counter.innerText("body")).includes("PI_DEMO_1"), `HTTP ${direct.status()}`);
} finally {
    await chrome.close();
    t.end();
}
