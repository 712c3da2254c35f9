// A minimal zip reader and writer for the tests (not a test file itself):
// an .xlsx is a zip of XML parts, so a test can "fill in" a form the way a
// person would in a spreadsheet — edit a cell of a sheet's XML — which the
// package cannot (xlsxForm checks its prefill). Reads stored and deflated
// entries (node:zlib), writes every entry stored.
import { inflateRawSync } from "node:zlib";

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The entries of a zip archive, in order: `[{name, data}]`. */
export function unzip(bytes) {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error("not a zip archive");
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error("bad central directory");
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(raw) : method === 0 ? Buffer.from(raw) : null;
    if (data === null) throw new Error(`${name}: compression method ${method}`);
    entries.push({ name, data: new Uint8Array(data) });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** A zip archive of `[{name, data}]`, every entry stored. */
export function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, Buffer.from(data));
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30); // flags … name length
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/**
 * An .xlsx with one cell of a sheet's XML replaced, as a person would type
 * it: `setCell(bytes, "xl/worksheets/sheet2.xml", "D8", 7)` (a number) or
 * `"seven"` (an inline string).
 */
export function setCell(bytes, part, cell, value) {
  const entries = unzip(bytes);
  const entry = entries.find((e) => e.name === part);
  if (!entry) throw new Error(`no part ${part}`);
  const xml = Buffer.from(entry.data).toString("utf8");
  const pattern = new RegExp(`<c r="${cell}"( s="\\d+")?(?:/>|>.*?</c>)`);
  if (!pattern.test(xml)) throw new Error(`no cell ${cell} in ${part}`);
  const body = typeof value === "number"
    ? `><v>${value}</v></c>`
    : ` t="inlineStr"><is><t>${value}</t></is></c>`;
  const edited = xml.replace(pattern, (_, style = "") => `<c r="${cell}"${style}${body}`);
  entry.data = new Uint8Array(Buffer.from(edited, "utf8"));
  return zip(entries);
}
