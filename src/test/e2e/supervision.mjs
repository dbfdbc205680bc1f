// Live supervision of an inventory in a real OFBiz with the demo data: the supervision page is open while a
// scripted handheld counts through the counting API; the page refreshes by itself and its aisle tiles, list progress and
// counter figures change, a count far from the book appears beyond tolerance, and a serial read twice shows as refused. Screenshot: supervision.png.
// Run: OFBIZ_URL=https://localhost:8443 node supervision.mjs   (demo data loaded)
import { BASE, browser, tally, adminPage, ean } from "./lib.mjs";
import { Session } from "./session.mjs";

const t = tally();
const SHOTS = process.env.SCREENSHOTS || "screenshots";
const chrome = await browser();
try {
    // an inventory of the demo warehouse of its own: a standard list on aisle A and one on aisle B, both for Maria Rossi
    const admin = await new Session(BASE, "/physinv").login("admin", "ofbiz");
    const inventoryId = await admin.newInventory(`E2E supervision ${new Date().toISOString()}`);
    async function list(from, thru) {
        const created = await admin.post("createPiInventoryList", { piInventoryId: inventoryId, listTypeId: "PI_STANDARD",
            description: `Supervision ${from}-${thru}`, fromLocationSeqId: from, thruLocationSeqId: thru });
        const id = new URL(created.location || "http://x/", "http://x").searchParams.get("piListId");
        await admin.post("assignPiInventoryList", { piListId: id, partyId: "PI_COUNTER1" });
        await admin.post("changePiInventoryListStatus", { piListId: id, statusId: "PI_LIST_COUNTING" });
        await admin.post("generatePiCountLines", { piListId: id });
        return id;
    }
    const listA = await list("A01", "A10");
    const listB = await list("B01", "B10");
    t.check("an inventory with two lists to supervise", !!listA && !!listB, `${inventoryId}: ${listA}, ${listB}`);

    // the lines of aisle A the handheld will read, with their book quantity, from the list's count sheet
    const sheet = (await (await admin.request(`CountSheetCsv?piListId=${listA}`)).text()).trim().split("\n").map((row) =>
        row.split(",").map((c) => c.replace(/"/g, "")));
    const header = sheet[0].map((h) => h.toLowerCase());
    const bookAt = header.findIndex((h) => h.includes("book"));
    const lines = sheet.slice(1).filter((row) => !row[3] && !row[4]).map((row) => ({ location: row[0], product: row[1], book: Number(row[bookAt]) }));
    t.check("the count sheet gives the lines and their book", lines.length >= 3 && bookAt > 0, `${lines.length} lines, book column ${bookAt}`);

    // the supervision page, a tab of the inventory
    const page = await adminPage(chrome);
    await page.goto(`${BASE}/physinv/control/EditInventory?piInventoryId=${inventoryId}`);
    const tab = page.locator("a", { hasText: "Supervision" }).first();
    t.check("the inventory has a Supervision tab", await tab.count() > 0);
    await Promise.all([page.waitForLoadState("load"), tab.click()]);
    await page.waitForFunction(() => Number(document.getElementById("pi-supervision")?.dataset.refreshed || 0) >= 1, null, { timeout: 20000 });
    const tiles = async () => page.$$eval("#pi-sup-tiles .pi-tile", (els) => Object.fromEntries(els.map((e) =>
        [e.dataset.aisle, { status: e.dataset.status, figures: e.querySelector(".pi-figures").textContent }])));
    const before = await tiles();
    t.check("aisles A and B are tiles not started", before["MAIN/A"]?.status === "NOT_STARTED" && before["MAIN/B"]?.status === "NOT_STARTED",
        JSON.stringify(before));
    t.check("no counter has read yet", (await page.locator("#pi-sup-counters tbody tr[data-user]").count()) === 0);
    t.check("no count beyond tolerance yet", (await page.locator("#pi-sup-beyond tbody tr[data-line]").count()) === 0);

    // a scripted handheld counts three lines of aisle A at their book quantity, then one far from it
    const hh = await new Session(BASE, "/physinv-count").login("picounter1", "ofbiz");
    const read = async (line, quantity) => (await hh.post("recordPiCount", { piListId: listA, scanKey: `sup-${Math.random().toString(36).slice(2)}`,
        locationSeqId: line.location, code: ean(line.product), quantity: String(quantity), scanAction: "REPLACE", deviceId: "e2e-supervision" })).json;
    const answers = [];
    for (const line of lines.slice(0, 3)) {
        answers.push(await read(line, line.book));
    }
    const outlier = lines[3] || lines[0];
    answers.push(await read(outlier, outlier.book + 500));
    t.check("the handheld's four reads are recorded", answers.every((a) => a?.outcome === "RECORDED"), JSON.stringify(answers.map((a) => a?.outcome)));

    // the page refreshes by itself: no reload
    const refreshed = Number(await page.getAttribute("#pi-supervision", "data-refreshed"));
    await page.waitForFunction((n) => Number(document.getElementById("pi-supervision").dataset.refreshed) > n
        && document.querySelectorAll("#pi-sup-beyond tbody tr[data-line]").length > 0, refreshed, { timeout: 20000 }).catch(() => {});
    const after = await tiles();
    t.check("aisle A's tile turns partly counted, B stays not started", after["MAIN/A"]?.status === "PARTLY" && after["MAIN/B"]?.status === "NOT_STARTED",
        JSON.stringify(after));
    const counted = lines.slice(0, 4).length === 4 ? 4 : 3;
    t.check("its figures count the lines read", after["MAIN/A"]?.figures.startsWith(`${counted} /`), after["MAIN/A"]?.figures);
    const listRow = await page.innerText(`#pi-sup-lists tr[data-list="${listA}"]`);
    t.check("the list's progress changes", listRow.includes(`${counted} /`), listRow);
    const counter = await page.locator("#pi-sup-counters tbody tr[data-user=picounter1] td").allInnerTexts();
    t.check("the counter appears with their name and four reads", counter[0] === "Maria Rossi" && counter[1] === "4", counter.join(" | "));
    t.check("with reads per minute and a last read, not idle", Number(counter[2].replace(",", ".")) > 0 && counter[3] !== ""
        && /^0:\d\d$/.test(counter[4]), counter.join(" | "));
    const outliers = await page.locator("#pi-sup-beyond tbody tr[data-line]").allInnerTexts();
    t.check("the count far from the book appears beyond tolerance", outliers.length === 1 && outliers[0].includes(outlier.product)
        && outliers[0].includes(outlier.location) && outliers[0].includes("500"), outliers.join(" / "));

    // a serial number counted once, then read again in another location: the counter is refused, the supervisor sees it
    const serialRead = async (location) => (await hh.post("recordPiCount", { piListId: listA, scanKey: `sup-${Math.random().toString(36).slice(2)}`,
        locationSeqId: location, productId: "PI-1048", serialNumber: "SN-1048-001", quantity: "1", deviceId: "e2e-supervision" })).json;
    const first = await serialRead("A08");
    const again = await serialRead("A09");
    t.check("the serial is counted once, the second read refused", first?.outcome === "RECORDED" && /already counted/.test(again?.errorMessage || ""),
        JSON.stringify([first?.outcome, again?.errorMessage]));
    await page.waitForFunction(() => document.querySelectorAll("#pi-sup-refused tbody tr[data-refusal]").length > 0, null, { timeout: 20000 }).catch(() => {});
    const refusedRows = await page.locator("#pi-sup-refused tbody tr[data-refusal]").allInnerTexts();
    t.check("the refused read appears with who, where, the serial and why", refusedRows.length === 1 && refusedRows[0].includes("Maria Rossi")
        && refusedRows[0].includes("A09") && refusedRows[0].includes("SN-1048-001") && refusedRows[0].includes("already counted"), refusedRows.join(" / "));
    t.check("and is counted among the reads refused", (await page.innerText("#pi-sup-refused-count")) === "1");
    await page.screenshot({ path: `${SHOTS}/supervision.png`, fullPage: true });

    // the refresh answers the documented fields only, and needs the permission and (with the defence on) the CSRF token
    const answer = await admin.post("getPiSupervision", { piInventoryId: inventoryId });
    const fields = Object.keys(answer.json || {});
    t.check("the refresh answers JSON with its documented fields only", answer.status === 200 && fields.join() ===
        "asOf,statusId,windowMinutes,linesChecked,progress,lists,tiles,counters,beyondTolerance,unlistedCount,unlisted,serialsReadAgain,"
        + "refusedCount,refused", fields.join());
    const counterAsks = await hh.request("getPiSupervision", { method: "POST", form: { piInventoryId: inventoryId } }).catch(() => null);
    t.check("a counter's session cannot read it from the handheld's webapp", !counterAsks || counterAsks.status === 404 || counterAsks.status >= 400
        || !(await counterAsks.text()).includes("tiles"), `HTTP ${counterAsks?.status}`);
    const counterSession = await new Session(BASE, "/physinv").login("picounter1", "ofbiz", "main").catch(() => null);
    if (counterSession) {
        const refused = await counterSession.post("getPiSupervision", { piInventoryId: inventoryId });
        t.check("a counter without PHYSINV_VIEW is refused", refused.status === 403 && refused.json?.errorCode, `${refused.status} ${refused.text.slice(0, 120)}`);
    } else {
        t.check("a counter without PHYSINV_VIEW cannot log in to the back office", true);
    }
    if (process.env.CSRF === "on") {
        const forged = await admin.request("getPiSupervision", { method: "POST", form: { piInventoryId: inventoryId }, headers: { "X-CSRF-Token": "forged" } });
        const text = await forged.text();
        t.check("a POST with a forged token is refused", !text.includes("\"tiles\""), `HTTP ${forged.status}`);
    }
} catch (e) {
    t.check("no exception", false, e.stack);
} finally {
    await chrome.close();
    t.end();
}
