// what split.ts (the main thread) and sheet-worker.ts share of a part read in pieces on two threads
import type { XmlStream } from "./sax.js";

const ROW_END = /<\/(?:[^\s<>/:]+:)?row>/g;
const WINDOW = 1 << 16;
/** the most pieces a part is read in */
const MAX_PIECES = 64;

/** where two pieces meet, in the inflated part's bytes: the </row> at [start, end) ends one, the next begins after it */
export interface Cut {
  start: number;
  end: number;
  /** the elements open there, by their names as written: the next piece is read from them */
  open: string[];
}

/** claims[k] of a part's pieces: nobody has taken piece k yet, this thread has, the worker has */
export const FREE = 0;
export const MAIN = 1;
export const WORKER = 2;

/**
 * writes the </row> where a piece ends into the parser that read the piece, and whether the next piece may begin
 * there: it must close a row of sheetData as the one thing the parser does, leaving open exactly the elements the
 * next piece is read from (both threads check their meetings with this)
 */
export function meets(xml: XmlStream, bytes: Buffer, cut: Cut): boolean {
  const tags = xml.tags;
  xml.write(bytes.toString("latin1", cut.start, cut.end));
  return xml.tags === tags + 1 && xml.lastClosed === "row" && xml.open.length === cut.open.length && xml.open.every((n, i) => n === cut.open[i]);
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
 * where the part's pieces meet, for pieces of about `pieceBytes` (at least two, at most MAX_PIECES): the first
 * </row> past each of the part's n-ths; fewer where there is none (past the last row). Looked for in the bytes
 * read as latin1 (one character per byte, so that offsets are the bytes'); the tag is ASCII, so a match starts and
 * ends between UTF-8 characters. Whether it is a place to meet at all the parser that reads up to it tells
 */
export function findCuts(whole: Buffer, pieceBytes: number): Cut[] {
  const open = openAtRows(whole.toString("utf8", 0, Math.min(4096, whole.length)));
  if (!open) return [];
  const n = Math.max(2, Math.min(MAX_PIECES, Math.round(whole.length / Math.max(1, pieceBytes))));
  const cuts: Cut[] = [];
  for (let k = 1; k < n; k++) {
    const from = Math.max(Math.floor((whole.length * k) / n), cuts.length ? (cuts[cuts.length - 1] as Cut).end : 0);
    let found: Cut | undefined;
    for (let at = from; at < whole.length && !found; at += WINDOW) {
      ROW_END.lastIndex = 0;
      // windows overlap by a tag's length, so that one across their edge is not missed
      const m = ROW_END.exec(whole.toString("latin1", at, Math.min(whole.length, at + WINDOW + 256)));
      if (m) found = { start: at + m.index, end: at + m.index + m[0].length, open };
    }
    if (!found) break;
    cuts.push(found);
  }
  return cuts;
}
