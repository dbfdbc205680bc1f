// Count sheet exports of a list of 5,000 lines: the CSV, the XLSX and the PDF hold every line; the count sheets of the whole
// inventory, made as a job from the inventory's page (progress shown, then the zip downloaded), hold one PDF per range of
// locations and every line once.
// The list is made through the counting API: 5,000 items not on it (lot-managed products of the demo data in aisle A,
// 30 lots each), counted by 10 sessions at once.
// Run: OFBIZ_URL=https://localhost:8443 node exports.mjs   (demo data loaded; about two minutes)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Session } from "./session.mjs";
import { BASE, adminPage, browser, tally } from "./lib.mjs";

const LINES = Number(process.env.LINES || 5000);
const t = tally();
const admin = await new Session(BASE, "/physinv").login("admin", "ofbiz");
const inventoryId = await admin.newInventory(`Exports ${new Date().toISOString()}`);
const created = await admin.post("createPiInventoryList", { piInventoryId: inventoryId, listTypeId: "PI_STANDARD",
    description: `Exports ${LINES} ${new Date().toISOString()}`, fromLocationSeqId: "A01", thruLocationSeqId: "A10" });
const listId = new URL(created.location, "http://x").searchParams.get("piListId");
await admin.post("assignPiInventoryList", { piListId: listId, partyId: "PI_COUNTER1" });
await admin.post("changePiInventoryListStatus", { piListId: listId, statusId: "PI_LIST_COUNTING" });

// lot-managed demo products PI-1036 .. PI-1047, locations A01 .. A10, lots X001 ..
const reads = [];
for (let lot = 1; reads.length < LINES; lot++) {
    for (let p = 1036; p <= 1047 && reads.length < LINES; p++) {
        for (let l = 1; l <= 10 && reads.length < LINES; l++) {
            reads.push({ productId: `PI-${p}`, locationSeqId: `A${String(l).padStart(2, "0")}`, lotId: `X${String(lot).padStart(3, "0")}` });
        }
    }
}
const sessions = await Promise.all(Array.from({ length: 10 }, () => new Session(BASE, "/physinv-count").login("picounter1", "ofbiz")));
let next = 0;
let refused = 0;
await Promise.all(sessions.map(async (session, d) => {
    while (next < reads.length) {
        const read = reads[next++];
        const answer = await session.post("recordPiCount", { piListId: listId, scanKey: `exp-${listId}-${d}-${next}`, ...read,
            quantity: "1", deviceId: `exports-${d}` });
        if (answer.json?.outcome !== "RECORDED") refused++;
    }
}));
t.check(`${LINES} lines counted through the API`, refused === 0, `${refused} refused`);

const csv = await (await admin.request(`CountSheetCsv?piListId=${listId}`)).text();
const rows = csv.trim().split("\n").slice(1);
t.check(`the CSV holds all ${LINES} lines`, rows.length === LINES, `${rows.length} rows`);
t.check("every line once", new Set(rows).size === LINES);

const started = Date.now();
const pdf = Buffer.from(await (await admin.request(`CountSheetPdf?piListId=${listId}`)).arrayBuffer());
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
t.check("the PDF count sheet is made", pdf.subarray(0, 5).toString() === "%PDF-", `${pages} pages, ${(pdf.length / 1e6).toFixed(1)} MB in ${seconds} s`);
// OFBiz encrypts its PDFs: the text is read with PDFBox (OFBiz ships it), e.g. PDFBOX_CLASSPATH=$(ls <OFBiz libs>/{pdfbox,pdfbox-tools,fontbox,commons-logging,bcprov}*.jar | paste -sd:)
if (process.env.PDFBOX_CLASSPATH) {
    const file = path.join(os.tmpdir(), `count-sheet-${listId}.pdf`);
    fs.writeFileSync(file, pdf);
    const text = execFileSync("java", ["-cp", process.env.PDFBOX_CLASSPATH, "org.apache.pdfbox.tools.ExtractText", "-console", file],
        { maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "ignore"] }).toString();
    fs.rmSync(file);
    const lots = (text.match(/\bX\d{3}\b/g) || []).length;
    t.check(`the PDF holds all ${LINES} lines`, lots === LINES, `${lots} lot cells`);
} else {
    console.log("(set PDFBOX_CLASSPATH to count the PDF's lines too)");
}

// the count sheets of the whole inventory: a job started on the inventory's page, its progress shown, the zip downloaded
const chrome = await browser();
const page = await adminPage(chrome);
await page.goto(`${BASE}/physinv/control/EditInventory?piInventoryId=${inventoryId}`);
await page.selectOption("#count-sheets-lines", "1000");
await Promise.all([page.waitForNavigation(), page.click("#count-sheets-start")]);
const firstProgress = (await page.textContent("#count-sheets-progress")).replace(/\s+/g, " ").trim();
t.check("the job starts and its progress shows", /\d+ \/ \d+/.test(firstProgress), firstProgress);
const jobStarted = Date.now();
const seen = new Set([firstProgress]);
while (!(await page.$("#count-sheets-zip")) && Date.now() - jobStarted < 600000) {
    const text = await page.textContent("#count-sheets-progress").catch(() => "");
    seen.add(text.replace(/\s+/g, " ").trim());
    if ((await page.getAttribute("#count-sheets-progress", "data-status").catch(() => "")) === "FAILED") break;
    await page.waitForTimeout(500);
}
const jobSeconds = ((Date.now() - jobStarted) / 1000).toFixed(1);
const files = (await page.textContent("#count-sheets-files").catch(() => "")).trim();
t.check("the progress moves on the page without a reload, and says when the sheets are done", seen.size > 1 && !!(await page.$("#count-sheets-zip")),
    `${[...seen].join(" | ")} in ${jobSeconds} s`);
const [download] = await Promise.all([page.waitForEvent("download"), page.click("#count-sheets-zip")]);
const zipFile = path.join(os.tmpdir(), `count-sheets-${inventoryId}.zip`);
await download.saveAs(zipFile);
const entries = JSON.parse(execFileSync("python3", ["-c", `import json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps([[n, z.read(n)[:5].decode("latin1")] for n in z.namelist()]))`, zipFile]).toString());
const sheets = Number(files.split("/")[1]);
t.check("the zip holds one PDF per range of locations", entries.length === sheets && entries.every(([n, head]) => n.endsWith(".pdf") && head === "%PDF-"),
    `${entries.length} files for ${files}: ${entries.map(([n]) => n).join(", ")}`);
if (process.env.PDFBOX_CLASSPATH) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheets-"));
    execFileSync("unzip", ["-q", zipFile, "-d", dir]);
    let lots = 0;
    for (const [name] of entries) {
        const text = execFileSync("java", ["-cp", process.env.PDFBOX_CLASSPATH, "org.apache.pdfbox.tools.ExtractText", "-console", path.join(dir, name)],
            { maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "ignore"] }).toString();
        lots += (text.match(/\bX\d{3}\b/g) || []).length;
    }
    fs.rmSync(dir, { recursive: true });
    t.check(`the PDFs of the zip hold all ${LINES} lines once`, lots === LINES, `${lots} lot cells`);
}
fs.rmSync(zipFile);
await chrome.close();
t.end();
