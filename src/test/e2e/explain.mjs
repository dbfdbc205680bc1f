// Every difference explained, in a real OFBiz with the demo data: 6 of PI-1002 are received in A02 through OFBiz's facility
// application just before the count (the counter finds the 27 on the shelf: the receipt is booked, the goods not shelved yet),
// the pallet of PI-1001 in A01 is found in A08, and PI-1003 is counted in dozens. The review shows each difference's likely
// cause, filters and orders by cause; a difference's story shows the receipt, whose link opens OFBiz's own page of it.
// Screenshots to ./screenshots. It counts the demo inventory: run it on a fresh demo load (not with differences.mjs).
// Run: OFBIZ_URL=https://localhost:8443 node explain.mjs
import fs from "node:fs";
import { randomUUID } from "node:crypto";
import { BASE, browser, tally, adminPage, handheldLogin, pageErrors, openOfbiz, clickThrough } from "./lib.mjs";

const t = tally();
const shots = process.env.SCREENSHOTS || "screenshots";
fs.mkdirSync(shots, { recursive: true });
const INVENTORY = "PI_DEMO_1";
const REVIEW = `${BASE}/physinv/control/ReviewInventory?piInventoryId=${INVENTORY}`;

const chrome = await browser();
try {
    const admin = await adminPage(chrome);
    const reviewRows = async (query = "") => {
        await admin.goto(REVIEW + query);
        return admin.$$eval("#differences tbody tr", (rows) => rows.map((r) => ({ ...r.dataset })));
    };

    // the lists get their lines from the book stock
    await admin.goto(REVIEW);
    const lists = await admin.$$eval("form[name=FindDifferences] select[name=piListId] option", (os) => os.map((o) => o.value).filter(Boolean));
    for (const list of lists) {
        await admin.goto(`${BASE}/physinv/control/CountLines?piListId=${list}`);
        await clickThrough(admin, "Generate lines from book stock");
    }
    const rows = await reviewRows();
    const at = (product, location) => rows.find((r) => r.product === product && r.location === location);
    t.check("the demo inventory has its lines", !!at("PI-1002", "A02") && !!at("PI-1001", "A01") && !!at("PI-1001", "A08"), `${rows.length} lines`);

    // 6 of PI-1002 received in A02 through OFBiz's facility application (a receipt without a shipment)
    await openOfbiz(admin, `${BASE}/facility/control/ReceiveInventory?facilityId=PI_WH1`, [/FindFacility/, /EditFacility\?facilityId=PI_WH1/]);
    const facilityToken = await admin.evaluate(() => document.querySelector("meta[name=csrf-token]")?.content || "");
    const received = await admin.request.post(`${BASE}/facility/control/receiveInventoryProduct`, {
        headers: { "X-CSRF-Token": facilityToken, "X-Requested-With": "XMLHttpRequest" },
        form: { _useRowSubmit: "Y", _rowSubmit_o_0: "Y", facilityId_o_0: "PI_WH1", productId_o_0: "PI-1002", locationSeqId_o_0: "A02",
            quantityAccepted_o_0: "6", quantityRejected_o_0: "0", inventoryItemTypeId_o_0: "NON_SERIAL_INV_ITEM", unitCost_o_0: "2.33",
            ownerPartyId_o_0: "Company", currencyUomId_o_0: "USD" } });
    const receivedPage = await received.text();
    t.check("OFBiz receives 6 of PI-1002 in A02", received.ok() && !/errorMessage|Invalid or missing CSRF/i.test(receivedPage),
        `HTTP ${received.status()}`);

    // the counter counts through the handheld's JSON API: as booked, but A02 without the receipt, A01's pallet in A08, PI-1003 in dozens
    const counter = await chrome.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 640 } });
    const hh = await counter.newPage();
    await handheldLogin(hh);
    const token = await hh.getAttribute("meta[name=csrf-token]", "content");
    const dozens = rows.find((r) => r.product === "PI-1003" && Number(r.book) > 0);
    const counts = new Map([["PI-1001|A01", 0], ["PI-1001|A08", Number(at("PI-1001", "A08").book) + Number(at("PI-1001", "A01").book)],
        [`PI-1003|${dozens.location}`, Number(dozens.book) * 12]]);
    let refused = 0;
    for (const row of rows.filter((r) => !r.serial)) {
        const quantity = counts.get(`${row.product}|${row.location}`) ?? Number(row.book);
        const answer = await hh.request.post(`${BASE}/physinv-count/control/recordPiCount`, {
            form: { scanKey: randomUUID(), deviceId: "e2e-explain", piListId: row.list, locationSeqId: row.location, productId: row.product,
                lotId: row.lot, serialNumber: row.serial, quantity: String(quantity), scanAction: "REPLACE" },
            headers: { "X-CSRF-Token": token || "", "X-Requested-With": "XMLHttpRequest" } });
        refused += (await answer.json()).outcome === "RECORDED" ? 0 : 1;
    }
    t.check("the counter's reads are all recorded", refused === 0, `${refused} refused`);

    // the review: each difference with its likely cause
    const reviewed = await reviewRows("&differencesOnly=Y");
    const causeOf = (product, location) => (reviewed.find((r) => r.product === product && r.location === location) || {}).causes;
    t.check("the receipt booked before the count is a likely cut-off", causeOf("PI-1002", "A02") === "CUT_OFF_RECEIPT", causeOf("PI-1002", "A02"));
    t.check("the pallet missing in A01 and found in A08 is a likely mislaid pallet", causeOf("PI-1001", "A01") === "MISLAID"
        && causeOf("PI-1001", "A08") === "MISLAID");
    const move = await admin.innerText(`tr[data-product="PI-1001"][data-location="A08"] .pi-cause`);
    t.check("shown as a move from A01 to A08", /A01/.test(move) && /A08/.test(move) && /likely/i.test(move), move);
    t.check("the count in dozens is a likely unit-of-measure multiple", causeOf("PI-1003", dozens.location) === "UNIT_MULTIPLE");
    /** A screenshot of a page once its style sheets are in. */
    const shoot = async (url, file) => {
        await admin.goto(url, { waitUntil: "networkidle" });
        await admin.screenshot({ path: `${shots}/${file}.png`, fullPage: true });
    };
    await shoot(`${REVIEW}&differencesOnly=Y&orderBy=cause`, "review-causes");

    // filtered and ordered by cause through the Find form
    await admin.goto(REVIEW);
    await admin.selectOption("form[name=FindDifferences] select[name=cause]", "MISLAID");
    await Promise.all([admin.waitForNavigation(), admin.click("form[name=FindDifferences] input[type=submit]")]);
    const mislaid = await admin.$$eval("#differences tbody tr", (trs) => trs.map((r) => r.dataset.location));
    t.check("filtered by cause: the two sides of the mislaid pallet", mislaid.join(",") === "A01,A08", mislaid.join(","));
    const ordered = await reviewRows("&differencesOnly=Y&orderBy=cause");
    t.check("ordered by cause: the mislaid pallet first", ordered[0].causes === "MISLAID" && ordered[ordered.length - 1].causes === "",
        ordered.map((r) => r.causes || "-").join(","));

    // the story of the difference in A02: its cause and the receipt, linked to OFBiz's page of it
    await admin.goto(REVIEW + "&differencesOnly=Y");
    await Promise.all([admin.waitForNavigation(), admin.click(`tr[data-product="PI-1002"][data-location="A02"] a.pi-story`)]);
    const story = await admin.innerText("body");
    const storyCauses = await admin.$$eval("#story-causes li", (lis) => lis.map((l) => l.dataset.cause));
    t.check("the story states the likely cause", storyCauses.join(",") === "CUT_OFF_RECEIPT" && /likely/i.test(story), storyCauses.join(","));
    const storyRows = await admin.$$eval("#story-rows tbody tr", (trs) => trs.map((r) => ({ ...r.dataset })));
    const receipt = storyRows.find((r) => r.kind === "RECEIPT");
    t.check("the story shows the receipt of 6", !!receipt && Number(receipt.quantity) === 6, JSON.stringify(storyRows));
    t.check("the story opens without errors", !(await pageErrors(admin)), await pageErrors(admin));
    await shoot(admin.url(), "difference-story");
    const link = admin.locator("#story-rows tr[data-kind=RECEIPT] a.document").first();
    const href = await link.getAttribute("href");
    const itemId = new URL(href, BASE).searchParams.get("inventoryItemId");
    await Promise.all([admin.waitForNavigation(), link.click()]);
    const ofbizPage = await admin.innerText("body");
    t.check("the receipt's link opens OFBiz's own page of it", admin.url().includes("/facility/control/ViewInventoryItemDetail")
        && !!itemId && ofbizPage.includes(itemId) && !/Invalid or missing CSRF/.test(ofbizPage),
        `${admin.url()} ${itemId}: ${ofbizPage.replace(/\s+/g, " ").slice(0, 600)}`);
} finally {
    await chrome.close();
}
t.end();
