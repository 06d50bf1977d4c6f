// reading cells of a SheetInput by worksheet coordinates, with legacy-text decoding and merged areas
import type { CellValue, MergedArea, SheetInput } from "../types.js";
import { decodeLegacy, looksLikeTcvn3 } from "../text/tcvn3.js";

export class Grid {
  readonly rowOffset: number;
  readonly colOffset: number;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly lastCol: number;
  private readonly decoded = new Map<string, string>();

  constructor(
    readonly input: SheetInput,
    /** guess TCVN3 text by its look (an edge that knows no fonts; the Node edge decodes while reading) */
    private readonly guessLegacy = false,
  ) {
    this.rowOffset = input.rowOffset ?? 1;
    this.colOffset = input.colOffset ?? 1;
    this.firstRow = this.rowOffset;
    this.lastRow = this.rowOffset + input.rows.length - 1;
    let w = 0;
    for (let i = 0; i < input.rows.length; i++) w = Math.max(w, (input.rows[i] as CellValue[]).length);
    this.lastCol = this.colOffset + w - 1;
  }

  raw(row: number, col: number): CellValue {
    return this.input.rows[row - this.rowOffset]?.[col - this.colOffset] ?? null;
  }

  /** strings decoded from TCVN3 when they look like it; the scan is cheaper than remembering every string */
  str(s: string): string {
    if (!this.guessLegacy || !looksLikeTcvn3(s)) return s;
    let d = this.decoded.get(s);
    if (d === undefined) {
      d = decodeLegacy(s);
      this.decoded.set(s, d);
    }
    return d;
  }

  value(row: number, col: number): CellValue {
    const v = this.raw(row, col);
    return typeof v === "string" ? this.str(v) : v;
  }

  /** display text of a cell, trimmed; "" when empty */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return "";
    if (typeof v === "string") return v.trim();
    if (typeof v === "object") return v.error;
    return String(v);
  }

  /** the merged area holding a cell, if the edge told us */
  mergeAt(row: number, col: number): MergedArea | undefined {
    for (const m of this.input.merges ?? []) if (row >= m.top && row <= m.bottom && col >= m.left && col <= m.right) return m;
    return undefined;
  }

  /** text of a cell, taken from the top-left cell of its merged area */
  mergedText(row: number, col: number): string {
    const m = this.mergeAt(row, col);
    return m ? this.text(m.top, m.left) : this.text(row, col);
  }

  isEmptyRow(row: number): boolean {
    const r = this.input.rows[row - this.rowOffset];
    if (!r) return true;
    for (const v of r) if (v !== null && !(typeof v === "string" && v.trim() === "")) return false;
    return true;
  }
}
