// Load test of the counting API (not run in CI): many devices count one new list of the demo inventory
// at once through the JSON requests, then the stored totals are compared with what the devices were told.
//   MODE=flat  every device reads as fast as it can, on a handful of lines (the worst case for locks)
//   MODE=pace  every device reads once a second (a person with a scanner) on the whole aisle
// Env: OFBIZ_URL (https://localhost:8443), DEVICES (20), SECONDS (20), LINES (5, flat mode), RATE (1 read/s/device, pace),
// PAGES (0): supervision pages open on the inventory meanwhile, each asking getPiSupervision every POLL seconds (5), as the
// page's script does (admin sessions over HTTP, no browser, so that the client costs the shared cores little); SUPERVISE
// names another inventory for them to watch (one of 100,000 lines, say) instead of the load's own.
// COMPARE=N (0): N rounds, each first SECONDS of the same devices asking getMyPiCountLists flat out (the cheapest
// authenticated handheld request: the reference), then SECONDS of reads as above; prints each phase's rate and the ratio
// of reads/s to requests/s, round by round and over all rounds, after a warm-up round of 5 s each that is not counted
// (the first requests of a server warm its caches and compiled code).
// Prints reads/s, latency p50/p95/max, refused and failed reads, and whether every total is exact; with PAGES, the
// supervision requests' number and latency.
// Run: OFBIZ_URL=https://localhost:8443 MODE=flat node load.mjs   (demo data loaded)
import { Session } from "./session.mjs";
import { ean } from "./lib.mjs";

const BASE = process.env.OFBIZ_URL || "https://localhost:8443";
const MODE = process.env.MODE || "flat";
const DEVICES = Number(process.env.DEVICES || 20);
let SECONDS = Number(process.env.SECONDS || 20);
const LINES = Number(process.env.LINES || 5);
const RATE = Number(process.env.RATE || 1);
const PAGES = Number(process.env.PAGES || 0);
const POLL = Number(process.env.POLL || 5);
const SUPERVISE = process.env.SUPERVISE;
const COMPARE = Number(process.env.COMPARE || 0);

// a new list on aisle A, in an inventory of its own, assigned to picounter1, open, its lines made from the book stock
const admin = await new Session(BASE, "/physinv").login("admin", "ofbiz");
const inventoryId = await admin.newInventory(`Load ${new Date().toISOString()}`);
const created = await admin.post("createPiInventoryList", { piInventoryId: inventoryId, listTypeId: "PI_STANDARD",
    description: `Load ${MODE} ${new Date().toISOString()}`, fromLocationSeqId: "A01", thruLocationSeqId: "A10" });
const listId = new URL(created.location || "http://x/", "http://x").searchParams.get("piListId");
if (!listId) {
    throw new Error(`no list created: ${created.status} ${created.text.slice(0, 300)}`);
}
await admin.post("assignPiInventoryList", { piListId: listId, partyId: "PI_COUNTER1" });
await admin.post("changePiInventoryListStatus", { piListId: listId, statusId: "PI_LIST_COUNTING" });
await admin.post("generatePiCountLines", { piListId: listId });

// what the devices read: the list's plain lines (lots and serials need more than a scan), plus an item not on the list
const sheet = await (await admin.request(`CountSheetCsv?piListId=${listId}`)).text();
const listed = sheet.trim().split("\n").slice(1).map((row) => row.split(",").map((c) => c.replace(/"/g, "")))
    .filter(([, , , lot, serial]) => !lot && !serial).map(([location, product]) => ({ location, product }));
let targets = [...listed];
targets.push({ location: "A01", product: "PI-1011" }); // unlisted: every device adds it at once
if (MODE === "flat") {
    targets = [...listed.slice(0, LINES - 1), targets.at(-1)];
}
console.log(`list ${listId}: ${DEVICES} devices, mode ${MODE}, ${targets.length} lines read, ${SECONDS} s`);

const pages = await Promise.all(Array.from({ length: PAGES }, () => new Session(BASE, "/physinv").login("admin", "ofbiz")));
const devices = await Promise.all(Array.from({ length: DEVICES }, () => new Session(BASE, "/physinv-count").login("picounter1", "ofbiz")));
const latencies = [];
const expected = new Map();
const refusals = new Map();
let failed = 0;
let start;
let end;
let n0 = 0; // reads sent in earlier phases, so that each phase reads new keys and the same lines in turn

async function device(session, d) {
    let n = n0;
    while (performance.now() < end) {
        const due = start + ((n - n0) * 1000) / RATE + (d * 1000) / (DEVICES * RATE);
        if (MODE === "pace" && performance.now() < due) {
            await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
            if (performance.now() >= end) break;
        }
        const target = targets[(d * 7 + n) % targets.length];
        const quantity = 1 + ((d + n) % 3);
        n++;
        const sent = performance.now();
        try {
            const answer = await session.post("recordPiCount", { piListId: listId, scanKey: `${d}-${n}-${Math.random().toString(36).slice(2)}`,
                locationSeqId: target.location, code: ean(target.product), quantity: String(quantity), scanAction: "ADD",
                deviceId: `load-${d}` });
            latencies.push(performance.now() - sent);
            if (answer.json?.outcome === "RECORDED") {
                const key = `${target.location} ${target.product}`;
                expected.set(key, (expected.get(key) || 0) + quantity);
            } else {
                const why = answer.json?.errorCode || `HTTP ${answer.status} ${answer.text.slice(0, 80)}`;
                refusals.set(why, (refusals.get(why) || 0) + 1);
            }
        } catch (e) {
            failed++;
        }
    }
}
const polls = [];
let pollsFailed = 0;
async function supervise(session, p) {
    // the pages open spread over the first poll interval, then each asks again POLL seconds after its last answer
    await new Promise((resolve) => setTimeout(resolve, (p * POLL * 1000) / Math.max(PAGES, 1)));
    while (performance.now() < end) {
        const sent = performance.now();
        const answer = await session.post("getPiSupervision", { piInventoryId: SUPERVISE || inventoryId }).catch(() => null);
        if (answer?.status === 200 && answer.json?.progress) {
            polls.push(performance.now() - sent);
        } else {
            pollsFailed++;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, Math.min(POLL * 1000, end - performance.now()))));
    }
}
// the reference: the same sessions asking for their lists as fast as they can
async function askLists(session) {
    let asked = 0;
    while (performance.now() < end) {
        const answer = await session.post("getMyPiCountLists", {}).catch(() => null);
        if (answer?.status === 200 && answer.json?.countLists) {
            asked++;
        } else {
            failed++;
        }
    }
    return asked;
}
async function phase(work) {
    start = performance.now();
    end = start + SECONDS * 1000;
    const done = await Promise.all(work());
    return { done, seconds: (performance.now() - start) / 1000 };
}
if (COMPARE) {
    const seconds = SECONDS;
    SECONDS = 5;
    await phase(() => devices.map((session) => askLists(session)));
    await phase(() => devices.map((session, d) => device(session, d)));
    n0 += 100000;
    SECONDS = seconds;
    latencies.length = 0; // the warm-up's reads are counted in the totals checked, not in the rates
}
const rounds = [];
let elapsed = 0;
for (let round = 0; round < Math.max(COMPARE, 1); round++) {
    let reference = null;
    if (COMPARE) {
        const lists = await phase(() => devices.map((session) => askLists(session)));
        reference = lists.done.reduce((a, b) => a + b, 0) / lists.seconds;
    }
    const before = latencies.length;
    const counting = await phase(() => [...devices.map((session, d) => device(session, d)), ...pages.map((session, p) => supervise(session, p))]);
    n0 += 100000;
    elapsed += counting.seconds;
    const rate = (latencies.length - before) / counting.seconds;
    rounds.push({ reference, rate });
    if (COMPARE) {
        console.log(`round ${round + 1}: getMyPiCountLists ${reference.toFixed(1)} requests/s, recordPiCount ${rate.toFixed(1)} reads/s: ratio ${(rate / reference).toFixed(2)}`);
    }
}
if (COMPARE) {
    const sum = (f) => rounds.reduce((a, r) => a + f(r), 0);
    console.log(`over ${COMPARE} rounds: getMyPiCountLists ${(sum((r) => r.reference) / COMPARE).toFixed(1)} requests/s, recordPiCount ${(sum((r) => r.rate) / COMPARE).toFixed(1)} reads/s: ratio ${(sum((r) => r.rate) / sum((r) => r.reference)).toFixed(2)}`);
}

// the stored totals, from the back office's count sheet
const stored = new Map();
for (const row of (await (await admin.request(`CountSheetCsv?piListId=${listId}`)).text()).trim().split("\n").slice(1)) {
    const [location, product, , lot, serial, , counted] = row.split(",").map((c) => c.replace(/"/g, ""));
    if (!lot && !serial && counted) {
        stored.set(`${location} ${product}`, (stored.get(`${location} ${product}`) || 0) + Number(counted));
    }
}
const wrong = [...expected].filter(([key, total]) => stored.get(key) !== total).map(([key, total]) => `${key}: told ${total}, stored ${stored.get(key)}`);
const duplicates = sheet && (await (await admin.request(`CountSheetCsv?piListId=${listId}`)).text()).split("\n")
    .filter((row) => row.startsWith('"A01","PI-1011"') || row.startsWith("A01,PI-1011")).length;
latencies.sort((a, b) => a - b);
const pct = (p) => latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(0) : "-";
const reads = [...expected.values()].length ? latencies.length - [...refusals.values()].reduce((a, b) => a + b, 0) : 0;
console.log(`reads: ${reads} recorded in ${elapsed.toFixed(1)} s = ${(reads / elapsed).toFixed(1)} reads/s`);
console.log(`latency ms: p50 ${pct(0.5)}, p95 ${pct(0.95)}, max ${latencies.length ? latencies.at(-1).toFixed(0) : "-"}`);
console.log(`refused: ${[...refusals].map(([k, v]) => `${k} ${v}`).join(", ") || 0}; failed (no answer): ${failed}`);
console.log(`unlisted item A01 PI-1011: ${duplicates} line(s)`);
if (PAGES) {
    polls.sort((a, b) => a - b);
    const at = (p) => polls.length ? polls[Math.min(polls.length - 1, Math.floor(p * polls.length))].toFixed(0) : "-";
    console.log(`supervision of ${SUPERVISE || inventoryId}: ${PAGES} pages every ${POLL} s, ${polls.length} answers (${pollsFailed} failed), ms p50 ${at(0.5)}, p95 ${at(0.95)}, max ${polls.length ? polls.at(-1).toFixed(0) : "-"}`);
}
console.log(wrong.length ? `totals NOT exact: ${wrong.join("; ")}` : `totals exact: ${expected.size} lines, every stored total equals what the devices were told`);
// the counter's lists as they were: an earlier run's list would make getMyPiCountLists slower for the next run
await admin.post("unassignPiInventoryList", { piListId: listId, partyId: "PI_COUNTER1" });
process.exitCode = wrong.length || refusals.size || failed || duplicates !== 1 || pollsFailed ? 1 : 0;
