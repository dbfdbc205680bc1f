// Camera scanning on the handheld, in headless Chromium with a fake camera that films a barcode:
// EAN-13, Code 128, GS1-128, GS1 DataMatrix and QR. Each code read by the camera must open the item
// form as the same code typed by a wedge scanner does (product, lot). Chromium on Linux has no
// BarcodeDetector, so this exercises the ZXing path served by the webapp.
// Run: OFBIZ_URL=https://localhost:8443 node camera.mjs   (demo data loaded)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import bwipjs from "bwip-js";
import { PNG } from "pngjs";
import { chromium } from "playwright-core";
import { BASE, tally, handheldLogin } from "./lib.mjs";

const t = tally();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "physinv-camera-"));

/** A Y4M video (what Chromium's fake camera plays) of the barcode, black on white, centred in 640x480. */
async function video(bcid, text, file) {
    const png = PNG.sync.read(await bwipjs.toBuffer({ bcid, text, scale: bcid === "gs1-128" ? 2 : 3, ...(bcid.includes("matrix") || bcid === "qrcode" ? {} : { height: 18 }),
        includetext: false, paddingwidth: 10, paddingheight: 10, backgroundcolor: "FFFFFF" }));
    const W = 640, H = 480;
    const y = Buffer.alloc(W * H, 235);
    const ox = Math.max(0, (W - png.width) >> 1), oy = Math.max(0, (H - png.height) >> 1);
    for (let r = 0; r < Math.min(png.height, H); r++) {
        for (let c = 0; c < Math.min(png.width, W); c++) {
            const i = (r * png.width + c) * 4;
            const luma = 0.299 * png.data[i] + 0.587 * png.data[i + 1] + 0.114 * png.data[i + 2];
            y[(oy + r) * W + ox + c] = Math.round(16 + (luma / 255) * 219);
        }
    }
    const chroma = Buffer.alloc((W / 2) * (H / 2), 128);
    const frame = Buffer.concat([Buffer.from("FRAME\n"), y, chroma, chroma]);
    fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${W} H${H} F10:1 Ip A1:1 C420jpeg\n`), ...Array(10).fill(frame)]));
}

// symbology, what the code holds, what the item form must show
const codes = [
    ["ean13", "8012345100101", "Hammer", ""],
    ["code128", "PI-1002", "Screwdriver set", ""],
    ["gs1-128", "(01)08012345104109(10)L2026-001", "Tea 20 bags", "L2026-001"],
    ["gs1datamatrix", "(01)08012345104208(10)L2026-002", "Honey 500 g", "L2026-002"],
    ["qrcode", "8012345100309", "Pliers", ""],
];
try {
    for (const [bcid, text, product, lot] of codes) {
        const file = path.join(dir, `${bcid}.y4m`);
        await video(bcid, text, file);
        const chrome = await chromium.launch({
            executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true,
            args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                `--use-file-for-fake-video-capture=${file}`],
        });
        try {
            const context = await chrome.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 640 } });
            await context.grantPermissions(["camera"], { origin: BASE });
            const hh = await context.newPage();
            await handheldLogin(hh);
            await hh.click("button.list[data-list=PI_DEMO_L1]");
            await hh.fill("#scan", "A01");
            await hh.press("#scan", "Enter");
            await hh.waitForFunction(() => /A01/.test(document.getElementById("location").innerText), null, { timeout: 10000 });
            await hh.click("#camera-start");
            const opened = await hh.waitForSelector("#item-form:not([hidden])", { timeout: 20000 }).then(() => true, () => false);
            const name = opened ? await hh.innerText("#item-name") : await hh.innerText("#message");
            const lotShown = opened ? await hh.inputValue("#lot") : "";
            t.check(`the camera reads ${bcid} (${text}) like a wedge scan`, opened && name.includes(product) && lotShown === lot,
                `${name} ${lotShown}`.trim());
            t.check(`and the camera closes after the read (${bcid})`, await hh.isHidden("#camera"));
        } finally {
            await chrome.close();
        }
    }
} finally {
    fs.rmSync(dir, { recursive: true, force: true });
    t.end();
}
