// what a checked sheet says of its campaign, gathered after its check without reading any row again in full:
// the title block above the header, the header cells, and a sample of data rows spread over the sheet
import { codeKey, type LookupTable } from "../sheet/lookup.js";
import type { Grid } from "../sheet/grid.js";
import type { RowKind, SectionContext } from "../sheet/rows.js";
import { normalizeText } from "../text/normalize.js";
import type { Layout } from "../types.js";

/** rows sampled for the content fit: enough to tell 90 % from 30 %, few enough to cost nothing on 100k rows */
export const HINT_SAMPLE_ROWS = 120;
const TITLE_COLUMNS = 40;

export interface HeaderCell {
  col: number;
  /** normalised header text */
  key: string;
}

export interface SheetEvidence {
  file?: string;
  sheet: string;
  /** every text of the rows above the header, normalised and padded with spaces for whole-word search */
  title: string;
  headers: HeaderCell[];
  /** field -> column, as the check found them */
  columns: Readonly<Record<string, number>>;
  /** fields some rows get without a column (section rows, the sheet's name, --unit) */
  implied: ReadonlySet<string>;
  /** the sampled data rows' texts of a column (codes read through the workbook's table, as the check read them) */
  values(col: number, field?: string): string[];
}

export function sheetEvidence(
  grid: Grid,
  layout: Layout,
  kinds: readonly RowKind[],
  lookups: ReadonlyMap<string, LookupTable>,
  implied: ReadonlySet<string>,
  where: { file?: string; sheet: string },
): SheetEvidence {
  const lastCol = Math.min(grid.lastCol, grid.colOffset + TITLE_COLUMNS - 1);
  const parts: string[] = [];
  for (let r = grid.firstRow; r < layout.headerRow; r++)
    for (let c = grid.colOffset; c <= lastCol; c++) {
      const t = grid.text(r, c);
      if (t && typeof grid.value(r, c) === "string") parts.push(t);
    }
  const headers: HeaderCell[] = [];
  const lastHeader = layout.headerRow + layout.headerRows - 1;
  for (let c = grid.colOffset; c <= grid.lastCol; c++) {
    const key = normalizeText(grid.mergedText(lastHeader, c));
    const top = layout.headerRows > 1 ? normalizeText(grid.mergedText(layout.headerRow, c)) : "";
    if (key) headers.push({ col: c, key });
    if (top && top !== key) headers.push({ col: c, key: top });
  }
  // rows spread evenly over the sheet, so that a list sorted by award form is not judged by its head
  const step = Math.max(1, Math.ceil(kinds.length / HINT_SAMPLE_ROWS));
  const rows: number[] = [];
  for (let k = 0; k < kinds.length; k += step) if (kinds[k] === "data") rows.push(layout.firstRow + k);
  const cache = new Map<string, string[]>();
  return {
    ...where,
    title: ` ${normalizeText(parts.join(" "))} `,
    headers,
    columns: layout.columns,
    implied,
    values(col, field) {
      const k = `${col}\u0000${field ?? ""}`;
      let out = cache.get(k);
      if (out) return out;
      const table = field === undefined ? undefined : lookups.get(field);
      out = [];
      for (const r of rows) {
        const v = grid.value(r, col);
        if (v === null || typeof v === "object") continue;
        const code = table ? codeKey(v) : null;
        const t = code !== null ? (table!.map.get(code) ?? String(v)) : String(v).trim();
        if (t) out.push(t);
      }
      cache.set(k, out);
      return out;
    },
  };
}

/** sections' and sheet names' fields: what some rows get without a column */
export function impliedFields(sections: Iterable<SectionContext>, sheetSection: SectionContext | null, unit: boolean): Set<string> {
  const out = new Set<string>();
  for (const s of sections) for (const f of Object.keys(s.values)) out.add(f);
  for (const f of Object.keys(sheetSection?.values ?? {})) out.add(f);
  if (unit) out.add("unit");
  return out;
}
