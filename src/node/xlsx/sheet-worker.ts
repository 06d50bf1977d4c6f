// a worker thread for a large worksheet part read in two halves (split.ts). It is given the cell formats, then
// the part as stored: it inflates it (size and checksum checked, as the one-pass reader does), finds where the
// halves meet, hands the inflated part back to the main thread (moved, not copied) and reads the second half.
// It does not have the shared strings (the main thread reads them meanwhile): a cell that shows one keeps its
// index, and the main thread puts the string in when it joins the halves (sheet.ts, deferShared).
// Messages back: { whole, cut } or { broken }, then { progress: rows } now and then, then one of
// { data } | { unnumbered } | { error }.
import { parentPort } from "node:worker_threads";
import { crc32, inflateRawSync } from "node:zlib";
import { XmlDamage, XmlStream } from "./sax.js";
import { sheetReader, UnnumberedRow, type PartialSheet } from "./sheet.js";
import type { Cut } from "./split.js";
import { cellFormats, type CellFormat } from "./styles.js";

export interface WorkerInit {
  formats: CellFormat[];
  date1904: boolean;
}

/** a zip entry's bytes as stored, and what its directory says of them */
export interface StoredPart {
  name: string;
  method: number;
  size: number;
  crc: number;
  raw: Uint8Array;
}

export type ToWorker = { init: WorkerInit } | { part: StoredPart; share: number };
export type FromWorker =
  | { whole: Uint8Array; cut: Cut | null } // the part inflated, and where the halves meet (null: nowhere, the main thread reads it all)
  | { broken: string } // the part does not inflate to its size and checksum
  | { progress: number }
  | { data: PartialSheet }
  | { unnumbered: true } // the half cannot be read alone (its first row has no number, or its rows are out of order)
  | { error: string } // not well-formed
  | { gone: true }; // (the main thread's own: the worker failed or ended)

const ROW_END = /<\/(?:[^\s<>/:]+:)?row>/g;
const WINDOW = 1 << 16;
const PIECE = 1 << 20;

/** inflates a stored part as inflateChunks does (read-zip.ts), with the same messages for the same faults */
function inflate(p: StoredPart): Buffer {
  let out: Buffer;
  if (p.method === 0) out = Buffer.from(p.raw.buffer, p.raw.byteOffset, p.raw.byteLength);
  else {
    try {
      out = inflateRawSync(p.raw, { maxOutputLength: Math.max(1, p.size) });
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new Error(`${p.name} is larger than its directory says`);
      throw new Error(`cannot inflate ${p.name}: ${(e as Error).message}`);
    }
  }
  if (out.length !== p.size || crc32(out) >>> 0 !== p.crc) throw new Error(`checksum mismatch: ${p.name}`);
  return out;
}

/** the names of the root and sheetData elements as the part writes them ("x:worksheet", "x:sheetData") */
function openAtRows(head: string): string[] | null {
  const m = /<([^\s<>/!?]+)[\s>]/.exec(head.replace(/<\?[^]*?\?>|<!--[^]*?-->/g, ""));
  if (!m) return null;
  const root = m[1] as string;
  const i = root.indexOf(":");
  return [root, `${i < 0 ? "" : root.slice(0, i + 1)}sheetData`];
}

/**
 * the first </row> past `share` of the part. Looked for in its bytes read as latin1 (one character per byte, so
 * offsets are the bytes'); the tag is ASCII, so a match starts and ends between UTF-8 characters. Whether it is
 * a place to meet at all the main thread's parser tells (split.ts)
 */
export function findCut(whole: Buffer, share: number): Cut | null {
  const open = openAtRows(whole.toString("utf8", 0, Math.min(4096, whole.length)));
  if (!open) return null;
  for (let at = Math.floor(whole.length * share); at < whole.length; at += WINDOW) {
    ROW_END.lastIndex = 0;
    // windows overlap by a tag's length, so that one across their edge is not missed
    const m = ROW_END.exec(whole.toString("latin1", at, Math.min(whole.length, at + WINDOW + 256)));
    if (m) return { start: at + m.index, end: at + m.index + m[0].length, open };
  }
  return null;
}

function readHalf(init: WorkerInit, cut: Cut, theirs: string): FromWorker {
  try {
    const reader = sheetReader({
      strings: { text: [], runFont: new Map() },
      deferShared: true,
      formats: cellFormats(init.formats),
      date1904: init.date1904,
      numberedStart: true,
      onRow: (n) => port.postMessage({ progress: n } satisfies FromWorker),
    });
    const xml = new XmlStream(reader.h);
    // the elements open at the split, as start tags without attributes: the parser's whole state there when
    // namespaces are not processed (split.ts checks that the main thread's parse stands just so)
    for (const name of cut.open) xml.write(`<${name}>`);
    for (let i = 0; i < theirs.length; i += PIECE) xml.write(theirs.slice(i, i + PIECE));
    xml.close();
    return { data: reader.partial() };
  } catch (e) {
    return e instanceof UnnumberedRow ? { unnumbered: true } : { error: e instanceof XmlDamage ? e.message : String((e as Error).message ?? e) };
  }
}

const port = parentPort!;
let init: WorkerInit | undefined;

port.on("message", (m: ToWorker) => {
  if ("init" in m) {
    init = m.init;
    return;
  }
  let whole: Buffer;
  try {
    whole = inflate(m.part);
  } catch (e) {
    port.postMessage({ broken: (e as Error).message } satisfies FromWorker);
    return;
  }
  const cut = findCut(whole, m.share);
  // this half's text, before the bytes move to the main thread
  const theirs = cut ? whole.toString("utf8", cut.end) : "";
  // moved when the bytes are a buffer of their own; else first copied into one (never a slice of Buffer's pool)
  const own = whole.byteOffset === 0 && whole.byteLength === whole.buffer.byteLength ? whole : new Uint8Array(whole);
  port.postMessage({ whole: own, cut } satisfies FromWorker, [own.buffer as ArrayBuffer]);
  if (cut) port.postMessage(readHalf(init!, cut, theirs));
});
