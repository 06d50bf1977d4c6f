// a worker thread for a large worksheet part read in pieces on two cores (split.ts). It is given the cell
// formats, then the part as stored: it inflates it (size and checksum checked, as the one-pass reader does),
// finds where the pieces meet, shares the inflated part with the main thread (a SharedArrayBuffer both read)
// and reads pieces from the last one back, while the main thread reads them from the first on, until the two
// meet: whichever thread runs faster reads more (the host's other load falls on the two cores unevenly).
// It does not have the shared strings (the main thread reads them meanwhile): a cell that shows one keeps its
// index, and the main thread puts the string in when it joins the pieces (sheet.ts, deferShared).
// Messages back: { whole, cuts, claims } or { broken }, then for each piece it read { piece, data } |
// { piece, unnumbered } | { piece, error }, with { progress: rows } now and then, then { done }.
import { parentPort } from "node:worker_threads";
import { crc32, inflateRawSync } from "node:zlib";
import { XmlDamage, XmlStream } from "./sax.js";
import { sheetReader, UnnumberedRow, type PartialSheet } from "./sheet.js";
import { findCuts, FREE, meets, WORKER, type Cut } from "./pieces.js";
import { cellFormats, type CellFormat, type CellFormats } from "./styles.js";

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

export type ToWorker = { init: WorkerInit } | { part: StoredPart; pieceBytes: number };
/** a piece's reading: its rows, or why they cannot be taken */
export type PieceResult =
  | { data: PartialSheet } // its rows; it ends where the next piece begins as one pass would stand there (or ends the part well-formed)
  | { unnumbered: true } // it cannot be read alone (its first row has no number, its rows are out of order) or does not end as one pass would
  | { error: string }; // not well-formed
export type FromWorker =
  // the part inflated (shared), where its pieces meet (none: the main thread reads it all), and who reads which
  // piece (claims[k]: FREE, MAIN or WORKER, pieces.ts; the worker has taken the last piece already)
  | { whole: SharedArrayBuffer; cuts: Cut[]; claims: SharedArrayBuffer }
  | { broken: string } // the part does not inflate to its size and checksum
  | { progress: number }
  | ({ piece: number } & PieceResult)
  | { done: true } // the worker reads no more pieces
  | { gone: true }; // (the main thread's own: the worker failed or ended)

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

/**
 * piece k of the part, read alone: from the elements open where it begins (their start tags without attributes:
 * the parser's whole state there when namespaces are not processed), to where the next piece begins, which must
 * close a row of sheetData as the one thing the parser does there, with the elements open it started from;
 * the last piece must end the part well-formed
 */
function readPiece(formats: CellFormats, date1904: boolean, bytes: Buffer, cuts: Cut[], k: number, told: (rows: number) => void): PieceResult {
  try {
    const reader = sheetReader({
      strings: { text: [], runFont: new Map() },
      deferShared: true,
      formats,
      date1904,
      numberedStart: true,
      onRow: told,
    });
    const xml = new XmlStream(reader.h);
    const from = cuts[k - 1] as Cut;
    for (const name of from.open) xml.write(`<${name}>`);
    const to = cuts[k];
    xml.writeAll(bytes.toString("utf8", from.end, to ? to.start : bytes.length));
    if (!to) xml.close();
    else if (!meets(xml, bytes, to)) return { unnumbered: true };
    return { data: reader.partial() };
  } catch (e) {
    return e instanceof UnnumberedRow ? { unnumbered: true } : { error: e instanceof XmlDamage ? e.message : String((e as Error).message ?? e) };
  }
}

/**
 * the part inflated into memory shared with the main thread (which reads its pieces, and for a checked copy keeps
 * the text, from the same bytes), and where its pieces meet; the inflated buffer itself is let go
 */
function shared(part: StoredPart, pieceBytes: number): { whole: SharedArrayBuffer; cuts: Cut[] } {
  const inflated = inflate(part);
  const whole = new SharedArrayBuffer(inflated.length);
  Buffer.from(whole).set(inflated);
  return { whole, cuts: findCuts(inflated, pieceBytes) };
}

const port = parentPort!;
let init: { formats: CellFormats; date1904: boolean } | undefined;

port.on("message", (m: ToWorker) => {
  if ("init" in m) {
    init = { formats: cellFormats(m.init.formats), date1904: m.init.date1904 };
    return;
  }
  let whole: SharedArrayBuffer;
  let cuts: Cut[];
  try {
    ({ whole, cuts } = shared(m.part, m.pieceBytes));
  } catch (e) {
    port.postMessage({ broken: (e as Error).message } satisfies FromWorker);
    return;
  }
  const bytes = Buffer.from(whole);
  const claims = new SharedArrayBuffer(4 * (cuts.length + 1));
  const claimed = new Int32Array(claims);
  // the last piece is this worker's before the main thread can see it: a split read is always one of two threads
  if (cuts.length) claimed[cuts.length] = WORKER;
  port.postMessage({ whole, cuts, claims } satisfies FromWorker);
  let rows = 0;
  for (let k = cuts.length; k >= 1; k--) {
    // from the last piece back, each taken before it is read; the main thread takes them from the first on
    if (k < cuts.length && Atomics.compareExchange(claimed, k, FREE, WORKER) !== FREE) break;
    const r = readPiece(init!.formats, init!.date1904, bytes, cuts, k, (n) => port.postMessage({ progress: rows + n } satisfies FromWorker));
    if ("data" in r) for (const row of r.data.rows) if (row !== undefined) rows++;
    port.postMessage({ piece: k, ...r } satisfies FromWorker);
    port.postMessage({ progress: rows } satisfies FromWorker);
    if (!("data" in r)) break; // the main thread reads the rest itself: no use reading more
  }
  port.postMessage({ done: true } satisfies FromWorker);
});
