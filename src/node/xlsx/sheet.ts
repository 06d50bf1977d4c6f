// one worksheet part -> the engine's rows, its merged areas and its hidden rows, in one SAX pass.
// Rows and cells without an r attribute (optional in the standard) follow the one before.
import type { CellValue, MergedArea } from "../../engine/types.js";
import { parseArea } from "../../engine/sheet/address.js";
import { decodeLegacy, isTcvn3Font } from "../../engine/text/tcvn3.js";
import { parseXml, ParseStop, type SaxHandlers } from "./sax.js";
import type { PartReader, SharedStrings } from "./shared-strings.js";
import type { CellFormat, CellFormats } from "./styles.js";

export interface SheetContext {
  strings: SharedStrings;
  formats: CellFormats;
  date1904: boolean;
  onRow?: (rowsDone: number, lastRow: number | undefined) => void;
  /** a part that starts in the middle of the sheet (a worker's): its first row must carry r, else UnnumberedRow */
  numberedStart?: boolean;
  /**
   * shared strings are not known yet (a worker's pieces, read while the main thread reads them): a cell of one
   * holds its index for now, as a BigInt, for the reader that has them (resolveShared)
   */
  deferShared?: boolean;
}

/**
 * a part read from the middle of a sheet cannot be read alone: its first row has no r (its number depends on the
 * rows before), or its rows are not in order
 */
export class UnnumberedRow extends ParseStop {
  override readonly name = "UnnumberedRow";
}

export interface SheetReader extends PartReader<SheetData> {
  /** what was read so far, rows not yet filled in (rows[i] is row base + i + 1; with numberedStart, rows the part does not have are holes) */
  partial(): PartialSheet;
  /** puts the shared strings into a deferShared reader's cells (with this reader's strings and cache) */
  resolveShared(part: PartialSheet): void;
}

export interface PartialSheet extends SheetData {
  base: number;
}

export interface SheetData {
  rows: CellValue[][];
  merges: MergedArea[];
  hiddenRows: number[];
  /** last row of <dimension>, when given */
  lastRow?: number;
}

// text that could be TCVN3 read as windows-1252; anything else is left as it is without a look
const HIGH = /[\u0080-\u00FF\u0152-\u02DC\u2013-\u2122]/;
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/** OOXML writes characters XML cannot hold as _xHHHH_ (ECMA-376 Part 1, 22.9.2.19) */
export function unescapeOoxml(s: string): string {
  return s.includes("_x") ? s.replace(ESCAPED, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : s;
}

/** "AB12" -> 28; 0 when it is not a cell reference */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
  }
  return i > 0 && i < ref.length ? col : 0;
}

const DAY_1904 = 1462;

export function readSheet(xml: string, ctx: SheetContext): SheetData {
  const r = sheetReader(ctx);
  parseXml(xml, r.h);
  return r.done();
}

export function sheetReader(ctx: SheetContext): SheetReader {
  const rows: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const hiddenRows: number[] = [];
  let lastRow: number | undefined;
  let rowNo = 0;
  let base = 0; // numberedStart: rows[i] is row base + i + 1
  let colNo = 0;
  let row: CellValue[] = [];
  let rowCount = 0;
  // the cell being read
  let type = "";
  let style = 0;
  let inCell = false;
  let inV = false;
  let inIs = false;
  let inT = false;
  let phonetic = 0;
  let v = "";

  // a shared string is turned into its value once per font kind, not once per cell that shows it
  const shared: CellValue[][] = [[], []];
  const sharedValue = (i: number, fmt: CellFormat): CellValue => {
    const font = fmt.font;
    const cache = shared[fmt.legacy ? 1 : 0]!;
    let cv = cache[i];
    if (cv === undefined) {
      const s = ctx.strings.text[i];
      cv = s === undefined ? null : text(s, font, ctx.strings.runFont.get(i));
      cache[i] = cv;
    }
    return cv;
  };

  // a deferred shared string's BigInt, made once per index (most indices repeat down a list)
  const bigs: bigint[] = [];
  const deferred = (i: number, legacy: boolean): CellValue => {
    if (legacy) return (-1n - BigInt(i)) as unknown as CellValue;
    let b = bigs[i];
    if (b === undefined && i < 1 << 24) bigs[i] = b = BigInt(i);
    return (b ?? BigInt(i)) as unknown as CellValue;
  };

  const value = (): CellValue => {
    const fmt = ctx.formats.get(style);
    switch (type) {
      case "s":
        if (ctx.deferShared) {
          // a BigInt, which no cell value is: the string's index, negative for a TCVN3-font cell (its value
          // depends on that only: sharedValue). An index that is no whole number shows no string either way
          const i = Number(v);
          if (!(Number.isSafeInteger(i) && i >= 0)) return null;
          return deferred(i, fmt.legacy);
        }
        return sharedValue(Number(v), fmt);
      case "inlineStr":
      case "str":
        return text(v, fmt.font, undefined);
      case "b":
        return v === "" ? null : v.trim() === "1" || v.trim() === "true";
      case "e":
        return v === "" ? null : { error: v.trim() };
      case "d": {
        const t = Date.parse(v);
        return Number.isNaN(t) ? null : Math.floor(t / 86_400_000) + 25_569;
      }
      default: {
        if (v === "") return null;
        const n = Number(v);
        // Number() reads blank text as 0: only then is it looked at again
        if (!Number.isFinite(n) || (n === 0 && v.trim() === "")) return null;
        return fmt.date ? Math.floor(n + 1e-9) + (ctx.date1904 ? DAY_1904 : 0) : n;
      }
    }
  };

  const h: SaxHandlers = {
    open(name, a) {
      if (inCell) {
        if (name === "v") (inV = true), (v = "");
        else if (name === "is") (inIs = true), (v = "");
        else if (name === "t" && inIs) inT = true;
        else if (name === "rPh") phonetic++;
        return;
      }
      switch (name) {
        case "row": {
          const r = a["r"] !== undefined ? Number(a["r"]) : rowNo + 1;
          if (ctx.numberedStart && rowNo === 0) {
            // a part from the middle of the sheet: its rows are numbered from the first one's r
            if (!(Number.isInteger(r) && r > 0) || a["r"] === undefined) throw new UnnumberedRow("the first row has no r");
            base = r - 1;
          }
          rowNo = Number.isInteger(r) && r > 0 ? r : rowNo + 1;
          colNo = 0;
          row = [];
          if (a["hidden"] === "1" || a["hidden"] === "true") hiddenRows.push(rowNo);
          break;
        }
        case "c": {
          const r = a["r"];
          const col = r !== undefined ? columnOf(r) : 0;
          colNo = col > 0 ? col : colNo + 1;
          type = a["t"] ?? "n";
          style = a["s"] !== undefined ? Number(a["s"]) : 0;
          inCell = true;
          v = "";
          break;
        }
        case "mergeCell": {
          const m = a["ref"] !== undefined ? parseArea(a["ref"]) : undefined;
          if (m) merges.push(m);
          break;
        }
        case "dimension": {
          const d = a["ref"] !== undefined ? parseArea(a["ref"]) : undefined;
          if (d) lastRow = d.bottom;
          break;
        }
      }
    },
    close(name) {
      if (inCell) {
        if (name === "v") inV = false;
        else if (name === "t") inT = false;
        else if (name === "is") inIs = false;
        else if (name === "rPh") phonetic--;
        else if (name === "c") {
          inCell = false;
          const cv = value();
          if (cv !== null) {
            while (row.length < colNo - 1) row.push(null);
            row[colNo - 1] = cv;
          }
        }
        return;
      }
      if (name === "row") {
        if (row.length) {
          const at = rowNo - 1 - base;
          if (ctx.numberedStart) {
            // only the rows written: a hole is a row the part does not have (the part before may)
            if (at < 0) throw new UnnumberedRow("a row before the part's first");
            // a row number again, or one lower: which of the rows one pass keeps can depend on strings the part
            // does not have (a row of empty strings only is no row), so it is read in one pass
            if (at < rows.length) throw new UnnumberedRow("rows out of order");
            rows[at] = row;
          } else {
            while (rows.length < at) rows.push([]);
            rows[at] = row;
          }
        }
        if (ctx.onRow && ++rowCount % 5000 === 0) ctx.onRow(rowCount, lastRow);
      }
    },
    text(s) {
      if (inV || (inT && !phonetic)) v += s;
    },
  };
  const partial = (): PartialSheet => ({ rows, merges, hiddenRows, ...(lastRow === undefined ? {} : { lastRow }), base });
  const resolveShared = (part: PartialSheet): void => {
    // a shared string's value depends on its index and whether the cell's font is a TCVN3 one, nothing else
    const legacy = ctx.formats.all.find((f) => f.legacy) ?? { date: false, font: ".VnTime", legacy: true };
    const plain = { date: false, font: undefined, legacy: false };
    for (const r of part.rows) {
      if (r === undefined) continue;
      let n = r.length;
      for (let c = 0; c < n; c++) {
        const x = r[c] as unknown;
        if (typeof x !== "bigint") continue;
        r[c] = x < 0n ? sharedValue(Number(-1n - x), legacy) : sharedValue(Number(x), plain);
        // an empty string is no value: the row ends at its last value, as if the cell had not been set
        if (r[c] === null && c === n - 1) while (n > 0 && r[n - 1] === null) r.length = --n;
      }
    }
  };
  const done = (): SheetData => {
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    return lastRow === undefined ? { rows, merges, hiddenRows } : { rows, merges, hiddenRows, lastRow };
  };
  return { h, done, partial, resolveShared };
}

function text(raw: string, cellFont: string | undefined, runFont: string | undefined): CellValue {
  if (raw === "") return null;
  const s = unescapeOoxml(raw);
  // the engine's one decoder, with the font as the hint (a rich string's run font first)
  return HIGH.test(s) ? decodeLegacy(s, isTcvn3Font(runFont) ? runFont : cellFont) : s;
}
