// Reading the documents the plugin produces, with nothing but Node: the text of an OFBiz PDF (FOP output,
// encrypted by OFBiz with an empty user password: RC4, standard security handler revision 3), the cells of an
// XLSX sheet (a zip of XML) and the records of a CSV file.
import { createHash } from "node:crypto";
import { inflateSync, inflateRawSync } from "node:zlib";

const PAD = Buffer.from("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A", "hex");

function md5(...parts) {
    const hash = createHash("md5");
    parts.forEach((p) => hash.update(p));
    return hash.digest();
}

function rc4(key, data) {
    const s = [...Array(256).keys()];
    for (let i = 0, j = 0; i < 256; i++) {
        j = (j + s[i] + key[i % key.length]) & 255;
        [s[i], s[j]] = [s[j], s[i]];
    }
    const out = Buffer.alloc(data.length);
    for (let n = 0, i = 0, j = 0; n < data.length; n++) {
        i = (i + 1) & 255;
        j = (j + s[i]) & 255;
        [s[i], s[j]] = [s[j], s[i]];
        out[n] = data[n] ^ s[(s[i] + s[j]) & 255];
    }
    return out;
}

/** The file key of a PDF encrypted with an empty user password (standard handler, R2/R3, RC4), or null when not encrypted. */
function fileKey(pdf) {
    const text = pdf.toString("latin1");
    const encrypt = /\/Encrypt\s+(\d+)\s+0\s+R/.exec(text);
    if (!encrypt) {
        return null;
    }
    const dict = new RegExp(`(?:^|\\n)${encrypt[1]} 0 obj([\\s\\S]*?)endobj`).exec(text)[1];
    const owner = Buffer.from(/\/O\s*<([0-9A-Fa-f]+)>/.exec(dict)[1], "hex");
    const permissions = Buffer.alloc(4);
    permissions.writeInt32LE(Number(/\/P\s+(-?\d+)/.exec(dict)[1]));
    const revision = Number(/\/R\s+(\d+)/.exec(dict)[1]);
    const length = Number((/\/Length\s+(\d+)/.exec(dict) || [0, 40])[1]) / 8;
    const id = Buffer.from(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>/.exec(text)[1], "hex");
    let key = md5(PAD, owner, permissions, id);
    if (revision >= 3) {
        for (let i = 0; i < 50; i++) {
            key = md5(key.subarray(0, length));
        }
    }
    return key.subarray(0, length);
}

/** The text shown by a PDF's content streams, one string per text-showing operator. */
export function pdfText(pdf) {
    const key = fileKey(pdf);
    const text = pdf.toString("latin1");
    const strings = [];
    // an object without a stream (a page) must not reach into the next one's stream: a dictionary stops at endobj
    const objects = /(\d+) (\d+) obj\s*<<((?:(?!endobj)[\s\S])*?)>>\s*stream\r?\n/g;
    let m;
    while ((m = objects.exec(text))) {
        const start = m.index + m[0].length;
        const end = text.indexOf("endstream", start);
        let data = pdf.subarray(start, end);
        if (key) {
            const objectKey = md5(key, Buffer.from([m[1] & 255, (m[1] >> 8) & 255, (m[1] >> 16) & 255, m[2] & 255, (m[2] >> 8) & 255]))
                .subarray(0, Math.min(key.length + 5, 16));
            data = rc4(objectKey, data);
        }
        if (/FlateDecode/.test(m[3])) {
            try {
                data = inflateSync(data);
            } catch {
                continue;
            }
        }
        const content = data.toString("latin1");
        for (const op of content.matchAll(/\[((?:\\.|[^\]])*)\]\s*TJ|\(((?:\\.|[^\\)])*)\)\s*Tj/g)) {
            const parts = [...(op[1] ?? `(${op[2]})`).matchAll(/\(((?:\\.|[^\\)])*)\)/g)].map((p) => p[1].replace(/\\(.)/g, "$1"));
            strings.push(parts.join(""));
        }
    }
    return strings;
}

/** The cells of the first sheet of an XLSX (a zip), as rows of strings and numbers. */
export function xlsxRows(xlsx) {
    const files = unzip(xlsx);
    const shared = [...(files["xl/sharedStrings.xml"] || "").matchAll(/<si>([\s\S]*?)<\/si>/g)]
        .map((s) => [...s[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => xml(t[1])).join(""));
    const sheet = files["xl/worksheets/sheet1.xml"];
    const rows = [];
    for (const row of sheet.matchAll(/<row[^>]*r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
        const cells = [];
        for (const cell of row[2].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
            const column = cell[1].charCodeAt(0) - 65;
            const type = /t="(\w+)"/.exec(cell[2])?.[1];
            const value = /<v>([\s\S]*?)<\/v>/.exec(cell[3] || "")?.[1];
            const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(cell[3] || "")?.[1];
            cells[column] = type === "s" ? shared[Number(value)] : type === "inlineStr" ? xml(inline) : value === undefined ? undefined : Number(value);
        }
        rows[Number(row[1]) - 1] = cells;
    }
    return rows;
}

function xml(s) {
    return s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");
}

/** The files of a zip (stored or deflated), by name, as text. */
export function unzip(zip) {
    const files = {};
    let at = 0;
    while (zip.readUInt32LE(at) === 0x04034b50) {
        const method = zip.readUInt16LE(at + 8);
        let size = zip.readUInt32LE(at + 18);
        const nameLength = zip.readUInt16LE(at + 26);
        const extra = zip.readUInt16LE(at + 28);
        const name = zip.toString("utf8", at + 30, at + 30 + nameLength);
        const start = at + 30 + nameLength + extra;
        const flags = zip.readUInt16LE(at + 6);
        if (flags & 8) {
            // sizes follow the data: find the central directory entry instead
            size = centralSize(zip, name);
        }
        const data = zip.subarray(start, start + size);
        files[name] = (method === 8 ? inflateRawSync(data) : data).toString("utf8");
        at = start + size + (flags & 8 ? (zip.readUInt32LE(start + size) === 0x08074b50 ? 16 : 12) : 0);
    }
    return files;
}

function centralSize(zip, name) {
    for (let at = zip.length - 22; at >= 0; at--) {
        if (zip.readUInt32LE(at) === 0x06054b50) {
            let entry = zip.readUInt32LE(at + 16);
            while (zip.readUInt32LE(entry) === 0x02014b50) {
                const nameLength = zip.readUInt16LE(entry + 28);
                if (zip.toString("utf8", entry + 46, entry + 46 + nameLength) === name) {
                    return zip.readUInt32LE(entry + 20);
                }
                entry += 46 + nameLength + zip.readUInt16LE(entry + 30) + zip.readUInt16LE(entry + 32);
            }
        }
    }
    throw new Error("no central directory entry for " + name);
}

/** The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text) {
    const records = [];
    let record = [];
    let field = "";
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') {
                field += '"';
                i++;
            } else if (c === '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c === '"') {
            quoted = true;
        } else if (c === ",") {
            record.push(field);
            field = "";
        } else if (c === "\n" || c === "\r") {
            if (c === "\r" && text[i + 1] === "\n") {
                i++;
            }
            record.push(field);
            records.push(record);
            record = [];
            field = "";
        } else {
            field += c;
        }
    }
    if (field || record.length) {
        record.push(field);
        records.push(record);
    }
    return records;
}
