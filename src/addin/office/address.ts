import { cellAddress as cellRef, columnNumber as colNumber } from "../../engine/sheet/address.js";

// A1 addresses for the Office edge: columns, cells, rectangles, sheet quoting and getRanges chunks

/** Excel's documented getRange/getRanges limit is 8,192 characters; stay well under */
export const MAX_ADDRESS_CHARS = 8000;

export interface Rect {
  // 1-based worksheet coordinates, inclusive
  top: number;
  left: number;
  bottom: number;
  right: number;
}

// the engine's own A1 helpers (its small address module only, not the whole engine)
export { columnLetter as colLetter, columnNumber as colNumber, cellAddress as cellRef } from "../../engine/sheet/address.js";

export function parseCellRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: colNumber(m[1]!) };
}

export function rectAddress(r: Rect): string {
  const a = cellRef(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellRef(r.bottom, r.right)}`;
}

/** always quoted: Excel accepts quotes around any sheet name */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** strips an optional sheet prefix: "'Danh sách'!B2:C3" -> "B2:C3" */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** one area ("B2", "B2:C3", sheet-qualified or not) to a rectangle */
export function parseArea(address: string): Rect | null {
  const [a, b] = stripSheet(address).split(":");
  const p = a ? parseCellRef(a) : null;
  const q = b ? parseCellRef(b) : p;
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** splits "A1:B2, 'x,y'!C3" at commas outside quotes */
export function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      if (cur.trim()) out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** joins area addresses into comma lists that each stay under the getRanges limit */
export function chunkAddresses(areas: readonly string[], maxChars = MAX_ADDRESS_CHARS): string[] {
  const chunks: string[] = [];
  let cur = "";
  for (const a of areas) {
    if (cur && cur.length + 1 + a.length > maxChars) {
      chunks.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) chunks.push(cur);
  return chunks;
}
