// Counting on the handheld in a real OFBiz with the demo data, as seed 002 describes it: keep location,
// a lot-managed product, a GS1 code with lot, Add and Replace, an unlisted item, a refused serial,
// a read whose answer is lost (retried with the same key), reads made while the server is
// unreachable and then synced, a wrong read undone from the last reads, an undo made offline and sent
// when the network returns (counted once); then the stored counts are checked against the expected totals.
// Run: OFBIZ_URL=https://localhost:8443 node handheld.mjs   (demo data loaded)
import { BASE, browser, tally, backOfficeLogin, handheldLogin, handheldActions, ean } from "./lib.mjs";

const t = tally();
const GS = "\u001D";

const chrome = await browser();
try {
    // the back office prepares a new list of the demo inventory for aisle A, assigned to the counter,
    // open for counting, its lines made from the book stock: every step a form POST with its CSRF token
    const admin = await chrome.newPage({ ignoreHTTPSErrors: true });
    admin.on("dialog", (d) => d.accept());
    await backOfficeLogin(admin, "/physinv", "admin", "ofbiz");
    // an inventory of the demo warehouse of its own, beside the demo's (lists of one inventory must not overlap)
    await admin.goto(`${BASE}/physinv/control/EditInventory`);
    await admin.selectOption("form[name=NewInventory] select[name=facilityId]", "PI_WH1");
    await admin.fill("form[name=NewInventory] input[name=description]", `E2E handheld ${new Date().toISOString()}`);
    await Promise.all([admin.waitForNavigation(), admin.click("form[name=NewInventory] [type=submit]")]);
    const inventoryId = new URL(admin.url()).searchParams.get("piInventoryId");
    /** Adds a list of the given type and location range to that inventory, assigned to the counter, open, with its lines. */
    async function prepareList(listTypeId, from, thru) {
        await admin.goto(`${BASE}/physinv/control/EditInventory?piInventoryId=${inventoryId}`);
        await admin.selectOption("form[name=AddInventoryList] select[name=listTypeId]", listTypeId);
        await admin.fill("form[name=AddInventoryList] input[name=description]", `E2E ${listTypeId} ${new Date().toISOString()}`);
        await admin.selectOption("form[name=AddInventoryList] select[name=fromLocationSeqId]", from);
        await admin.selectOption("form[name=AddInventoryList] select[name=thruLocationSeqId]", thru);
        await Promise.all([admin.waitForNavigation(), admin.click("form[name=AddInventoryList] [type=submit]")]);
        const id = new URL(admin.url()).searchParams.get("piListId");
        await admin.selectOption("form[name=AssignEmployee] select[name=partyId]", "PI_COUNTER1");
        await Promise.all([admin.waitForNavigation(), admin.click("form[name=AssignEmployee] [type=submit]")]);
        await Promise.all([admin.waitForNavigation(), admin.locator("a.buttontext", { hasText: "Open for counting" }).click()]);
        const assigned = await admin.innerText("body");
        await admin.goto(`${BASE}/physinv/control/CountLines?piListId=${id}`);
        await Promise.all([admin.waitForNavigation(), admin.locator("a", { hasText: "Generate lines from book stock" }).click()]);
        return { id, assigned, generated: await admin.innerText("body") };
    }
    const prepared = await prepareList("PI_STANDARD", "A01", "A10");
    const listId = prepared.id;
    t.check("the back office adds a list to the inventory", !!listId, admin.url());
    t.check("assigns the counter and opens it for counting", prepared.assigned.includes("Maria Rossi")
        && prepared.assigned.includes("Open for counting"));
    t.check("and makes its lines from the book stock", /Lines counted: 0 \/ [1-9]\d*/.test(prepared.generated),
        prepared.generated.match(/Lines counted[^\n]*/)?.[0]);
    const strictListId = (await prepareList("PI_STRICT", "B01", "B10")).id;

    const context = await chrome.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 640 } });
    const hh = await context.newPage();
    await handheldLogin(hh);
    const lists = await hh.$$eval("button.list", (bs) => bs.map((b) => b.dataset.list));
    t.check("the counter sees the lists assigned to them", lists.includes(listId) && lists.includes("PI_DEMO_L2")
        && !lists.includes("PI_DEMO_L3"), lists.join(","));
    const demo = await hh.$$eval("button.list", (bs) => bs.filter((b) => /^PI_DEMO_L[12]$/.test(b.dataset.list)).map((b) => b.innerText));
    t.check("both demo lists open ready to count, with their lines", demo.length === 2 && demo.every((text) => Number(text.match(/\d+/g).at(-1)) > 0),
        demo.join(" | "));
    // the counting API answers JSON with documented fields only, and JSON for every refusal
    const api = await hh.evaluate(async (csrfOn) => {
        const token = document.querySelector("meta[name='csrf-token']").content;
        const ask = async (url, body, headers) => {
            const r = await fetch(url, { method: "POST", body: new URLSearchParams(body), headers });
            return { status: r.status, type: r.headers.get("content-type"), json: await r.json().catch(() => null) };
        };
        const ajax = { "X-Requested-With": "XMLHttpRequest", "X-CSRF-Token": token };
        return {
            lists: await ask("getMyPiCountLists", {}, ajax),
            refused: await ask("recordPiCount", { piListId: "PI_DEMO_L1", scanKey: "e2e-" + Date.now(), locationSeqId: "A01",
                code: "8012345100101", quantity: "2,5" }, ajax),
            forged: csrfOn ? await ask("recordPiCount", { piListId: "PI_DEMO_L1", scanKey: "e2e-forged-" + Date.now(),
                locationSeqId: "A01", code: "8012345100101", quantity: "1" }, { "X-Requested-With": "XMLHttpRequest" }) : null,
        };
    }, process.env.CSRF === "on");
    t.check("the API answers JSON with its documented fields only", api.lists.status === 200 && /json/.test(api.lists.type)
        && Object.keys(api.lists.json).join() === "countLists", JSON.stringify(api.lists.json).slice(0, 120));
    t.check("a refusal is JSON with a stable code and a translated message", api.refused.status === 422
        && api.refused.json?.errorCode === "QUANTITY_COMMA" && /point/.test(api.refused.json?.errorMessage), JSON.stringify(api.refused.json));
    if (api.forged) {
        t.check("a counting POST without the CSRF token is refused as JSON", api.forged.status === 403
            && api.forged.json?.errorCode === "CSRF_TOKEN", JSON.stringify(api.forged));
    }
    await hh.click(`button.list[data-list="${listId}"]`);

    const { scan, count, expectMessage, lastReads, expectNewestRead } = handheldActions(hh, t);
    /** Waits until the location the handheld keeps is the one given (the message may still show an earlier location). */
    async function expectLocation(location, name) {
        await hh.waitForFunction((l) => document.getElementById("location").innerText.includes(l), location, { timeout: 10000 })
            .catch(() => {});
        const text = await hh.innerText("#location");
        t.check(name, text.includes(location), text);
    }
    /** Posts to the counting API from the handheld's page, with its CSRF token. */
    const callApi = (request, fields) => hh.evaluate(async ([r, f]) => {
        const headers = { "X-Requested-With": "XMLHttpRequest", "X-CSRF-Token": document.querySelector("meta[name='csrf-token']").content };
        const answer = await fetch(r, { method: "POST", body: new URLSearchParams(f), headers });
        return answer.json();
    }, [request, fields]);

    await scan("A01");
    await expectMessage(/A01/, "a scanned location is taken");
    await scan(ean("PI-1001"));
    await hh.waitForSelector("#item-form:not([hidden])");
    t.check("a list that is not blind shows the book quantity", (await hh.innerText("#item-book")).includes("22"),
        await hh.innerText("#item-book"));
    await hh.fill("#quantity", "20");
    await hh.press("#quantity", "Enter");
    await expectMessage(/: 20$/, "a first read is stored at once");
    await count(ean("PI-1001"), 2);
    await hh.waitForSelector("#ask:not([hidden])");
    t.check("the location is kept and a second read asks Add or Replace", (await hh.innerText("#ask-text")).includes("20"));
    await hh.click("#ask-add");
    await expectMessage(/: 22$/, "Add adds to the counted quantity");
    await count(ean("PI-1001"), 5);
    await hh.waitForSelector("#ask:not([hidden])");
    await hh.click("#ask-replace");
    await expectMessage(/: 5$/, "Replace replaces it");

    // 100 typed for 10: the last reads in A01 show the wrong read with the line's total, and a tap undoes it
    await count(ean("PI-1001"), 100);
    await hh.waitForSelector("#ask:not([hidden])");
    await hh.click("#ask-add");
    await expectMessage(/: 105$/, "a wrong read: 100 added to 5");
    const wrong = await expectNewestRead(/Add 100 · total/);
    t.check("the last reads here show it: what, Add and how much, the line's total, who", /^Hammer /.test(wrong[0]?.text || "")
        && /Add 100 · total 105 · picounter1/.test(wrong[0]?.text) && wrong.some((r) => /Replace 5/.test(r.text)),
        wrong.slice(0, 3).map((r) => r.text).join(" | "));
    await hh.click(`#recent-list button.undo[data-key="${wrong[0]?.key}"]`);
    await hh.waitForSelector("#undo-ask:not([hidden])");
    t.check("undo asks first, naming the read", (await hh.innerText("#undo-text")).includes("Add 100"), await hh.innerText("#undo-text"));
    await hh.click("#undo-yes");
    await expectMessage(/counts 5\.$/, "the undo takes the read back: the line's total returns to 5");
    const undone = await expectNewestRead(/Undo \u2212100/);
    const undoneRead = undone.find((r) => r.key === wrong[0]?.key);
    t.check("the last reads show the undo with the line's total, and the read undone", /Undo \u2212100 · total 5/.test(undone[0]?.text)
        && /undone/.test(undoneRead?.cls) && !/Undo$/.test(undoneRead?.text), undone.slice(0, 2).map((r) => `${r.cls}: ${r.text}`).join(" | "));
    await hh.screenshot({ path: `${process.env.SCREENSHOTS || "screenshots"}/handheld-undo.png`, fullPage: true });

    await scan(`]C101${"0" + ean("PI-1041")}10L2026-001`);
    await hh.waitForSelector("#item-form:not([hidden])");
    t.check("a GS1 code brings its lot, and the lot field shows for a lot-managed product",
        (await hh.inputValue("#lot")) === "L2026-001" && await hh.isVisible("#lot"));
    await hh.fill("#quantity", "11");
    await hh.press("#quantity", "Enter");
    await expectMessage(/: 11$/, "the lot-managed product is counted with its lot");

    await count(ean("PI-1011"), 3);
    await expectMessage(/: 3$/, "an item not on the list is added (the list type allows it)");

    await scan("A08");
    await expectMessage(/A08/, "another location replaces the kept one");
    const serial = `SN-E2E-${Date.now()}`;
    await scan(`]d201${"0" + ean("PI-1048")}21${serial}`);
    await hh.waitForSelector("#item-form:not([hidden])");
    await hh.fill("#quantity", "1");
    await hh.press("#quantity", "Enter");
    await expectMessage(/: 1$/, "a serial number is counted");
    await count(`]d201${"0" + ean("PI-1048")}21${serial}`, 1);
    await expectMessage(/already counted/, "the same serial number again is refused");

    // the answer to a read is lost after the server stored it: the page keeps the read and sends it again with the same key
    await scan("A01");
    await expectMessage(/A01/, "back to A01");
    const sent = []; // each recordPiCount the page sent while the route is in place: its key and the server's answer
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    // the request's path, whatever follows it (with OFBiz's CSRF defence on, the URL carries a token)
    const recordPiCount = (url) => url.pathname.endsWith("/recordPiCount");
    await hh.route(recordPiCount, async (route) => {
        const key = new URLSearchParams(route.request().postData() || "").get("scanKey");
        if (sent.length > 0) {
            await released; // the retry waits until the dropped read has been seen waiting on the device
        }
        const answer = await route.fetch(); // the server gets the read ...
        sent.push({ key, json: await answer.json().catch(() => null) });
        if (sent.length === 1) {
            await route.abort("connectionreset"); // ... but the handheld never hears back
        } else {
            await route.fulfill({ response: answer });
        }
    });
    await count(ean("PI-1021"), 16);
    const unheard = await hh.waitForFunction(() => {
        const queue = document.getElementById("queue");
        return !queue.hidden && queue.innerText.includes("offline") && queue.innerText;
    }, null, { timeout: 10000 }).then((h) => h.jsonValue()).catch(() => "");
    const dropped = sent[0];
    t.check("the server stored the read whose answer was dropped", dropped?.json?.outcome === "RECORDED" && !dropped.json.replayed
        && Number(dropped.json.countedQuantity) === 16, JSON.stringify(dropped));
    t.check("the handheld never heard back: the read waits on the device", unheard.startsWith("1 "), unheard);
    release();
    await hh.evaluate(() => window.dispatchEvent(new Event("online")));
    await expectMessage(/: 16$/, "the read sent again is answered with the count of the first");
    await hh.unroute(recordPiCount);
    const retried = sent[1];
    t.check("the read retried with the same key counts once", sent.length === 2 && retried.key === dropped.key
        && retried.json?.outcome === "RECORDED" && retried.json.replayed === true && Number(retried.json.countedQuantity) === 16,
        JSON.stringify(sent));

    // the network drops: reads wait on the device, then go in order
    await scan("A02");
    await expectMessage(/A02/, "location A02");
    await context.setOffline(true);
    await count(ean("PI-1002"), 27);
    await count(ean("PI-1022"), 5);
    await count(ean("PI-1042"), 50, "L2026-002");
    const waiting = await hh.innerText("#queue");
    t.check("reads made offline wait on the device, counted on screen", waiting.startsWith("3"), waiting);
    await context.setOffline(false);
    await hh.evaluate(() => window.dispatchEvent(new Event("online")));
    await hh.waitForFunction(() => document.getElementById("queue").hidden, null, { timeout: 15000 }).catch(() => {});
    t.check("and are sent when the network returns", await hh.isHidden("#queue"), await hh.innerText("#queue"));

    // another wrong read, undone while the network is down: the undo waits on the device and is sent when it returns
    await count(ean("PI-1002"), 30);
    await hh.waitForSelector("#ask:not([hidden])");
    await hh.click("#ask-add");
    await expectMessage(/: 57$/, "a wrong read: 30 added to 27");
    const second = await expectNewestRead(/Add 30 · total/);
    await context.setOffline(true);
    await hh.click(`#recent-list button.undo[data-key="${second[0]?.key}"]`);
    await hh.click("#undo-yes");
    await expectMessage(/undo is kept/, "offline, the handheld says the undo is kept");
    const queued = await hh.evaluate(() => JSON.parse(localStorage.getItem("physinv.queue.picounter1") || "[]"));
    const badge = await hh.innerText("#queue");
    const marked = (await lastReads()).find((r) => r.key === second[0]?.key);
    t.check("the undo waits on the device like a read, and the read says so", queued.length === 1 && queued[0].undo === true
        && queued[0].scanKey === second[0]?.key && badge.startsWith("1 ") && /undo waiting/.test(marked?.text),
        `${badge} | ${marked?.text} | ${JSON.stringify(queued)}`);
    await context.setOffline(false);
    await hh.evaluate(() => window.dispatchEvent(new Event("online")));
    await expectMessage(/counts 27\.$/, "the undo made offline is sent when the network returns: the line's total is 27 again");
    const replayed = await callApi("undoPiRead", { piListId: listId, scanKey: queued[0]?.scanKey, undoKey: queued[0]?.undoKey,
        deviceId: queued[0]?.deviceId });
    t.check("sent again with its key, the undo counts once", replayed.outcome === "UNDONE" && replayed.replayed === true
        && Number(replayed.countedQuantity) === 27, JSON.stringify(replayed));
    const refused = await callApi("undoPiRead", { piListId: listId, scanKey: queued[0]?.scanKey, undoKey: `e2e-${Date.now()}` });
    t.check("undone under another key, it is refused: undone already", refused.errorCode === "UNDO_ALREADY", JSON.stringify(refused));

    // the stored counts, from the back office's count sheet
    const csv = await (await admin.request.get(`${BASE}/physinv/control/CountSheetCsv?piListId=${listId}`)).text();
    const counted = {};
    for (const row of csv.trim().split("\n").slice(1)) {
        const [location, product, , lot, serial, , quantity] = row.split(",").map((c) => c.replace(/"/g, ""));
        counted[[location, product, lot || serial].join(" ")] = quantity;
    }
    const expected = { "A01 PI-1001 ": "5", "A01 PI-1041 L2026-001": "11", "A01 PI-1011 ": "3", "A01 PI-1021 ": "16",
        "A02 PI-1002 ": "27", "A02 PI-1022 ": "5", "A02 PI-1042 L2026-002": "50" };
    for (const [line, quantity] of Object.entries(expected)) {
        t.check(`stored count of ${line.trim()} is ${quantity}`, Number(counted[line]) === Number(quantity), `got ${counted[line]}`);
    }
    await admin.goto(`${BASE}/physinv/control/ScanLog?piListId=${listId}`);
    const log = await admin.innerText("body");
    t.check("every read is in the scan log: who, what, Add or Replace", log.includes("picounter1") && log.includes("REPLACE")
        && log.includes(serial), log.slice(0, 300).replace(/\s+/g, " "));
    // textContent: the theme upper-cases the headings on screen, innerText would read them so
    const undoRows = await admin.$$eval("table.basic-table tr", (rows) => rows.map((r) => [...r.cells].map((c) => c.textContent.trim())));
    const header = undoRows.find((r) => r.includes("Source")) || [];
    const source = header.indexOf("Source");
    const undoneAt = header.indexOf("Undone");
    t.check("the scan log shows where each read came from, the two undos and the two reads undone",
        undoRows.filter((r) => r[source] === "Undo").length === 2 && undoRows.filter((r) => r[source] === "Handheld").length > 10
        && undoRows.filter((r) => r[source] === "Handheld" && r[undoneAt]).length === 2, JSON.stringify(header));
    await hh.screenshot({ path: `${process.env.SCREENSHOTS || "screenshots"}/handheld.png` });

    // a blind list (PI_DEMO_L2, aisle B) never shows book quantities
    await hh.click("#back");
    await hh.waitForSelector("button.list[data-list=PI_DEMO_L2]");
    await hh.click("button.list[data-list=PI_DEMO_L2]");
    await scan("B01");
    await expectLocation("B01", "location B01 of the blind list");
    await scan(ean("PI-1011"));
    await hh.waitForSelector("#item-form:not([hidden])");
    t.check("a blind count hides the book quantity", (await hh.innerText("#item-book")) === "", await hh.innerText("#item-book"));

    // a strict list: no kept location, listed items only
    await hh.click("#back");
    await hh.waitForSelector(`button.list[data-list="${strictListId}"]`);
    await hh.click(`button.list[data-list="${strictListId}"]`);
    await scan("B01");
    await expectLocation("B01", "strict list: location B01");
    await count(ean("PI-1011"), 2);
    await expectMessage(/: 2$/, "an item on the list is counted");
    t.check("without keep location the location must be scanned again", (await hh.innerText("#location")) === ""
        && (await hh.innerText("#scan-label")).includes("location"));
    await scan(ean("PI-1011"));
    await expectMessage(/Scan a location/, "an item scanned before its location is refused");
    await scan("B01");
    await expectLocation("B01", "location B01 again");
    await count(ean("PI-1001"), 1);
    await expectMessage(/not on the list/, "an item not on a strict list is refused");
} finally {
    await chrome.close();
    t.end();
}
