// address lists for the Office edge: comma lists of areas and getRanges chunks (A1 parsing is the engine's)
export { cellAddress, columnLetter, columnNumber, parseArea, parseCellRef, quoteSheet, rectAddress, stripSheet, type Rect } from "../../engine/sheet/address.js";

/** Excel's documented getRange/getRanges limit is 8,192 characters; stay well under */
export const MAX_ADDRESS_CHARS = 8000;

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
